/** The shell of an admin create/edit dialog: a modal whose OK submits its form, and the save that backs it. */
import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useI18n } from '../i18n/index.tsx';
import { setFieldErrors, useShowError } from '../lib/useApiError.ts';

/**
 * Saves the form's values: on success says so, refreshes the lists under `invalidate` and closes; a validation
 * error lands on its field, any other error is shown.
 */
export function useFormSave<F>(
  form: FormInstance<F>,
  save: (values: F) => Promise<unknown>,
  opts: { invalidate: readonly unknown[]; onDone: () => void },
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  return useMutation({
    mutationFn: save,
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: opts.invalidate });
      opts.onDone();
    },
    onError: (e) => {
      if (!setFieldErrors(form, e)) showError(e);
    },
  });
}

/** A vertical form in a modal; OK submits it (its onFinish saves), the form is rebuilt on each opening. */
export function FormModal<F extends object>({
  open,
  title,
  form,
  saving,
  onClose,
  onFinish,
  initialValues,
  width,
  children,
}: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<F>;
  saving: boolean;
  onClose: () => void;
  onFinish: (values: F) => void;
  initialValues?: Partial<F>;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okText={t('common.save')}
      destroyOnHidden
      {...(width ? { width } : {})}
    >
      <Form<F>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={onFinish}
      >
        {children}
      </Form>
    </Modal>
  );
}
