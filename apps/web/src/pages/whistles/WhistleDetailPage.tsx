/** One whistle: countdown, report-in (with GPS, phone-sized), summons, joint action, ratings, close. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Result,
  Row,
  Space,
  Spin,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client.ts';
import { useWhistle, useWhistleAction, type Summon } from '../../api/whistles.ts';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import { Countdown, KindTag, WhistleStatusTag } from '../../components/whistles/WhistleBits.tsx';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { ReportInCard } from './ReportInCard.tsx';
import { RateModal, SummonsCard } from './SummonsCard.tsx';
import { ActionCard } from './ActionCard.tsx';
import { systemNote } from '../../lib/systemNote.ts';
import { WhistleNearbyCard } from '../../components/baseview/WhistleNearbyCard.tsx';

export default function WhistleDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const q = useWhistle(id);
  const [rating, setRating] = useState<Summon | null>(null);
  const close = useWhistleAction<object>(id ?? '', 'close');
  const voidIt = useWhistleAction<{ reason: string }>(id ?? '', 'void');
  const [voidReason, setVoidReason] = useState('');

  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error) {
    if (isApiError(q.error) && (q.error.status === 404 || q.error.status === 400)) {
      return (
        <Result
          status="404"
          title={t('whistle.notFound')}
          extra={<Button onClick={() => void navigate('/whistles')}>{t('whistle.back')}</Button>}
        />
      );
    }
    return <Alert type="error" showIcon title={t('common.loadFailed', { message: q.error.message })} />;
  }
  const w = q.data;
  if (!w) return null;
  const manage = w.can.recordAction;
  const points = [
    ...(w.lon !== null && w.lat !== null
      ? [{ lon: w.lon, lat: w.lat, label: w.title, kind: 'case' as const }]
      : []),
    ...w.summons
      .filter((s) => s.reportLon !== null && s.reportLat !== null)
      .map((s) => ({ lon: s.reportLon!, lat: s.reportLat!, label: s.unit.name, kind: 'nearby' as const })),
  ];

  return (
    <div data-testid="whistle-detail">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/whistles')}>
          {t('whistle.back')}
        </Button>
        <div style={{ flex: 1 }} />
        {q.isFetching && <Spin size="small" />}
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => void q.refetch()}
          aria-label="refresh"
        />
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Space size={4} wrap>
              <KindTag kind={w.kind} />
              <WhistleStatusTag status={w.status} />
              <Typography.Text type="secondary">{w.street.name}</Typography.Text>
              {w.caseId && (
                <Link to={`/cases/${w.caseId}`}>
                  {t('whistle.case')} {w.caseId}
                </Link>
              )}
            </Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {w.title}
            </Typography.Title>
            {w.status === 'open' && (
              <div>
                <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                  {t('whistle.countdown')}
                </Typography.Text>
                {w.reportDueAt && <Countdown dueAt={w.reportDueAt} size="large" />}
              </div>
            )}
            {w.voidReason && <Alert type="warning" title={`${t('whistle.voided')}：${w.voidReason}`} />}
            {manage && (
              <Space wrap>
                <Tooltip title={w.can.close ? undefined : t('whistle.closeHint')}>
                  <Button
                    type="primary"
                    icon={<CheckCircleOutlined />}
                    disabled={!w.can.close}
                    loading={close.isPending}
                    onClick={() =>
                      modal.confirm({
                        title: t('whistle.close'),
                        content: w.outcome,
                        onOk: () => close.mutateAsync({}).catch(showError),
                      })
                    }
                    data-testid="whistle-close"
                  >
                    {t('whistle.close')}
                  </Button>
                </Tooltip>
                {w.can.void && (
                  <Button
                    danger
                    onClick={() =>
                      modal.confirm({
                        title: t('whistle.void'),
                        content: (
                          <Input.TextArea
                            rows={2}
                            placeholder={t('whistle.voidReason')}
                            onChange={(e) => setVoidReason(e.target.value)}
                          />
                        ),
                        onOk: () => voidIt.mutateAsync({ reason: voidReason.trim() }).catch(showError),
                      })
                    }
                  >
                    {t('whistle.void')}
                  </Button>
                )}
              </Space>
            )}
          </Space>
        </Card>
        {w.can.reportIn && <ReportInCard w={w} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <SummonsCard w={w} onRate={setRating} />
              <ActionCard w={w} />
              <Card size="small" title={t('whistle.timeline')}>
                <Timeline
                  items={w.events.map((e) => ({
                    key: e.id,
                    content: (
                      <div>
                        <Typography.Text strong>
                          {hasMessage(`whistle.event.${e.action}`)
                            ? t(`whistle.event.${e.action}` as never)
                            : e.action}
                        </Typography.Text>
                        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                          {formatDateTime(e.at)} {e.bySystem ? t('note.system') : (e.actorName ?? '')}
                        </Typography.Text>
                        {(systemNote(e, t) ?? e.note) && (
                          <div style={{ fontSize: 13 }}>{systemNote(e, t) ?? e.note}</div>
                        )}
                      </div>
                    ),
                  }))}
                />
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('whistle.openedAt')}>
                    {formatDateTime(w.openedAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('whistle.openedBy')}>{w.openedBy ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('whistle.dueAt')}>
                    {formatDateTime(w.reportDueAt)}（{w.reportInMinutes}′）
                  </Descriptions.Item>
                  {w.closedAt && (
                    <Descriptions.Item label={t('whistle.closedAt')}>
                      {formatDateTime(w.closedAt)}
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={t('whistle.address')}>{w.address ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('whistle.description')}>
                    {w.description || '—'}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              {points.length > 0 && (
                <Card size="small" title={t('whistle.place')} styles={{ body: { padding: 0 } }}>
                  <CaseMap
                    regionCode={w.street.code}
                    grids
                    points={points}
                    height={300}
                    testId="whistle-map"
                  />
                </Card>
              )}
              <WhistleNearbyCard whistleId={w.id} />
            </Space>
          </Col>
        </Row>
      </Space>
      {rating && <RateModal w={w} summon={rating} onClose={() => setRating(null)} />}
    </div>
  );
}
