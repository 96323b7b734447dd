import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { isApiError, request } from '../../api/client.ts';
import type { SignInStep } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Changes the signed-in user's own password; the server's rule (packages/domain) decides, its reasons are shown. */
export function ChangePasswordForm({ onDone }: { onDone: (step: SignInStep | null) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setError(null);
    setBusy(true);
    try {
      // A wrong current password answers 401 without ending the session: shown here, not taken for a sign-out.
      const res = await request<{ step: SignInStep | null }>('POST', '/api/auth/password', {
        body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
        allow401: true,
      });
      form.resetFields();
      onDone(res.step);
    } catch (e) {
      if (isApiError(e, 'PASSWORD_REJECTED') && e.details.length) {
        // The server's reasons, in the reader's language.
        form.setFields([{ name: 'newPassword', errors: e.details.map((d) => d.message) }]);
      } else setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="password-error"
        />
      )}
      <Form.Item name="currentPassword" label={t('pw.current')} rules={[{ required: true }]}>
        <Input.Password id="currentPassword" prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('pw.new')}
        rules={[{ required: true }, { min: 8, message: t('pw.problem.too_short') }]}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('pw.rule')}
          </Typography.Text>
        }
      >
        <Input.Password id="newPassword" prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('pw.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('pw.mismatch'))),
          }),
        ]}
      >
        <Input.Password id="confirmPassword" prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="password-submit">
        {t('pw.submit')}
      </Button>
    </Form>
  );
}
