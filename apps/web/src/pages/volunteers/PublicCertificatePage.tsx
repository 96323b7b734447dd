/**
 * Anyone checks a 志愿服务证明 by its code: the server answers only the masked name, the organisation and the hours.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import type { PublicCertificate } from '../../api/volunteers.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicShell } from '../public/PublicShell.tsx';

export default function PublicCertificatePage() {
  const { code } = useParams<{ code?: string }>();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [input, setInput] = useState(code ?? '');
  const q = useQuery({
    queryKey: ['public', 'vol-cert', code],
    queryFn: () =>
      api.get<PublicCertificate>(`/api/public/volunteers/certificates/${encodeURIComponent(code!)}`),
    enabled: !!code,
    retry: false,
  });
  const c = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 640, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('vol.pub.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('vol.pub.sub')}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <Input
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder="XXXX-XXXX-XXXX"
            data-testid="vol-pub-code"
            onPressEnter={() =>
              input.trim() && void navigate(`/public/volunteers/certificates/${input.trim()}`)
            }
          />
          <Button
            type="primary"
            onClick={() => input.trim() && void navigate(`/public/volunteers/certificates/${input.trim()}`)}
          >
            {t('vol.pub.check')}
          </Button>
        </Space.Compact>
        {q.error && (
          <Alert
            type="error"
            showIcon
            message={isApiError(q.error, 'NOT_FOUND') ? t('vol.pub.notFound') : q.error.message}
          />
        )}
        {c && (
          <Card data-testid="vol-pub-result">
            <Alert type="success" showIcon message={t('vol.pub.valid')} style={{ marginBottom: 12 }} />
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('vol.pub.name')}>{c.nameMasked}</Descriptions.Item>
              <Descriptions.Item label={t('vol.pub.org')}>{c.organisation}</Descriptions.Item>
              <Descriptions.Item label={t('vol.pub.range')}>
                {c.periodFrom} – {c.periodTo}
              </Descriptions.Item>
              {c.periods.map((p) => (
                <Descriptions.Item key={p.period} label={p.period}>
                  {p.hours} h
                </Descriptions.Item>
              ))}
              <Descriptions.Item label={t('vol.pub.total')}>
                <span data-testid="vol-pub-total">{c.totalHours}</span> h
              </Descriptions.Item>
              <Descriptions.Item label={t('vol.code')}>{c.code}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </div>
    </PublicShell>
  );
}
