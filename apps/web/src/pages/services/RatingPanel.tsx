/**
 * 好差评 on the application page (staff): the applicant's rating on the window's device (their own choice), the
 * rectification of a bad rating by each unit that handled it, the callback's rating of the fix, appeals and their
 * review. The server decides who may do what (can* flags); this panel only shows what it says.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { LEVEL_COLOR, RATING_LEVELS, type RatingLevel, type ServiceRatingDetail } from '../../api/rating.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

export function LevelTag({ level }: { level: RatingLevel }) {
  const { t } = useI18n();
  return <Tag color={LEVEL_COLOR[level]}>{t(`rate.level.${level}` as MessageKey)}</Tag>;
}

/** Five levels as big buttons: what the applicant touches on the window's device or their phone. */
export function LevelPicker({
  value,
  onChange,
}: {
  value: RatingLevel | null;
  onChange: (l: RatingLevel) => void;
}) {
  const { t } = useI18n();
  return (
    <Radio.Group
      value={value}
      onChange={(e) => onChange(e.target.value as RatingLevel)}
      optionType="button"
      buttonStyle="solid"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
    >
      {RATING_LEVELS.map((l) => (
        <Radio.Button key={l} value={l} data-testid={`rate-level-${l}`}>
          {t(`rate.level.${l}` as MessageKey)}
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}

export function RatingPanel({ id }: { id: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');
  const [action, setAction] = useState('');
  const [reason, setReason] = useState('');
  const [ground, setGround] = useState<'mistaken' | 'malicious' | 'outside_duty'>('mistaken');
  const key = ['services', 'rating', id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<ServiceRatingDetail>(`/api/services/applications/${id}/rating`),
  });
  const done = () => {
    setLevel(null);
    setComment('');
    setAction('');
    setReason('');
    void qc.invalidateQueries({ queryKey: ['services'] });
  };
  const rate = useMutation({
    mutationFn: (kind: 'first' | 'after_fix') =>
      api.post(`/api/services/applications/${id}/rating`, { kind, level, ...(comment ? { comment } : {}) }),
    onSuccess: done,
    onError: showError,
  });
  const record = useMutation({
    mutationFn: (rect: string) => api.post(`/api/services/rectifications/${rect}/record`, { action }),
    onSuccess: done,
    onError: showError,
  });
  const appeal = useMutation({
    mutationFn: (rating: string) => api.post(`/api/services/ratings/${rating}/appeal`, { ground, reason }),
    onSuccess: done,
    onError: showError,
  });
  const review = useMutation({
    mutationFn: (v: { appeal: string; decision: 'upheld' | 'dismissed' }) =>
      api.post(`/api/services/appeals/${v.appeal}/review`, { decision: v.decision }),
    onSuccess: done,
    onError: showError,
  });
  const d = q.data;
  if (!d) return null;
  const ratingForm = (kind: 'first' | 'after_fix') => (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`rate-form-${kind}`}>
      <Typography.Text type="secondary">
        {kind === 'first' ? t('rate.applicantChoice') : t('rate.callback')}
      </Typography.Text>
      <LevelPicker value={level} onChange={setLevel} />
      <Input.TextArea
        rows={2}
        placeholder={t('rate.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <Button
        type="primary"
        disabled={!level}
        loading={rate.isPending}
        data-testid={`rate-submit-${kind}`}
        onClick={() => rate.mutate(kind)}
      >
        {t('rate.submit')}
      </Button>
    </Space>
  );
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('rate.title')}
          {d.rectification && (
            <Tag data-testid="rate-rect-state">{t(`rate.rect.${d.rectification}` as MessageKey)}</Tag>
          )}
        </Space>
      }
      extra={d.closesAt && `${t('rate.closesAt')} ${formatDateTime(d.closesAt)}`}
    >
      {d.ratings.length === 0 && !d.canRate && (
        <Typography.Text type="secondary">{t('rate.none')}</Typography.Text>
      )}
      {d.ratings.map((r) => (
        <div key={r.id} style={{ marginBottom: 8 }} data-testid={`rate-given-${r.kind}`}>
          <Space wrap>
            <b>{t(`rate.kind.${r.kind}` as MessageKey)}</b>
            <LevelTag level={r.level} />
            <Tag>{t(`rate.source.${r.source}` as MessageKey)}</Tag>
            {formatDateTime(r.ratedAt)}
            {r.excluded && <Tag color="default">{t('rate.excluded')}</Tag>}
            {r.appeal && (
              <Tag
                color={
                  r.appeal.state === 'upheld' ? 'purple' : r.appeal.state === 'pending' ? 'gold' : 'default'
                }
              >
                {t(`rate.appeal.${r.appeal.state}` as MessageKey)} ·{' '}
                {t(`rate.ground.${r.appeal.ground}` as MessageKey)}
              </Tag>
            )}
          </Space>
          {r.comment && <div style={{ color: '#666', marginTop: 4 }}>“{r.comment}”</div>}
          {r.appeal && <div style={{ color: '#666' }}>{r.appeal.reason}</div>}
          {r.appeal?.state === 'pending' && d.canReview && (
            <Space style={{ marginTop: 4 }}>
              <Button
                size="small"
                onClick={() => review.mutate({ appeal: r.appeal!.id, decision: 'upheld' })}
              >
                {t('rate.review.upheld')}
              </Button>
              <Button
                size="small"
                onClick={() => review.mutate({ appeal: r.appeal!.id, decision: 'dismissed' })}
              >
                {t('rate.review.dismissed')}
              </Button>
            </Space>
          )}
          {r.canAppeal && (
            <Space.Compact style={{ width: '100%', marginTop: 4 }}>
              <Select
                value={ground}
                onChange={setGround}
                style={{ width: 160 }}
                options={(['mistaken', 'malicious', 'outside_duty'] as const).map((g) => ({
                  value: g,
                  label: t(`rate.ground.${g}` as MessageKey),
                }))}
              />
              <Input
                placeholder={t('rate.appealReason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button
                disabled={reason.trim().length < 5}
                onClick={() => appeal.mutate(r.id)}
                data-testid="rate-appeal"
              >
                {t('rate.appeal')}
              </Button>
            </Space.Compact>
          )}
        </div>
      ))}
      {d.canRate && ratingForm('first')}
      {d.rectifications.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={d.rectifications}
          data-testid="rate-rects"
          columns={[
            { title: t('rate.unit'), render: (_, r) => r.unit.name },
            {
              title: t('svc.app.status'),
              render: (_, r) => (
                <Space>
                  <Tag>{t(`rate.rect.${r.state}` as MessageKey)}</Tag>
                  {r.overdue && <Tag color="red">{t('rate.rect.overdue')}</Tag>}
                </Space>
              ),
            },
            { title: t('rate.due'), render: (_, r) => formatDateTime(r.dueAt) },
            { title: t('rate.action'), render: (_, r) => r.action ?? '' },
          ]}
        />
      )}
      {d.myRectificationIds.length > 0 && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input
            placeholder={t('rate.recordPlaceholder')}
            value={action}
            onChange={(e) => setAction(e.target.value)}
            data-testid="rate-action"
          />
          <Button
            type="primary"
            disabled={action.trim().length < 2}
            loading={record.isPending}
            onClick={() => record.mutate(d.myRectificationIds[0]!)}
            data-testid="rate-record"
          >
            {t('rate.record')}
          </Button>
        </Space.Compact>
      )}
      {d.canCallback && <div style={{ marginTop: 8 }}>{ratingForm('after_fix')}</div>}
      {d.rectification === 'open' && d.rectifications.some((r) => r.overdue) && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} message={t('rate.rect.overdue')} />
      )}
    </Card>
  );
}
