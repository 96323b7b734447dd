import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Row, Space, Tag, Typography } from 'antd';
import { formatMinute } from '../../lib/time.ts';
import { api, request } from '../../api/client.ts';
import type { AccountSecurity, SessionItem } from '../../api/types.ts';
import { ChangePasswordForm } from '../../components/identity/ChangePasswordForm.tsx';
import { TotpEnrol } from '../../components/identity/TotpEnrol.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { SessionTable } from './SessionTable.tsx';

export const ACCOUNT_KEY = ['auth', 'account'] as const;

/** My account: own password, second factor and sessions (等保 2.0: users change their own password). */
export default function AccountPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const [form] = Form.useForm<{ password: string }>();
  const account = useQuery({
    queryKey: ACCOUNT_KEY,
    queryFn: () => api.get<AccountSecurity>('/api/auth/account'),
  });
  const sessions = useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: () => api.get<{ items: SessionItem[] }>('/api/auth/sessions'),
  });
  const end = useMutation({
    mutationFn: (id: string) => api.delete(`/api/auth/sessions/${id}`),
    onSuccess: () => {
      void message.success(t('session.ended'));
      void qc.invalidateQueries({ queryKey: ['auth', 'sessions'] });
    },
    onError: showError,
  });
  const disable = useMutation({
    // A wrong password answers 401 without ending the session.
    mutationFn: (password: string) =>
      request('POST', '/api/auth/totp/disable', { body: { password }, allow401: true }),
    onSuccess: () => {
      void message.success(t('totp.disabled'));
      setDisabling(false);
      void qc.invalidateQueries({ queryKey: ACCOUNT_KEY });
    },
    onError: showError,
  });
  const a = account.data;

  return (
    <div>
      <PageHeader title={t('account.title')} sub={t('account.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.password')} data-testid="account-password">
            {a && (
              <Typography.Paragraph type="secondary">
                {t('account.passwordChangedAt', {
                  at: formatMinute(a.passwordChangedAt),
                })}
              </Typography.Paragraph>
            )}
            <ChangePasswordForm
              onDone={() => {
                void message.success(t('pw.changed'));
                void qc.invalidateQueries({ queryKey: ['auth'] });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('totp.title')}
            data-testid="account-totp"
            extra={
              a && (
                <Tag color={a.totpEnabled ? 'success' : 'default'}>
                  {t(a.totpEnabled ? 'totp.on' : 'totp.off')}
                </Tag>
              )
            }
          >
            {a?.totpRequired && !a.totpEnabled && (
              <Alert
                type="warning"
                showIcon
                title={a.totpEnforced ? t('totp.required') : t('totp.demoWarning')}
                style={{ marginBottom: 12 }}
              />
            )}
            {a && !a.totpEnabled && !enrolling && (
              <Button type="primary" onClick={() => setEnrolling(true)} data-testid="totp-start">
                {t('totp.start')}
              </Button>
            )}
            {a && !a.totpEnabled && enrolling && (
              <TotpEnrol
                onDone={() => {
                  setEnrolling(false);
                  void message.success(t('totp.enabled'));
                  void qc.invalidateQueries({ queryKey: ACCOUNT_KEY });
                }}
              />
            )}
            {a?.totpEnabled && (
              <Space direction="vertical">
                <Typography.Text>{t('totp.enabled')}</Typography.Text>
                <Typography.Text type="secondary">{t('totp.lost')}</Typography.Text>
                {!a.totpEnforced && (
                  <Button danger onClick={() => setDisabling(true)} data-testid="totp-disable">
                    {t('totp.disable')}
                  </Button>
                )}
              </Space>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('account.sessions')} data-testid="account-sessions">
            <SessionTable
              items={sessions.data?.items}
              loading={sessions.isFetching}
              onEnd={(id) => end.mutate(id)}
              showUser={false}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={disabling}
        title={t('totp.disable')}
        onCancel={() => setDisabling(false)}
        onOk={() => form.submit()}
        confirmLoading={disable.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => disable.mutate(v.password)}>
          <Form.Item name="password" label={t('totp.disablePassword')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
