/**
 * 巡查: start and end a patrol (GPS tracking only if the worker opts in, with who sees the track and how long it is
 * kept), check in at key places with the point's accuracy, report findings (the patrol case report) and quick
 * fixes settled on the spot (小事不出格, before/after photos), and today's patrol log. All of it works offline.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { FieldBundle } from '../../api/field.ts';
import { enqueueField, useFieldQueue } from '../../lib/fieldQueue.ts';
import { getGpsFix } from '../../lib/gps.ts';
import { formatDateTime } from '../../lib/time.ts';
import { AccuracyTag, GpsLine, PhotoPicker, useGpsFix } from './fieldBits.tsx';
import { FieldMap } from './FieldMap.tsx';
import { KindTag } from './QueuePage.tsx';
import { usePatrolRun } from './usePatrolRun.ts';
import { useFieldData } from './useFieldData.tsx';

type Panel = 'finding' | 'quickfix' | null;

export default function PatrolPage() {
  const { t } = useI18n();
  const data = useFieldData();
  const { settings, bundle } = data;
  const patrol = usePatrolRun(settings.trackIntervalS);
  const gps = useGpsFix();
  const [panel, setPanel] = useState<Panel>(null);
  const me = gps.fix
    ? ([gps.fix.lon, gps.fix.lat] as [number, number])
    : patrol.run?.points.at(-1)
      ? ([patrol.run.points.at(-1)!.lon, patrol.run.points.at(-1)!.lat] as [number, number])
      : null;

  return (
    <div data-testid="field-patrol">
      {patrol.loaded && !patrol.run && (
        <StartCard bundle={bundle} keepDays={settings.trackKeepDays} onStart={patrol.start} />
      )}
      {patrol.run && <RunCard patrol={patrol} bundle={bundle} thresholdM={settings.accuracyThresholdM} />}
      {bundle && (
        <Card
          size="small"
          style={{ marginTop: 10 }}
          title={t('field.map.title')}
          extra={
            <Button size="small" loading={gps.locating} onClick={() => void gps.locate()}>
              {t('field.gps.locate')}
            </Button>
          }
        >
          <FieldMap
            bundle={bundle}
            me={me}
            track={patrol.run?.points.map((p) => [p.lon, p.lat] as [number, number])}
          />
        </Card>
      )}
      <Space style={{ width: '100%', marginTop: 10 }} size={8}>
        <Button
          type={panel === 'finding' ? 'primary' : 'default'}
          onClick={() => setPanel(panel === 'finding' ? null : 'finding')}
          data-testid="patrol-finding-open"
        >
          {t('field.finding.open')}
        </Button>
        <Button
          type={panel === 'quickfix' ? 'primary' : 'default'}
          onClick={() => setPanel(panel === 'quickfix' ? null : 'quickfix')}
          data-testid="patrol-quickfix-open"
        >
          {t('field.quickfix.open')}
        </Button>
      </Space>
      {panel === 'finding' && (
        <FindingForm thresholdM={settings.accuracyThresholdM} onDone={() => setPanel(null)} />
      )}
      {panel === 'quickfix' && (
        <QuickFixForm
          thresholdM={settings.accuracyThresholdM}
          patrolInstanceId={patrol.run?.instanceId}
          onDone={() => setPanel(null)}
        />
      )}
      <TodayLog />
    </div>
  );
}

function StartCard({
  bundle,
  keepDays,
  onStart,
}: {
  bundle: FieldBundle | null;
  keepDays: number;
  onStart: (grid: string, tracking: boolean) => Promise<void>;
}) {
  const { t } = useI18n();
  const grids = bundle?.grids ?? [];
  const [grid, setGrid] = useState<string | undefined>(grids[0]?.code);
  const [manual, setManual] = useState('');
  const [tracking, setTracking] = useState(false);
  const code = grid ?? (/^\d{15}$/.test(manual) ? manual : undefined);
  return (
    <Card size="small" title={t('field.patrol.title')} data-testid="patrol-start-card">
      {grids.length > 0 ? (
        <Select
          style={{ width: '100%' }}
          value={grid}
          onChange={setGrid}
          options={grids.map((g) => ({ value: g.code, label: `${g.name}（${g.code}）` }))}
        />
      ) : (
        <Input
          placeholder={t('field.patrol.gridCode')}
          value={manual}
          onChange={(e) => setManual(e.target.value.trim())}
          inputMode="numeric"
        />
      )}
      <div style={{ marginTop: 10 }}>
        <Checkbox
          checked={tracking}
          onChange={(e) => setTracking(e.target.checked)}
          data-testid="patrol-tracking"
        >
          {t('field.patrol.trackOptIn')}
        </Checkbox>
        <Alert
          style={{ marginTop: 6 }}
          type="info"
          showIcon
          title={t('field.patrol.trackNotice', { days: keepDays })}
        />
      </div>
      <Button
        type="primary"
        block
        size="large"
        style={{ marginTop: 10 }}
        disabled={!code}
        onClick={() => code && void onStart(code, tracking)}
        data-testid="patrol-start"
      >
        {t('field.patrol.start')}
      </Button>
    </Card>
  );
}

function RunCard({
  patrol,
  bundle,
  thresholdM,
}: {
  patrol: ReturnType<typeof usePatrolRun>;
  bundle: FieldBundle | null;
  thresholdM: number;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const run = patrol.run!;
  const [note, setNote] = useState('');
  const [place, setPlace] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const places = bundle?.keyPlaces ?? [];
  const gridName = bundle?.grids.find((g) => g.code === run.gridCode)?.name ?? run.gridCode;

  const checkin = async () => {
    const p = places.find((x) => x.id === place);
    setChecking(true);
    try {
      const fix = await getGpsFix().catch(() => null);
      await patrol.checkin({
        at: new Date().toISOString(),
        lon: fix?.lon ?? null,
        lat: fix?.lat ?? null,
        accuracyM: fix?.accuracy ?? null,
        ...(p?.kind === 'organisation' ? { organisationId: p.id } : p ? { addressId: p.id } : {}),
        name: p?.name ?? t('field.checkin.here'),
      });
      if (!fix) void message.warning(t('field.checkin.noFix'));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Card size="small" title={t('field.patrol.running', { grid: gridName })} data-testid="patrol-run">
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        <Typography.Text type="secondary">
          {t('field.patrol.runningSince', { at: formatDateTime(run.startedAt) })}
        </Typography.Text>
        <Space size={4} wrap>
          {run.tracking ? (
            <Tag color="purple">{t('field.patrol.trackingOn', { n: run.points.length })}</Tag>
          ) : (
            <Tag>{t('field.patrol.trackingOff')}</Tag>
          )}
          {patrol.trackError !== null && <Tag color="orange">{t('field.patrol.trackError')}</Tag>}
        </Space>
        <div style={{ display: 'flex', gap: 6 }}>
          <Select
            style={{ flex: 1, minWidth: 0 }}
            allowClear
            placeholder={t('field.checkin.place')}
            value={place}
            onChange={setPlace}
            options={places.map((p) => ({ value: p.id, label: p.name }))}
          />
          <Button loading={checking} onClick={() => void checkin()} data-testid="patrol-checkin">
            {t('field.checkin.do')}
          </Button>
        </div>
        {run.checkins.length > 0 && (
          <List
            size="small"
            dataSource={run.checkins}
            renderItem={(c) => (
              <List.Item data-testid="patrol-checkin-item">
                <Space size={4} wrap>
                  <span>{c.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(c.at)}
                  </Typography.Text>
                  <AccuracyTag accuracyM={c.accuracyM} thresholdM={thresholdM} />
                </Space>
              </List.Item>
            )}
          />
        )}
        <Input.TextArea
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('field.patrol.note')}
          maxLength={2000}
        />
        <Button
          danger
          type="primary"
          block
          onClick={() =>
            void patrol
              .end(note, `${gridName} · ${formatDateTime(run.startedAt)}`)
              .then(() => message.success(t('field.patrol.ended')))
          }
          data-testid="patrol-end"
        >
          {t('field.patrol.end')}
        </Button>
      </Space>
    </Card>
  );
}

/** A finding becomes a case: the existing patrol report (POST /api/cases, channel grid_patrol), via the queue. */
function FindingForm({ thresholdM, onDone }: { thresholdM: number; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const gps = useGpsFix(true);
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [description, setDescription] = useState('');
  const save = async () => {
    if (description.trim().length < 5) {
      void message.warning(t('field.finding.tooShort'));
      return;
    }
    await enqueueField(
      'finding',
      '/api/cases',
      {
        requestType: 'report',
        channel: 'grid_patrol',
        description: description.trim(),
        ...(gps.fix ? { lon: gps.fix.lon, lat: gps.fix.lat, coordSystem: 'wgs84' } : {}),
      },
      photos,
      description.trim(),
    );
    void message.success(navigator.onLine ? t('field.saved') : t('field.savedOffline'));
    onDone();
  };
  return (
    <Card size="small" title={t('field.finding.title')} style={{ marginTop: 10 }} data-testid="finding-form">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <PhotoPicker photos={photos} onChange={setPhotos} testid="finding-photos" />
        <GpsLine gps={gps} thresholdM={thresholdM} testid="finding-gps" />
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder={t('patrol.descriptionPlaceholder')}
          data-testid="finding-description"
        />
        <Button type="primary" block onClick={() => void save()} data-testid="finding-save">
          {t('field.finding.save')}
        </Button>
      </Space>
    </Card>
  );
}

/** 小事不出格: a small matter settled on the spot, with photos before and after. */
function QuickFixForm({
  thresholdM,
  patrolInstanceId,
  onDone,
}: {
  thresholdM: number;
  patrolInstanceId?: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const gps = useGpsFix(true);
  const [before, setBefore] = useState<Blob[]>([]);
  const [after, setAfter] = useState<Blob[]>([]);
  const [description, setDescription] = useState('');
  const save = async () => {
    if (description.trim().length < 2) {
      void message.warning(t('field.quickfix.describe'));
      return;
    }
    await enqueueField(
      'quick_fix',
      '/api/field/quick-fixes',
      {
        ...(patrolInstanceId ? { patrolInstanceId } : {}),
        description: description.trim(),
        beforeUploadIds: [],
        afterUploadIds: [],
        ...(gps.fix ? { lon: gps.fix.lon, lat: gps.fix.lat, accuracyM: gps.fix.accuracy } : {}),
        settledAt: new Date().toISOString(),
      },
      [
        ...before.map((blob) => ({ blob, slot: 'beforeUploadIds' })),
        ...after.map((blob) => ({ blob, slot: 'afterUploadIds' })),
      ],
      description.trim(),
    );
    void message.success(navigator.onLine ? t('field.saved') : t('field.savedOffline'));
    onDone();
  };
  return (
    <Card
      size="small"
      title={t('field.quickfix.title')}
      style={{ marginTop: 10 }}
      data-testid="quickfix-form"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('field.quickfix.before')}</Typography.Text>
        <PhotoPicker photos={before} onChange={setBefore} testid="quickfix-before" />
        <Typography.Text>{t('field.quickfix.after')}</Typography.Text>
        <PhotoPicker photos={after} onChange={setAfter} testid="quickfix-after" />
        <GpsLine gps={gps} thresholdM={thresholdM} testid="quickfix-gps" />
        <Input.TextArea
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder={t('field.quickfix.placeholder')}
          data-testid="quickfix-description"
        />
        <Button type="primary" block onClick={() => void save()} data-testid="quickfix-save">
          {t('field.quickfix.save')}
        </Button>
      </Space>
    </Card>
  );
}

/** Today's patrol log: patrols the server has for today, and what this phone recorded today (sent or waiting). */
function TodayLog() {
  const { t } = useI18n();
  const { patrolLog } = useFieldData();
  const { entries, sent } = useFieldQueue();
  const today = new Date().toDateString();
  const isToday = (iso: string) => new Date(iso).toDateString() === today;
  const rows = useMemo(
    () => [
      ...entries
        .filter((e) => isToday(e.createdAt) && e.kind !== 'visit')
        .map((e) => ({ key: e.key, kind: e.kind, at: e.createdAt, text: e.label ?? '', waiting: true })),
      ...sent
        .filter((s) => isToday(s.at) && s.kind !== 'visit' && s.kind !== 'patrol')
        .map((s) => ({ key: s.key, kind: s.kind, at: s.at, text: s.description, waiting: false })),
    ],
    [entries, sent, today],
  );
  return (
    <Card size="small" title={t('field.log.title')} style={{ marginTop: 10 }} data-testid="patrol-log">
      {patrolLog.map((p) => (
        <div key={p.id} style={{ fontSize: 13, padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}>
          <KindTag kind="patrol" /> {p.grid.name} · {formatDateTime(p.startedAt)}
          {p.endedAt ? ` – ${formatDateTime(p.endedAt)}` : ''} ·{' '}
          {t('field.log.checkins', { n: p.checkinCount })}
          {p.distanceM !== null ? ` · ${(p.distanceM / 1000).toFixed(1)} km` : ''}
        </div>
      ))}
      {rows.map((r) => (
        <div key={r.key} style={{ fontSize: 13, padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}>
          <KindTag kind={r.kind} /> {r.text} {r.waiting && <Tag color="orange">{t('field.log.waiting')}</Tag>}
        </div>
      ))}
      {patrolLog.length + rows.length === 0 && (
        <Typography.Text type="secondary">{t('field.log.none')}</Typography.Text>
      )}
    </Card>
  );
}
