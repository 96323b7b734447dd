/**
 * 我的诉求 (residents' portal): the signed-in resident's own reports — those made signed in and those made with the
 * phone on their account — newest first; one opens as through its tracking link (TrackedCaseView).
 */
import { Link, Navigate, useLocation, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Spin, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { ResponseOf } from '../../api/contract.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { StatusTag, useCategoryName } from '../../components/cases/CaseBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import type { TrackedCase } from '../public/RatingForm.tsx';
import { TrackedCaseView } from '../public/TrackPage.tsx';

type MyCases = ResponseOf<'/api/my/cases', 'get'>;

function BackToPortal() {
  const { t } = useI18n();
  return (
    <Link to="/my" data-testid="portal-back">
      ‹ {t('portal.back')}
    </Link>
  );
}

export function MyCasesPage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const q = useQuery({
    queryKey: ['my', 'cases'],
    queryFn: () => api.get<MyCases>('/api/my/cases'),
    enabled: !!me,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return (
    <PublicShell>
      <BackToPortal />
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        {t('portal.cases')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.casesSub')}</Typography.Paragraph>
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {q.isLoading ? (
        <Spin />
      ) : (q.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('portal.casesNone')}>
          <Link to="/report">
            <Button type="primary">{t('portal.report')}</Button>
          </Link>
        </Empty>
      ) : (
        <List
          data-testid="my-cases"
          dataSource={q.data!.items}
          renderItem={(c) => (
            <Link to={`/my/cases/${c.id}`} style={{ display: 'block', marginBottom: 10 }}>
              <Card size="small" hoverable>
                <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {c.id}
                  </Typography.Text>
                  <StatusTag status={c.status} />
                  {c.canRate && <Tag color="orange">{t('portal.toRate')}</Tag>}
                </div>
                <div style={{ margin: '6px 0', color: '#1f2d3d' }}>{c.summary}</div>
                <div style={{ fontSize: 12, color: '#6b7a90' }}>
                  {categoryName(c.category)} · {formatDateTime(c.createdAt)}
                </div>
              </Card>
            </Link>
          )}
        />
      )}
    </PublicShell>
  );
}

export function MyCasePage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const qc = useQueryClient();
  const key = ['my', 'case', id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<TrackedCase>(`/api/my/cases/${encodeURIComponent(id)}`),
    enabled: !!me && !!id,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return (
    <PublicShell>
      <Link to="/my/cases">‹ {t('portal.cases')}</Link>
      {q.isLoading && <Spin size="large" style={{ display: 'block', padding: 80 }} />}
      {q.error && <Alert type="error" showIcon title={q.error.message} style={{ marginTop: 12 }} />}
      {q.data && (
        <div style={{ marginTop: 8 }}>
          <TrackedCaseView
            door={{ caseId: id, token: null }}
            v={q.data}
            onRated={(nv) => {
              qc.setQueryData(key, nv);
              void qc.invalidateQueries({ queryKey: ['my', 'cases'] });
            }}
          />
        </div>
      )}
    </PublicShell>
  );
}
