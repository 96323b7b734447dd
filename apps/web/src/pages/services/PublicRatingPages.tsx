/**
 * Residents' side of one-window services (issue 13): the public catalogue, 好差评 published in aggregate, 我的办件 of
 * a verified resident with the rating button, and the rating form of the public tracking page.
 */
import { useMemo, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, List, Space, Spin, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type {
  MyServiceApplications,
  RatingLevel,
  ServicePublicCatalogue,
  ServicePublicRatings,
  ServicePublicRatingState,
} from '../../api/rating.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { LevelPicker, LevelTag } from './RatingPanel.tsx';
import { FiguresTable } from './RatingsPage.tsx';

export function PublicCataloguePage() {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const q = useQuery({
    queryKey: ['public-services'],
    queryFn: () => api.get<ServicePublicCatalogue>('/api/public/services'),
  });
  const items = useMemo(() => {
    const s = text.trim().toLowerCase();
    return (q.data?.items ?? []).filter(
      (i) =>
        !s || i.name.includes(s) || i.code.toLowerCase().includes(s) || i.nameEn.toLowerCase().includes(s),
    );
  }, [q.data, text]);
  return (
    <PublicShell>
      <div style={{ maxWidth: 760, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4}>{t('rate.catalogue.title')}</Typography.Title>
        <Input.Search
          allowClear
          placeholder={t('rate.catalogue.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ marginBottom: 12 }}
          data-testid="catalogue-search"
        />
        {q.isLoading && <Spin />}
        <List
          size="small"
          bordered
          dataSource={items}
          data-testid="catalogue-items"
          renderItem={(i) => (
            <List.Item>
              <Link to={`/public/services/${i.id}`}>{lang === 'en-US' && i.nameEn ? i.nameEn : i.name}</Link>
              <Space size={4}>
                <Tag>{t('svc.daysN', { n: i.promisedDays })}</Tag>
                <Tag>{t('svc.visitsN', { n: i.visits })}</Tag>
              </Space>
            </List.Item>
          )}
        />
        {(q.data?.bundles.length ?? 0) > 0 && !text && (
          <Card size="small" title={t('rate.catalogue.bundles')} style={{ marginTop: 12 }}>
            {q.data!.bundles.map((b) => (
              <div key={b.id}>
                {lang === 'en-US' && b.nameEn ? b.nameEn : b.name}{' '}
                <Typography.Text type="secondary">
                  {t('rate.catalogue.items', { n: b.itemCount })}
                </Typography.Text>
              </div>
            ))}
          </Card>
        )}
        <Space style={{ marginTop: 12 }}>
          <Link to="/public/services/track">{t('svc.track.title')}</Link>
          <Link to="/public/services/ratings">{t('rate.catalogue.ratings')}</Link>
        </Space>
      </div>
    </PublicShell>
  );
}

export function PublicRatingsPage() {
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['public-service-ratings'],
    queryFn: () => api.get<ServicePublicRatings>('/api/public/services/ratings'),
  });
  const d = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('rate.public.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('rate.public.sub')}</Typography.Paragraph>
        {!d ? (
          <Spin />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert
              type="info"
              data-testid="public-rating-total"
              message={t('rate.public.total', {
                count: d.total.count,
                share: d.total.goodShare === null ? '—' : `${d.total.goodShare}%`,
              })}
            />
            <Card size="small" title={t('rate.byUnit')}>
              <FiguresTable rows={d.units} nameTitle={t('rate.unit')} />
            </Card>
            <Card size="small" title={t('rate.byMonth')}>
              <FiguresTable rows={d.months} nameTitle={t('rate.month')} />
            </Card>
            <Card size="small" title={t('rate.byItem')}>
              <FiguresTable rows={d.items} nameTitle={t('svc.name')} />
            </Card>
          </Space>
        )}
      </div>
    </PublicShell>
  );
}

/** The rating form of the public tracking page: once the application is over, by the applicant's phone. */
export function TrackRatingForm({ code }: { code: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [phone, setPhone] = useState('');
  const [comment, setComment] = useState('');
  const q = useQuery({
    queryKey: ['public-service-track', code, 'rating'],
    queryFn: () => api.get<ServicePublicRatingState>(`/api/public/services/track/${code}/rating`),
    retry: false,
  });
  const rate = useMutation({
    mutationFn: () =>
      api.post(`/api/public/services/track/${code}/rating`, {
        phone,
        level,
        ...(comment ? { comment } : {}),
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['public-service-track', code, 'rating'] }),
    onError: showError,
  });
  const d = q.data;
  if (!d) return null;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={d.next === 'after_fix' ? t('rate.track.fix') : t('rate.track.title')}
    >
      {d.ratings.map((r) => (
        <div key={r.kind} data-testid={`track-rating-${r.kind}`}>
          {t(`rate.kind.${r.kind}` as MessageKey)}：<LevelTag level={r.level} />
        </div>
      ))}
      {d.next && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="track-rate-form">
          <LevelPicker value={level} onChange={setLevel} />
          <Input
            placeholder={t('rate.track.phone')}
            value={phone}
            inputMode="tel"
            onChange={(e) => setPhone(e.target.value.trim())}
            data-testid="track-rate-phone"
          />
          <Input.TextArea
            rows={2}
            placeholder={t('rate.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button
            type="primary"
            block
            disabled={!level || phone.length < 7}
            loading={rate.isPending}
            onClick={() => rate.mutate()}
            data-testid="track-rate-submit"
          >
            {t('rate.submit')}
          </Button>
        </Space>
      )}
      {!d.next && d.ratings.length > 0 && (
        <Typography.Text type="success">{t('rate.track.thanks')}</Typography.Text>
      )}
    </Card>
  );
}

/** 我的办件: the signed-in resident's applications (applicant = their verified person), state and rating. */
export function MyApplicationsPage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [rating, setRating] = useState<{ id: string; level: RatingLevel | null } | null>(null);
  const q = useQuery({
    queryKey: ['my', 'applications'],
    queryFn: () => api.get<MyServiceApplications>('/api/my/services/applications'),
    enabled: !!me,
  });
  const rate = useMutation({
    mutationFn: (v: { id: string; level: RatingLevel }) =>
      api.post(`/api/my/services/applications/${v.id}/rating`, { level: v.level }),
    onSuccess: () => {
      setRating(null);
      void qc.invalidateQueries({ queryKey: ['my', 'applications'] });
    },
    onError: showError,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const d = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 640, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('rate.my.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('rate.my.sub')}</Typography.Paragraph>
        {q.isLoading && <Spin />}
        {d && !d.verified && (
          <Alert
            type="warning"
            showIcon
            message={t('rate.my.verify')}
            action={<Link to="/my/votes">{t('rate.my.verifyGo')}</Link>}
          />
        )}
        {d?.verified && d.items.length === 0 && <Empty description={t('rate.my.none')} />}
        <Space direction="vertical" style={{ width: '100%' }} size={10}>
          {d?.items.map((a) => (
            <Card key={a.id} size="small" data-testid="my-app">
              <Space direction="vertical" style={{ width: '100%' }} size={4}>
                <Space wrap>
                  <b>{a.title}</b>
                  <Tag color={a.status === 'handed_out' ? 'green' : 'blue'}>
                    {t(`svc.status.${a.status}` as MessageKey)}
                  </Tag>
                  {a.outcome && <Tag>{t(`svc.outcome.${a.outcome}` as MessageKey)}</Tag>}
                </Space>
                <Typography.Text type="secondary">
                  <Link to={`/public/services/track/${a.trackingCode}`}>{a.trackingCode}</Link> · {a.window} ·{' '}
                  {formatDateTime(a.receivedAt)}
                </Typography.Text>
                {a.rating && (
                  <span>
                    {t('rate.kind.first')}：<LevelTag level={a.rating} />
                    {a.rectification && <Tag>{t(`rate.rect.${a.rectification}` as MessageKey)}</Tag>}
                    {a.fixRating && (
                      <>
                        {t('rate.kind.after_fix')}：<LevelTag level={a.fixRating} />
                      </>
                    )}
                  </span>
                )}
                {a.next && rating?.id !== a.id && (
                  <Button
                    type="primary"
                    onClick={() => setRating({ id: a.id, level: null })}
                    data-testid="my-app-rate"
                  >
                    {a.next === 'first' ? t('rate.my.rate') : t('rate.my.rateFix')}
                  </Button>
                )}
                {rating?.id === a.id && (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <LevelPicker value={rating.level} onChange={(level) => setRating({ id: a.id, level })} />
                    <Button
                      type="primary"
                      block
                      disabled={!rating.level}
                      loading={rate.isPending}
                      onClick={() => rate.mutate({ id: a.id, level: rating.level! })}
                      data-testid="my-app-submit"
                    >
                      {t('rate.submit')}
                    </Button>
                  </Space>
                )}
              </Space>
            </Card>
          ))}
        </Space>
      </div>
    </PublicShell>
  );
}
