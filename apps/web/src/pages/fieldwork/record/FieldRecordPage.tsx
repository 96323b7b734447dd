/**
 * The street's drill-down to one field record (issue 11): a household visit (by the privacy classes: masked, the
 * details on a stated reason, audited), a patrol with its GPS track (the worker's supervisors only) and a quick fix
 * with its before and after photos.
 */
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Empty, Image, Input, List, Space, Tag, Typography } from 'antd';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { formatDateTime } from '../../../lib/time.ts';
import {
  usePatrolRecord,
  useQuickFixRecord,
  useVisitRecord,
  type FieldPatrolRecord,
  type FieldQuickFixRecord,
  type FieldVisitRecord,
} from '../fieldviewApi.ts';
import { TrackSvg } from './TrackSvg.tsx';

export type RecordKind = 'visit' | 'patrol' | 'quick_fix';

const photo = (id: string) => `/api/field/uploads/${encodeURIComponent(id)}`;
const CHECKS = new Set(['health', 'state_of_mind', 'safety', 'living', 'needs']);
const MARKS = new Set(['ok', 'attention', 'problem', 'not_checked']);
const MARK_COLOUR: Record<string, string> = { ok: 'green', attention: 'gold', problem: 'red' };
const LIGHT_COLOUR: Record<string, string> = { green: 'green', yellow: 'gold', red: 'red' };

