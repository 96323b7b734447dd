/**
 * 走访: the household visits due by rule (from the offline bundle, overdue first), and the visit form — mode, point
 * with accuracy, photos, the checklist of the tag, note, anomaly, and the base data the visit found changed. A visit
 * is saved to the send queue with its own instance id; nothing here needs the network.
 */
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Input,
  List,
  Radio,
  Segmented,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import type { FieldBundle, VisitDue } from '../../api/field.ts';
import { enqueueField, newInstanceId, useFieldQueue } from '../../lib/fieldQueue.ts';
import { formatDateTime } from '../../lib/time.ts';
import { GpsLine, PhotoPicker, useGpsFix } from './fieldBits.tsx';
import { useFieldData } from './useFieldData.tsx';

type Mark = 'ok' | 'attention' | 'problem' | 'not_checked';
const MARKS: Mark[] = ['ok', 'attention', 'problem', 'not_checked'];

/** The checklist when the bundle has none for the tag (the issue's five areas). */
const DEFAULT_CHECKLIST = ['health', 'state_of_mind', 'safety', 'living', 'needs'] as const;

const STATE_COLOR: Record<VisitDue['state'], string> = { overdue: 'red', due: 'orange', upcoming: 'default' };

export function useTagLabel() {
  const { t } = useI18n();
  return (v: Pick<VisitDue, 'tag' | 'level' | 'class'>) => {
    if (!v.tag) return t('field.visit.byClass', { cls: v.class });
    const tagKey = `bd.tagType.${v.tag}`;
    const levelKey = `rpt.v.${v.level}`;
    const tag = hasMessage(tagKey) ? t(tagKey) : v.tag;
    const level = v.level ? (hasMessage(levelKey) ? t(levelKey) : v.level) : '';
    return level ? `${tag} · ${level}` : tag;
  };
}

export default function VisitsPage() {
  const [params, setParams] = useSearchParams();
  const data = useFieldData();
  const selected = params.get('tag');
  const item = data.visits.find((v) => v.tagId === selected);
  if (item)
    return (
      <VisitForm
        item={item}
        bundle={data.bundle}
        thresholdM={data.settings.accuracyThresholdM}
        onDone={() => setParams({})}
      />
    );
  return <VisitList items={data.visits} onPick={(v) => setParams({ tag: v.tagId })} />;
}

