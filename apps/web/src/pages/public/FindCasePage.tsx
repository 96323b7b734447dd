/**
 * 找回查询链接: a resident who lost their tracking link gives the case number and their phone, receives a one-time
 * code by text message and opens the case with it (a new link; the old one stops working). The page never says
 * whether the number and phone matched: the server answers the same either way.
 */
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { api, isApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicShell } from './PublicShell.tsx';

const CASE_ID = /^\d{16}$/;
const PHONE = /^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

export default function FindCasePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ caseId: string; phone: string; code?: string }>();
  const [sent, setSent] = useState<{ minutes: number } | null>(null);
  const [wait, setWait] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const ask = useMutation({
    mutationFn: (b: { caseId: string; phone: string }) =>
      api.post<{ expiresInSeconds: number }>('/api/public/track/code', b),
    onSuccess: (r) => {
      setError(null);
      setSent({ minutes: Math.round(r.expiresInSeconds / 60) });
      setWait(60);
    },
    onError: (e) => setError(isApiError(e) ? e.message : String(e)),
  });
  const open = useMutation({
    mutationFn: (b: { caseId: string; phone: string; code: string }) =>
      api.post<{ id: string; token: string; trackingUrl: string }>('/api/public/track/verify', b),
    onSuccess: (r) => void navigate(`${r.trackingUrl}&new=1`, { replace: true }),
    onError: (e) => setError(isApiError(e) ? e.message : String(e)),
  });
  const values = () => {
    const v = form.getFieldsValue();
    return { caseId: v.caseId.trim(), phone: v.phone.trim().replace(/[\s]/g, '') };
  };

  return (
    <PublicShell>
      <Typography.Title level={4} style={{ margin: '4px 0 4px' }}>
        {t('track.findTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('track.findSub')}</Typography.Paragraph>
      <Card size="small" data-testid="find-case">
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {sent && (
          <Alert
            type="info"
            showIcon
            title={t('track.sent', { m: sent.minutes })}
            style={{ marginBottom: 12 }}
            data-testid="find-sent"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          size="large"
          initialValues={{ caseId: params.get('id') ?? '' }}
          onFinish={(v) => open.mutate({ ...values(), code: (v.code ?? '').trim() })}
        >
          <Form.Item
            name="caseId"
            label={t('track.caseId')}
            extra={t('track.caseIdHint')}
            rules={[{ required: true, pattern: CASE_ID, message: t('track.invalidId') }]}
          >
            <Input inputMode="numeric" maxLength={16} autoComplete="off" data-testid="find-case-id" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('track.phone')}
            rules={[
              {
                required: true,
                validator: (_, v: string | undefined) =>
                  v && PHONE.test(v.trim().replace(/\s/g, ''))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('track.invalidPhone'))),
              },
            ]}
          >
            <Input inputMode="tel" maxLength={20} autoComplete="tel" data-testid="find-phone" />
          </Form.Item>
          <Button
            block
            disabled={wait > 0}
            loading={ask.isPending}
            onClick={() =>
              void form
                .validateFields(['caseId', 'phone'])
                .then(() => ask.mutate(values()))
                .catch(() => undefined)
            }
            data-testid="find-send"
            style={{ marginBottom: 16 }}
          >
            {wait > 0 ? t('track.resend', { s: wait }) : t('track.sendCode')}
          </Button>
          {sent && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Form.Item
                name="code"
                label={t('track.code')}
                extra={t('track.codeHint')}
                rules={[{ required: true, pattern: /^\d{6}$/, message: t('track.invalidCode') }]}
              >
                <Input
                  inputMode="numeric"
                  maxLength={6}
                  autoComplete="one-time-code"
                  data-testid="find-code"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={open.isPending} data-testid="find-open">
                {t('track.open')}
              </Button>
            </Space>
          )}
        </Form>
      </Card>
    </PublicShell>
  );
}
