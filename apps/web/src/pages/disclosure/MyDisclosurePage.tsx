/**
 * 社区公开 on a resident's phone (issue 13): their community's disclosures, their own queries and reports with the
 * answers, and the form — as a verified resident, or with a phone number until they have verified (on /my/votes).
 */
import { Navigate, useLocation } from 'react-router-dom';
import { Alert, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MyDisclosure } from '../../api/disclosure.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { AskForm, DisclosureView, k } from './parts.tsx';

export default function MyDisclosurePage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const qc = useQueryClient();
  const mine = useQuery({
    queryKey: ['my', 'disclosure'],
    queryFn: () => api.get<MyDisclosure>('/api/my/disclosure'),
    enabled: !!me,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const d = mine.data;
  return (
    <PublicShell>
      {!d ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('disclosure.public.title', { community: d.page.communityName })}
            </Typography.Title>
            <Typography.Text type="secondary">{d.page.streetName}</Typography.Text>
          </div>
          <Card size="small" title={t('disclosure.my.requests')} data-testid="my-requests">
            {d.requests.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('disclosure.req.none')} />
            ) : (
              d.requests.map((r) => (
                <div key={r.id} style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }}>
                  <Space size={6} wrap>
                    <Typography.Text strong>{r.subject}</Typography.Text>
                    <Tag>{t(k(`disclosure.req.status.${r.status}`))}</Tag>
                  </Space>
                  <div style={{ fontSize: 12, color: '#6b7a90' }}>
                    {t('disclosure.req.dueBy', { at: formatMinute(r.dueAt) })}
                  </div>
                  {r.answer && (
                    <Typography.Paragraph style={{ margin: '4px 0 0' }}>{r.answer}</Typography.Paragraph>
                  )}
                </div>
              ))
            )}
          </Card>
          <DisclosureView page={d.page} />
          {!d.verified && <Alert type="info" showIcon message={t('disclosure.ask.verifyFirst')} />}
          <AskForm
            communityCode={d.communityCode}
            entries={d.page.entries}
            asResident={d.verified}
            onSent={() => void qc.invalidateQueries({ queryKey: ['my', 'disclosure'] })}
          />
        </Space>
      )}
    </PublicShell>
  );
}