function VisitList({ items, onPick }: { items: VisitDue[]; onPick: (v: VisitDue) => void }) {
  const { t } = useI18n();
  const label = useTagLabel();
  // visits recorded on this phone and not yet sent: the due list from the server does not know them yet
  const { entries } = useFieldQueue();
  const queued = new Set(entries.filter((e) => e.kind === 'visit').map((e) => String(e.body.tagId)));
  return (
    <Card size="small" title={t('field.visits.title')} data-testid="field-visits">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('field.visits.none')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(v) => (
            <List.Item
              data-testid="visit-due"
              onClick={() => onPick(v)}
              style={{ cursor: 'pointer' }}
              extra={
                queued.has(v.tagId) ? (
                  <Tag color="blue" data-testid="visit-queued">
                    {t('field.log.waiting')}
                  </Tag>
                ) : (
                  <Tag color={STATE_COLOR[v.state]}>{t(`field.visits.state.${v.state}`)}</Tag>
                )
              }
            >
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{v.person.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {label(v)} · {t('field.visits.dueAt', { at: formatDateTime(v.dueAt) })}
                </Typography.Text>
                {v.lastVisitAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('field.visits.last', { at: formatDateTime(v.lastVisitAt) })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** Where the bundle says the person lives (their household), for the base-data updates a visit may record. */
function householdOf(bundle: FieldBundle | null, personId: string) {
  for (const h of bundle?.households ?? []) {
    const r = h.residents.find((x) => x.personId === personId);
    if (r) return { household: h, residenceId: r.residenceId ?? null, houseId: h.houseId ?? null };
  }
  return null;
}

function VisitForm({
  item,
  bundle,
  thresholdM,
  onDone,
}: {
  item: VisitDue;
  bundle: FieldBundle | null;
  thresholdM: number;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const label = useTagLabel();
  const gps = useGpsFix(true);
  const [mode, setMode] = useState<'door' | 'phone' | 'video'>('door');
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [note, setNote] = useState('');
  const [anomaly, setAnomaly] = useState(false);
  const [anomalyNote, setAnomalyNote] = useState('');
  const [movedOut, setMovedOut] = useState(false);
  const [rented, setRented] = useState(false);
  const [saving, setSaving] = useState(false);
  const home = useMemo(() => householdOf(bundle, item.person.id), [bundle, item.person.id]);

  const checklist = useMemo(() => {
    // the tag's own list, the class's when the tag is shown by class only, else the general one
    const lists = bundle?.checklists ?? {};
    const fromBundle = lists[item.tag ?? item.class] ?? lists.general;
    return fromBundle?.length
      ? fromBundle.map((c) => ({ key: c.key, label: lang === 'en-US' ? c.en : c.zh }))
      : DEFAULT_CHECKLIST.map((k) => ({ key: k, label: t(`field.check.${k}`) }));
  }, [bundle, item.tag, item.class, lang, t]);
  const [marks, setMarks] = useState<Record<string, Mark>>({});

  const save = async () => {
    if (anomaly && !anomalyNote.trim()) {
      void message.warning(t('field.visit.anomalyNoteRequired'));
      return;
    }
    setSaving(true);
    try {
      const today = new Date().toISOString().slice(0, 10);
      const baseUpdates = [
        ...(movedOut && home?.residenceId
          ? [{ kind: 'moved_out', residenceId: home.residenceId, on: today }]
          : []),
        ...(rented && home?.houseId ? [{ kind: 'house_use', houseId: home.houseId, use: 'rented' }] : []),
      ];
      await enqueueField(
        'visit',
        '/api/field/visits',
        {
          instanceId: newInstanceId(),
          personId: item.person.id,
          tagId: item.tagId,
          mode,
          visitedAt: new Date().toISOString(),
          ...(gps.fix ? { lon: gps.fix.lon, lat: gps.fix.lat, accuracyM: gps.fix.accuracy } : {}),
          checklist: Object.fromEntries(checklist.map((c) => [c.key, marks[c.key] ?? 'not_checked'])),
          ...(note.trim() ? { note: note.trim() } : {}),
          anomaly,
          ...(anomaly ? { anomalyNote: anomalyNote.trim() } : {}),
          ...(baseUpdates.length ? { baseUpdates } : {}),
        },
        photos,
        `${item.person.name} · ${label(item)} · ${t(`field.visit.mode.${mode}`)}`,
      );
      void message.success(navigator.onLine ? t('field.saved') : t('field.savedOffline'));
      onDone();
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="visit-form">
      <Card size="small" style={{ marginBottom: 10 }}>
        <Space orientation="vertical" size={2}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {item.person.name}
          </Typography.Text>
          <Typography.Text type="secondary">{label(item)}</Typography.Text>
          {home && <Typography.Text type="secondary">{home.household.label}</Typography.Text>}
        </Space>
      </Card>
      <Card size="small" title={t('field.visit.mode')} style={{ marginBottom: 10 }}>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as typeof mode)}
          optionType="button"
          buttonStyle="solid"
          data-testid="visit-mode"
          options={(['door', 'phone', 'video'] as const).map((m) => ({
            value: m,
            label: t(`field.visit.mode.${m}`),
          }))}
        />
      </Card>
      <Card size="small" title={t('field.visit.point')} style={{ marginBottom: 10 }}>
        <GpsLine gps={gps} thresholdM={thresholdM} testid="visit-gps" />
      </Card>
      <Card size="small" title={t('field.visit.photos')} style={{ marginBottom: 10 }}>
        <PhotoPicker photos={photos} onChange={setPhotos} testid="visit-photos" />
      </Card>
      <Card size="small" title={t('field.visit.checklist')} style={{ marginBottom: 10 }}>
        {checklist.map((c) => (
          <div key={c.key} style={{ marginBottom: 8 }}>
            <div style={{ fontSize: 13, marginBottom: 4 }}>{c.label}</div>
            <Segmented<Mark>
              size="small"
              value={marks[c.key] ?? 'not_checked'}
              onChange={(v) => setMarks((m) => ({ ...m, [c.key]: v }))}
              options={MARKS.map((m) => ({ value: m, label: t(`field.mark.${m}`) }))}
              data-testid={`check-${c.key}`}
            />
          </div>
        ))}
      </Card>
      <Card size="small" style={{ marginBottom: 10 }}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('field.visit.note')}
          data-testid="visit-note"
        />
        <div style={{ marginTop: 10, display: 'flex', alignItems: 'center', gap: 8 }}>
          <Switch checked={anomaly} onChange={setAnomaly} data-testid="visit-anomaly" />
          <span>{t('field.visit.anomaly')}</span>
        </div>
        {anomaly && (
          <Input.TextArea
            rows={2}
            maxLength={2000}
            style={{ marginTop: 8 }}
            value={anomalyNote}
            onChange={(e) => setAnomalyNote(e.target.value)}
            placeholder={t('field.visit.anomalyNote')}
            data-testid="visit-anomaly-note"
          />
        )}
      </Card>
      {(home?.residenceId || home?.houseId) && (
        <Card size="small" title={t('field.visit.baseUpdates')} style={{ marginBottom: 10 }}>
          {home.residenceId && (
            <div>
              <Checkbox checked={movedOut} onChange={(e) => setMovedOut(e.target.checked)}>
                {t('field.visit.movedOut')}
              </Checkbox>
            </div>
          )}
          {home.houseId && (
            <div>
              <Checkbox checked={rented} onChange={(e) => setRented(e.target.checked)}>
                {t('field.visit.rented')}
              </Checkbox>
            </div>
          )}
        </Card>
      )}
      <Space style={{ width: '100%' }} orientation="vertical">
        <Button
          type="primary"
          block
          size="large"
          loading={saving}
          onClick={() => void save()}
          data-testid="visit-save"
        >
          {t('field.visit.save')}
        </Button>
        <Button block onClick={onDone}>
          {t('field.back')}
        </Button>
      </Space>
    </div>
  );
}
