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
  Form,
  Input,
  List,
  Modal,
  Rate,
  Result,
  Row,
  Space,
  Spin,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { AimOutlined, ArrowLeftOutlined, CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client.ts';
import { useWhistle, useWhistleAction, type Summon, type WhistleDetail } from '../../api/whistles.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import {
  Countdown,
  KindTag,
  SummonStatusTag,
  WhistleStatusTag,
} from '../../components/whistles/WhistleBits.tsx';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import { getGpsFix, gpsAvailable } from '../../lib/gps.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

function ReportInCard({ w }: { w: WhistleDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const showError = useShowError();
  const [note, setNote] = useState('');
  const [locating, setLocating] = useState(false);
  const send = useWhistleAction<{ lon?: number; lat?: number; accuracy?: number; note?: string }>(
    w.id,
    'report-in',
  );
  const go = async () => {
    let fix: { lon: number; lat: number; accuracy: number } | null = null;
    if (gpsAvailable()) {
      setLocating(true);
      try {
        fix = await getGpsFix(10_000);
      } catch {
        void message.warning(t('whistle.noGps'));
      } finally {
        setLocating(false);
      }
    }
    try {
      const d = await send.mutateAsync({ ...(fix ?? {}), ...(note.trim() ? { note: note.trim() } : {}) });
      const mine = d.summons.find((s) => s.unit.id === me?.unit.id);
      void message.success(mine?.status === 'late' ? t('whistle.reportedLate') : t('whistle.reportedIn'));
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Card
      size="small"
      style={{ borderColor: '#fa8c16', background: '#fff7e6' }}
      data-testid="whistle-report-in-card"
    >
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Typography.Text>{t('whistle.reportInHint')}</Typography.Text>
        <Input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          placeholder={t('whistle.reportInNote')}
        />
        <Button
          type="primary"
          size="large"
          block
          icon={<AimOutlined />}
          loading={locating || send.isPending}
          onClick={() => void go()}
          style={{ height: 52, fontSize: 18 }}
          data-testid="whistle-report-in"
        >
          {locating ? t('whistle.locating') : t('whistle.reportIn')}
        </Button>
      </Space>
    </Card>
  );
}

function RateModal({ w, summon, onClose }: { w: WhistleDetail; summon: Summon; onClose: () => void }) {
  const { t } = useI18n();
  const showError = useShowError();
  const send = useWhistleAction<{ ratings: object[] }>(w.id, 'ratings');
  const [form] = Form.useForm<{
    punctuality: number;
    cooperation: number;
    effect: number;
    comment?: string;
  }>();
  const required = [{ required: true, message: ' ' }];
  return (
    <Modal
      open
      title={t('whistle.rateUnit', { unit: summon.unit.name })}
      okText={t('common.save')}
      confirmLoading={send.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        initialValues={summon.rating ?? undefined}
        onFinish={(v) =>
          send.mutate(
            { ratings: [{ unitId: summon.unit.id, ...v, comment: v.comment?.trim() || undefined }] },
            { onSuccess: onClose, onError: showError },
          )
        }
      >
        <Form.Item name="punctuality" label={t('whistle.punctuality')} rules={required}>
          <Rate data-testid="rate-punctuality" />
        </Form.Item>
        <Form.Item name="cooperation" label={t('whistle.cooperation')} rules={required}>
          <Rate data-testid="rate-cooperation" />
        </Form.Item>
        <Form.Item name="effect" label={t('whistle.effect')} rules={required}>
          <Rate data-testid="rate-effect" />
        </Form.Item>
        <Form.Item name="comment" label={t('whistle.comment')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SummonsCard({ w, onRate }: { w: WhistleDetail; onRate: (s: Summon) => void }) {
  const { t } = useI18n();
  const { me } = useAuth();
  return (
    <Card size="small" title={t('whistle.summons')} data-testid="whistle-summons">
      <List
        dataSource={w.summons}
        renderItem={(s) => (
          <List.Item
            actions={
              w.can.rate
                ? [
                    <Tooltip
                      key="rate"
                      title={s.status === 'summoned' ? t('whistle.rateAfterReport') : undefined}
                    >
                      <Button
                        size="small"
                        disabled={s.status === 'summoned'}
                        onClick={() => onRate(s)}
                        data-testid="whistle-rate"
                      >
                        {t('whistle.rate')}
                      </Button>
                    </Tooltip>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <span>{s.unit.name}</span>
                  <SummonStatusTag status={s.status} />
                  {s.unit.id === me?.unit.id && (
                    <Typography.Text type="secondary">{t('whistle.yourUnit')}</Typography.Text>
                  )}
                </Space>
              }
              description={
                <Space orientation="vertical" size={2}>
                  {s.reportedAt && (
                    <span>
                      {t('whistle.reportedAt')}：{formatDateTime(s.reportedAt)}
                      {s.reportedBy ? ` · ${s.reportedBy}` : ''}
                      {s.reportLon !== null && s.reportLat !== null
                        ? ` · ${s.reportLon.toFixed(5)}, ${s.reportLat.toFixed(5)}`
                        : ''}
                      {s.reportAccuracy !== null ? ` ${t('whistle.accuracy', { m: s.reportAccuracy })}` : ''}
                    </span>
                  )}
                  {s.reportNote && <span>{s.reportNote}</span>}
                  {s.rating ? (
                    <Space size={12} wrap style={{ fontSize: 12 }}>
                      {(['punctuality', 'cooperation', 'effect'] as const).map((k) => (
                        <span key={k}>
                          {t(`whistle.${k}`)} <Rate disabled value={s.rating![k]} style={{ fontSize: 12 }} />
                        </span>
                      ))}
                      {s.rating.comment && (
                        <Typography.Text type="secondary">“{s.rating.comment}”</Typography.Text>
                      )}
                    </Space>
                  ) : (
                    w.status !== 'void' && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('whistle.notRated')}
                      </Typography.Text>
                    )
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function ActionCard({ w }: { w: WhistleDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const send = useWhistleAction<{ actionRecord?: string; outcome?: string }>(w.id, 'actions');
  const [form] = Form.useForm<{ actionRecord?: string; outcome?: string }>();
  if (!w.can.recordAction) {
    return (
      <Card size="small" title={t('whistle.action')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('whistle.actionRecord')}>
            {w.actionRecord ?? t('whistle.noAction')}
          </Descriptions.Item>
          <Descriptions.Item label={t('whistle.outcome')}>{w.outcome ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('whistle.action')} data-testid="whistle-action">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ actionRecord: w.actionRecord ?? '', outcome: w.outcome ?? '' }}
        onFinish={(v) => {
          const body = {
            ...(v.actionRecord?.trim() ? { actionRecord: v.actionRecord.trim() } : {}),
            ...(v.outcome?.trim() ? { outcome: v.outcome.trim() } : {}),
          };
          send.mutate(body, {
            onSuccess: () => void message.success(t('whistle.actionSaved')),
            onError: showError,
          });
        }}
      >
        <Form.Item name="actionRecord" label={t('whistle.actionRecord')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="whistle-action-record" />
        </Form.Item>
        <Form.Item name="outcome" label={t('whistle.outcome')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="whistle-outcome" />
        </Form.Item>
        <Button htmlType="submit" loading={send.isPending} data-testid="whistle-action-save">
          {t('whistle.recordAction')}
        </Button>
      </Form>
    </Card>
  );
}

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
                          {formatDateTime(e.at)} {e.actorName ?? ''}
                        </Typography.Text>
                        {e.note && <div style={{ fontSize: 13 }}>{e.note}</div>}
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
            </Space>
          </Col>
        </Row>
      </Space>
      {rating && <RateModal w={w} summon={rating} onClose={() => setRating(null)} />}
    </div>
  );
}
