import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import type { SignInStep, TotpEnrolment } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

type Enrolment = TotpEnrolment;

/** Enrols a TOTP authenticator: the QR code (otpauth URI) and key of a new secret, confirmed with one code. */
export function TotpEnrol({ onDone }: { onDone: (step: SignInStep | null) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One new secret per visit: kept pending on the server until a code from it is confirmed.
  const setup = useQuery({
    queryKey: ['auth', 'totp-setup'],
    queryFn: () => api.post<Enrolment>('/api/auth/totp/setup'),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

  const confirm = async ({ code }: { code: string }) => {
    setError(null);
    setBusy(true);
    try {
      const res = await api.post<{ step: SignInStep | null }>('/api/auth/totp/enable', { code: code.trim() });
      onDone(res.step);
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (setup.isPending) return <Spin />;
  if (setup.isError) return <Alert type="error" showIcon title={String(setup.error.message)} />;
  const e = setup.data;
  return (
    <div data-testid="totp-enrol">
      <Typography.Paragraph>{t('totp.scan')}</Typography.Paragraph>
      <img src={e.qrDataUrl} alt="otpauth QR" width={180} height={180} data-testid="totp-qr" />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('totp.secret')}{' '}
        <Typography.Text code copyable data-testid="totp-secret">
          {e.secret}
        </Typography.Text>
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form layout="inline" onFinish={(v: { code: string }) => void confirm(v)}>
        <Form.Item
          name="code"
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('step.codeRequired') }]}
        >
          <Input
            id="totpEnrolCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder="123456"
            style={{ width: 140 }}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="totp-enable">
            {t('totp.enable')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
