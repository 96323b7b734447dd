import { useState } from 'react';
import { Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

/**
 * "Show the full number": asks the reason first (the server requires it and keeps it in the audit row), then
 * calls `reveal(reason)`.
 */
export function RevealButton({
  reveal,
  label,
  testId,
}: {
  reveal: (reason: string) => Promise<void>;
  label: string;
  testId: string;
}) {
  const { t } = useI18n();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await reveal(reason.trim());
      setOpen(false);
      form.resetFields();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Tooltip title={t('users.phoneAudited')}>
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          style={{ padding: 0 }}
          data-testid={testId}
          onClick={() => setOpen(true)}
        >
          {label}
        </Button>
      </Tooltip>
      <Modal
        open={open}
        title={t('reveal.title')}
        okText={t('reveal.submit')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'reveal-submit' }}
      >
        <Typography.Paragraph type="secondary">{t('reveal.reasonHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="reason"
            label={t('reveal.reason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('reveal.reasonRequired') }]}
          >
            <Input id="revealReason" maxLength={200} autoFocus data-testid="reveal-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
