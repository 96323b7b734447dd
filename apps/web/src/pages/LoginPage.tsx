import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { isApiError } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/index.tsx';
import { Logo } from '../components/Brand.tsx';
import './login.css';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { me, step, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (me && step) return <Navigate to="/login/step" replace state={{ from }} />;
  if (me) return <Navigate to={from && from !== '/login' ? from : '/'} replace />;

  const onFinish = async (values: LoginForm) => {
    setError(null);
    setSubmitting(true);
    try {
      const s = await login(values.username.trim(), values.password);
      if (s.step) void navigate('/login/step', { replace: true, state: { from } });
      else void navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (e) {
      setError(
        isApiError(e) ? (e.code === 'NETWORK' ? t('common.networkError') : e.message) : t('login.failed'),
      );
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="og-login">
      <div className="og-login-hero">
        <div className="og-login-hero-inner">
          <Logo size={56} />
          <h1>一网 OneGrid</h1>
          <p className="og-login-sub">基层社会治理一体化平台</p>
          <p className="og-login-en">Integrated Platform for Grassroots Social Governance</p>
          <ul>
            <li>一张网格 · 网格化管理</li>
            <li>一条热线 · 接诉即办</li>
            <li>一个中心 · 统一派单与督办</li>
            <li>一套数据 · 一次采集，多方复用</li>
          </ul>
        </div>
      </div>
      <div className="og-login-panel">
        <div className="og-login-lang">
          <Button
            size="small"
            data-testid="lang-switch"
            autoInsertSpace={false}
            onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
          >
            {t('lang.switchTo')}
          </Button>
        </div>
        <Card className="og-login-card" variant="borderless">
          <div className="og-login-card-brand">
            <Logo size={36} />
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            </div>
          </div>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('login.title')}
          </Typography.Title>
          {error && (
            <Alert
              type="error"
              showIcon
              title={error}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Form<LoginForm>
            layout="vertical"
            requiredMark={false}
            onFinish={(v) => void onFinish(v)}
            size="large"
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16, marginBottom: 0 }}>
            {t('login.hint')}
          </Typography.Paragraph>
        </Card>
        <div className="og-login-footer">{t('app.footer')}</div>
      </div>
    </div>
  );
}
