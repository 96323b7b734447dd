/**
 * 办理进度: a resident follows their case through the private link — what they reported (their own description
 * and address, shown to the link's holder only), progress, the result — and rates it once it is closed. A lost
 * link is found again at /track (FindCasePage).
 */
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Result,
  Space,
  Spin,
  Steps,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { api, isApiError } from '../../api/client.ts';
import { StatusTag, useCategoryName } from '../../components/cases/CaseBits.tsx';
import { PhotoGallery } from '../../components/cases/PhotoUpload.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { eventLabel, RATING_COLOR, ratingKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { casePhotoUrl, type CaseDoor } from './caseDoor.ts';
import { MyDataCard } from './MyDataCard.tsx';
import { PublicShell } from './PublicShell.tsx';
import { RatingForm, type TrackedCase } from './RatingForm.tsx';

/** 已受理 → 办理中 → 已办结, as a resident understands it. */
function stepOf(status: TrackedCase['status']): number {
  if (status === 'registered') return 0;
  if (status === 'closed') return 2;
  return 1;
}

export default function TrackPage() {
  const { t } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const qc = useQueryClient();
  const key = ['public-case', id, token];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<TrackedCase>(`/api/public/cases/${id}`, { t: token }),
    enabled: !!id && !!token,
    refetchInterval: 60_000,
  });

  if (!token || (q.error && isApiError(q.error) && q.error.status >= 400 && q.error.status < 500)) {
    return (
      <PublicShell>
        <Result
          status="404"
          title={t('public.trackNotFound')}
          extra={
            <Space orientation="vertical">
              <Link to={`/track${id ? `?id=${id}` : ''}`} data-testid="track-find-link">
                {t('track.lostLink')}
              </Link>
              <Link to="/report">{t('public.another')}</Link>
            </Space>
          }
        />
      </PublicShell>
    );
  }
  if (q.isLoading) {
    return (
      <PublicShell>
        <Spin size="large" style={{ display: 'block', padding: 80 }} />
      </PublicShell>
    );
  }
  if (q.error || !q.data) {
    return (
      <PublicShell>
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed', { message: q.error?.message ?? '' })}
          action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
        />
      </PublicShell>
    );
  }
  return (
    <PublicShell>
      {params.get('new') === '1' && (
        <Alert type="success" showIcon title={t('track.newLinkNote')} style={{ marginBottom: 12 }} />
      )}
      <TrackedCaseView door={{ caseId: id, token }} v={q.data} onRated={(nv) => qc.setQueryData(key, nv)} />
    </PublicShell>
  );
}

/** The case as its reporter sees it, through the link or signed in (caseDoor.ts). */
export function TrackedCaseView({
  door,
  v,
  onRated,
}: {
  door: CaseDoor;
  v: TrackedCase;
  onRated: (v: TrackedCase) => void;
}) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const outcome = v.result ?? v.answer;
  return (
    <>
      <Typography.Title level={4} style={{ margin: '4px 0 12px' }}>
        {t('public.trackTitle')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }} data-testid="track-case">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 16, fontVariantNumeric: 'tabular-nums' }}>
            {v.id}
          </Typography.Text>
          <span data-testid="track-status">
            <StatusTag status={v.status} />
          </span>
        </div>
        {v.status !== 'void' && v.status !== 'merged' && (
          <Steps
            size="small"
            responsive={false}
            titlePlacement="vertical"
            current={stepOf(v.status)}
            status={v.status === 'closed' ? 'finish' : 'process'}
            items={[
              { title: t('public.step.received') },
              { title: t('public.step.handling') },
              { title: t('public.step.done') },
            ]}
            style={{ marginBottom: 12 }}
          />
        )}
        {v.mergedInto && (
          <Alert
            type="info"
            showIcon
            title={t('public.mergedInto', { id: v.mergedInto })}
            style={{ marginBottom: 12 }}
          />
        )}
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'category', label: t('case.category'), children: categoryName(v.category) },
            { key: 'createdAt', label: t('public.submittedAt'), children: formatDateTime(v.createdAt) },
            ...(v.closedAt
              ? [{ key: 'closedAt', label: t('public.closedAt'), children: formatDateTime(v.closedAt) }]
              : []),
            ...(v.handledBy ? [{ key: 'by', label: t('case.leadUnit'), children: v.handledBy }] : []),
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t('track.yourReport')}
        style={{ marginBottom: 12 }}
        data-testid="track-report"
      >
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'description',
              label: t('track.description'),
              children: (
                <span style={{ whiteSpace: 'pre-wrap' }} data-testid="track-description">
                  {v.description}
                </span>
              ),
            },
            {
              key: 'address',
              label: t('track.address'),
              children: (
                <span data-testid="track-address">
                  {v.address || <Typography.Text type="secondary">{t('track.noAddress')}</Typography.Text>}
                </span>
              ),
            },
          ]}
        />
      </Card>

      {outcome && (
        <Card size="small" title={t('public.result')} style={{ marginBottom: 12 }} data-testid="track-result">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {outcome}
          </Typography.Paragraph>
        </Card>
      )}

      {v.canRate && (
        <div style={{ marginBottom: 12 }}>
          <RatingForm door={door} onRated={onRated} />
        </div>
      )}
      {v.callback && (
        <Card
          size="small"
          title={t('public.yourRating')}
          style={{ marginBottom: 12 }}
          data-testid="track-callback"
        >
          <Tag color={v.callback.resolved ? 'green' : 'red'}>
            {t('case.labelValue', {
              label: t('case.resolved'),
              value: v.callback.resolved ? t('common.yes') : t('common.no'),
            })}
          </Tag>
          {v.callback.rating && (
            <Tag color={RATING_COLOR[v.callback.rating]}>{t(ratingKey(v.callback.rating))}</Tag>
          )}
          {v.callback.comment && (
            <Typography.Paragraph style={{ marginTop: 8 }}>{v.callback.comment}</Typography.Paragraph>
          )}
          {!v.canRate && <Typography.Text type="success">{t('public.rated')}</Typography.Text>}
        </Card>
      )}

      {v.photoIds.length > 0 && (
        <Card size="small" title={t('case.photos')} style={{ marginBottom: 12 }}>
          <PhotoGallery ids={v.photoIds} url={(pid) => casePhotoUrl(door, pid)} size={88} />
        </Card>
      )}

      <MyDataCard door={door} />

      <Card size="small" title={t('case.timeline')}>
        <Timeline
          data-testid="track-timeline"
          items={[...v.timeline]
            .sort((a, b) => b.at.localeCompare(a.at))
            .map((e, i) => ({
              key: `${e.at}-${i}`,
              color: i === 0 ? 'blue' : 'gray',
              content: (
                <div>
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{formatDateTime(e.at)}</div>
                  <Typography.Text strong>{eventLabel(e.action, t)}</Typography.Text>
                  {e.unitName && <Typography.Text type="secondary"> · {e.unitName}</Typography.Text>}
                  {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
                </div>
              ),
            }))}
        />
      </Card>
    </>
  );
}
