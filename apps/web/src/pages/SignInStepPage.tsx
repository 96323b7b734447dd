import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { isApiError, request } from '../api/client.ts';
import type { SignInStep } from '../api/types.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { Logo } from '../components/Brand.tsx';
import { ChangePasswordForm } from '../components/identity/ChangePasswordForm.tsx';
import { TotpEnrol } from '../components/identity/TotpEnrol.tsx';
import { useI18n } from '../i18n/index.tsx';
import './login.css';

/** The code from the authenticator app, the second step of signing in. */
function TotpStep({ onDone }: { onDone: (step: SignInStep | null) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ code }: { code: string }) => {
    setError(null);
    setBusy(true);
    try {
      // A wrong code answers 401 without ending the session: shown here, not taken for a sign-out.
      const res = await request<{ step: SignInStep | null }>('POST', '/api/auth/totp/verify', {
        body: { code: code.trim() },
        allow401: true,
      });
      onDone(res.step);
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(v: { code: string }) => void submit(v)}
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="totp-error" />
      )}
      <Form.Item
        name="code"
        label={t('step.code')}
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('step.codeRequired') }]}
      >
        <Input
          id="totpCode"
          prefix={<SafetyOutlined />}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="totp-submit">
        {t('step.verify')}
      </Button>
    </Form>
  );
}

const TITLES = {
  totp: ['step.totpTitle', 'step.totpHint'],
  change_password: ['step.changeTitle', 'step.changeHint'],
  enrol_totp: ['step.enrolTitle', 'step.enrolHint'],
} as const;

/** What a session still owes after the password: second factor, a forced password change, or enrolment. */
export default function SignInStepPage() {
  const { t } = useI18n();
  const { me, step, setStep, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  if (!me) return <Navigate to="/login" replace />;
  if (!step) return <Navigate to={from && !from.startsWith('/login') ? from : '/'} replace />;
  const [title, hint] = TITLES[step];
  const onDone = (next: SignInStep | null) => setStep(next);

  return (
    <div className="og-login">
      <div className="og-login-panel" style={{ flex: 1 }}>
        <Card
          className="og-login-card"
          variant="borderless"
          style={{ maxWidth: 460 }}
          data-testid={`step-${step}`}
        >
          <div className="og-login-card-brand">
            <Logo size={36} />
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t(title)}
              </Typography.Title>
              <Typography.Text type="secondary">
                {me.name}（{me.username}）
              </Typography.Text>
            </div>
          </div>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t(hint)}
          </Typography.Paragraph>
          {step === 'totp' && <TotpStep onDone={onDone} />}
          {step === 'change_password' && <ChangePasswordForm onDone={onDone} />}
          {step === 'enrol_totp' && <TotpEnrol onDone={onDone} />}
          {step === 'totp' && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16 }}>
              {t('totp.lost')}
            </Typography.Paragraph>
          )}
          <Button
            type="link"
            style={{ padding: 0, marginTop: 8 }}
            onClick={() => void logout().then(() => navigate('/login', { replace: true }))}
          >
            {t('step.back')}
          </Button>
        </Card>
      </div>
    </div>
  );
}