function Photos({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  if (ids.length === 0) return <Typography.Text type="secondary">{t('frec.noPhotos')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {ids.map((id) => (
          <Image key={id} src={photo(id)} width={96} height={96} style={{ objectFit: 'cover' }} alt="" />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

function Frame({ title, worker, children }: { title: string; worker?: string; children: ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={title}
        extra={
          worker ? (
            <Link to={`/fieldwork/workers/${worker}`}>{t('frec.backToWorker')}</Link>
          ) : (
            <Button type="link" onClick={() => void navigate(-1)}>
              {t('frec.backToWorker')}
            </Button>
          )
        }
      />
      {children}
    </>
  );
}

function VisitView({ v, onReveal }: { v: FieldVisitRecord; onReveal: (reason: string) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const d = v.detail;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('fv.visitedAt')}>{formatDateTime(v.visitedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('fv.mode')}>{t(`fv.mode.${v.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fv.person')}>{v.person.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fv.tag')}>
            {v.tag
              ? t(`bd.tagType.${v.tag}` as MessageKey)
              : v.class === 'P1'
                ? '—'
                : t('fv.classOnly', { cls: v.class })}
          </Descriptions.Item>
          <Descriptions.Item label={t('frec.worker')}>{v.worker.name}</Descriptions.Item>
          <Descriptions.Item label={t('frec.grid')}>{v.grid?.name ?? '—'}</Descriptions.Item>
        </Descriptions>
        {v.view !== 'own' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('frec.audited')}
          </Typography.Text>
        )}
      </Card>
      {!v.shown && v.view === 'masked' && (
        <Alert type="info" showIcon title={t('frec.masked', { cls: v.class })} />
      )}
      {v.revealable && (
        <Alert
          type="warning"
          showIcon
          title={t('frec.revealable', { cls: v.class })}
          description={
            <Space.Compact style={{ width: '100%', maxWidth: 480, marginTop: 8 }}>
              <Input
                placeholder={t('frec.reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={200}
              />
              <Button
                type="primary"
                disabled={reason.trim().length < 2}
                onClick={() => onReveal(reason.trim())}
              >
                {t('frec.reveal')}
              </Button>
            </Space.Compact>
          }
        />
      )}
      {d && (
        <Card size="small">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('frec.point')}>
              {d.point ? (
                <Space>
                  <span>
                    {d.point.lon.toFixed(5)}, {d.point.lat.toFixed(5)}
                  </span>
                  {d.point.accuracyM !== null && (
                    <span>{t('frec.accuracy', { m: Math.round(d.point.accuracyM) })}</span>
                  )}
                  <Tag
                    color={
                      d.point.quality === 'good'
                        ? 'green'
                        : d.point.quality === 'coarse'
                          ? 'orange'
                          : 'default'
                    }
                  >
                    {t(`frec.quality.${d.point.quality}`)}
                  </Tag>
                </Space>
              ) : (
                t('frec.noPoint')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('frec.checklist')}>
              <Space wrap>
                {Object.entries(d.checklist).map(([k, m]) => (
                  <Tag key={k} color={MARK_COLOUR[m]}>
                    {CHECKS.has(k) ? t(`field.check.${k}` as MessageKey) : k}:{' '}
                    {MARKS.has(m) ? t(`field.mark.${m}` as MessageKey) : m}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            {d.note && <Descriptions.Item label={t('frec.note')}>{d.note}</Descriptions.Item>}
            <Descriptions.Item label={t('frec.photos')}>
              <Photos ids={d.photoIds} />
            </Descriptions.Item>
            <Descriptions.Item label={t('frec.baseUpdates')}>
              {d.baseUpdates.length === 0
                ? t('frec.noBaseUpdates')
                : d.baseUpdates.map((u) => (
                    <Tag key={`${u.entity}${u.id}`} color="green">
                      {t(`frec.entity.${u.entity}`)} · v{u.version} · {formatDateTime(u.at)}
                    </Tag>
                  ))}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card size="small" title={t('frec.anomaly')}>
        {!v.anomaly ? (
          <Typography.Text type="secondary">{t('frec.noAnomaly')}</Typography.Text>
        ) : (
          <Descriptions size="small" column={1}>
            {d?.anomalyNote && <Descriptions.Item label={t('frec.note')}>{d.anomalyNote}</Descriptions.Item>}
            {v.case && (
              <Descriptions.Item label={t('frec.case')}>
                <Link to={`/cases/${v.case.id}`}>{v.case.title}</Link>
              </Descriptions.Item>
            )}
            {v.signoff && (
              <>
                <Descriptions.Item label={t('frec.signoff')}>
                  <Space>
                    {t('frec.signoffLine', {
                      unit: v.signoff.unit,
                      state: t(`frec.signoff.${v.signoff.state}`),
                    })}
                    <Tag color={LIGHT_COLOUR[v.signoff.light]}>{t(`frec.light.${v.signoff.light}`)}</Tag>
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('frec.yellowAt')}>
                  {formatDateTime(v.signoff.yellowAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('frec.redAt')}>
                  {formatDateTime(v.signoff.redAt)}
                </Descriptions.Item>
                {v.signoff.signedAt && (
                  <Descriptions.Item label={t('frec.signedAt')}>
                    {formatDateTime(v.signoff.signedAt)} · {v.signoff.signedBy ?? ''}
                  </Descriptions.Item>
                )}
                {v.signoff.reply && (
                  <Descriptions.Item label={t('frec.reply')}>{v.signoff.reply}</Descriptions.Item>
                )}
              </>
            )}
          </Descriptions>
        )}
      </Card>
    </Space>
  );
}

function PatrolView({ r }: { r: FieldPatrolRecord }) {
  const { t } = useI18n();
  const p = r.patrol;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('frec.worker')}>{p.worker.name}</Descriptions.Item>
          <Descriptions.Item label={t('frec.grid')}>{p.grid.name}</Descriptions.Item>
          <Descriptions.Item label={t('frec.started')}>{formatDateTime(p.startedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('frec.ended')}>
            {p.endedAt ? formatDateTime(p.endedAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('frec.distance')}>
            {p.distanceM !== null ? `${(p.distanceM / 1000).toFixed(2)} km` : '—'}
          </Descriptions.Item>
          {p.note && <Descriptions.Item label={t('frec.note')}>{p.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('frec.trackTitle')}>
        {r.track ? (
          <>
            <TrackSvg track={r.track} checkins={r.checkins} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('frec.trackKeep', {
                n: r.track.points.length,
                days: r.track.keepDays,
                m: r.track.accuracyThresholdM,
              })}
            </Typography.Text>
          </>
        ) : (
          <Alert
            type="info"
            showIcon
            title={t(r.trackState === 'withheld' ? 'frec.track.withheld' : 'frec.track.not_recorded')}
          />
        )}
      </Card>
      <Card size="small" title={`${t('frec.checkins')} (${r.checkins.length})`}>
        <List
          size="small"
          dataSource={r.checkins}
          locale={{ emptyText: t('frec.none') }}
          renderItem={(c) => (
            <List.Item>
              {formatDateTime(c.at)} · {c.place ?? '—'}
              {c.accuracyM !== null ? ` · ${t('frec.accuracy', { m: Math.round(c.accuracyM) })}` : ''}
              {c.note ? ` · ${c.note}` : ''}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={`${t('frec.findings')} (${r.findings.length})`}>
        <List
          size="small"
          dataSource={r.findings}
          locale={{ emptyText: t('frec.none') }}
          renderItem={(f) => (
            <List.Item>
              <Link to={`/cases/${f.caseId}`}>{f.title}</Link> · {formatDateTime(f.at)}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={`${t('frec.fixes')} (${r.quickFixes.length})`}>
        <List
          size="small"
          dataSource={r.quickFixes}
          locale={{ emptyText: t('frec.none') }}
          renderItem={(f) => (
            <List.Item>
              <Link to={`/fieldwork/quick-fixes/${f.id}`}>{f.description}</Link> ·{' '}
              {formatDateTime(f.settledAt)}
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function QuickFixView({ f }: { f: FieldQuickFixRecord }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('frec.note')}>{f.description}</Descriptions.Item>
          <Descriptions.Item label={t('frec.settledAt')}>{formatDateTime(f.settledAt)}</Descriptions.Item>
          <Descriptions.Item label={t('frec.worker')}>{f.worker.name}</Descriptions.Item>
          <Descriptions.Item label={t('frec.grid')}>{f.grid.name}</Descriptions.Item>
          {f.place && <Descriptions.Item label={t('frec.place')}>{f.place}</Descriptions.Item>}
          {f.patrolId && (
            <Descriptions.Item label={t('frec.patrolLink')}>
              <Link to={`/fieldwork/patrols/${f.patrolId}`}>{t('frec.open')}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('frec.before')}>
        <Photos ids={f.beforeUploadIds} />
      </Card>
      <Card size="small" title={t('frec.after')}>
        <Photos ids={f.afterUploadIds} />
      </Card>
    </Space>
  );
}

function Failure({ error }: { error: Error | null }) {
  return error ? <Alert type="error" title={error.message} /> : <Empty />;
}

function VisitRecordPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [reveal, setReveal] = useState<string | undefined>();
  const q = useVisitRecord(id, reveal);
  return (
    <Frame title={t('frec.visit')} worker={q.data?.worker.id}>
      {q.data ? <VisitView v={q.data} onReveal={setReveal} /> : !q.isLoading && <Failure error={q.error} />}
    </Frame>
  );
}

function PatrolRecordPage({ id }: { id: string }) {
  const { t } = useI18n();
  const q = usePatrolRecord(id);
  return (
    <Frame title={t('frec.patrol')} worker={q.data?.patrol.worker.id}>
      {q.data ? <PatrolView r={q.data} /> : !q.isLoading && <Failure error={q.error} />}
    </Frame>
  );
}

function QuickFixRecordPage({ id }: { id: string }) {
  const { t } = useI18n();
  const q = useQuickFixRecord(id);
  return (
    <Frame title={t('frec.fix')} worker={q.data?.worker.id}>
      {q.data ? <QuickFixView f={q.data} /> : !q.isLoading && <Failure error={q.error} />}
    </Frame>
  );
}

export default function FieldRecordPage({ kind }: { kind: RecordKind }) {
  const { id = '' } = useParams();
  if (kind === 'visit') return <VisitRecordPage key={id} id={id} />;
  if (kind === 'patrol') return <PatrolRecordPage key={id} id={id} />;
  return <QuickFixRecordPage key={id} id={id} />;
}
