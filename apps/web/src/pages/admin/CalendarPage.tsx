import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { ResponseOf } from '../../api/contract.ts';
import type { CalendarDay, DurationUnit } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { GlobalReadOnlyNote, PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DURATION_UNITS, durationUnitKey, options } from '../../lib/options.ts';
import { formatDateTime, nowInShanghai, shanghaiWallTimeToIso } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import './calendar.css';

type DayKind = 'workday' | 'holiday';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Calendar dates as plain Y-M-D, independent of any time zone. */
function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}

function isWeekend(y: number, m: number, d: number): boolean {
  const wd = new Date(Date.UTC(y, m, d)).getUTCDay();
  return wd === 0 || wd === 6;
}

function MonthGrid({
  year,
  month,
  days,
  today,
  onPick,
}: {
  year: number;
  month: number;
  days: Map<string, CalendarDay>;
  today: string;
  /** Absent when the user may not set overrides: days are then shown, not clickable. */
  onPick?: (date: string) => void;
}) {
  const { t, lang } = useI18n();
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay(); // 0 = Sunday
  const offset = (first + 6) % 7; // Monday first, as Chinese calendars are
  const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (number | null)[] = [
    ...Array<null>(offset).fill(null),
    ...Array.from({ length: count }, (_, i) => i + 1),
  ];
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month, 1)),
  );
  return (
    <div className="og-month">
      <div className="og-month-title">{monthName}</div>
      <div className="og-month-grid">
        {t('calendar.weekdays')
          .split(',')
          .map((w, i) => (
            <div key={w} className={`og-wd ${i >= 5 ? 'og-wd-weekend' : ''}`}>
              {w}
            </div>
          ))}
        {cells.map((d, i) => {
          if (d === null) return <div key={`e${i}`} />;
          const date = ymd(year, month, d);
          const info = days.get(date);
          const weekend = isWeekend(year, month, d);
          const cls = ['og-day'];
          if (info?.kind === 'holiday') cls.push('og-day-holiday');
          else if (info?.kind === 'workday' && weekend) cls.push('og-day-makeup');
          else if (info?.kind === 'workday') cls.push('og-day-work');
          else if (weekend) cls.push('og-day-weekend');
          if (info?.source === 'override') cls.push('og-day-override');
          if (date === today) cls.push('og-day-today');
          const title = [date, info?.name, info?.source === 'override' ? t('calendar.override') : null]
            .filter(Boolean)
            .join(' · ');
          const content = (
            <>
              {d}
              {info?.kind === 'holiday' && (
                <span className="og-day-mark">{lang === 'zh-CN' ? '休' : 'H'}</span>
              )}
              {info?.kind === 'workday' && (
                <span className="og-day-mark">{lang === 'zh-CN' ? '班' : 'W'}</span>
              )}
            </>
          );
          if (!onPick) {
            cls.push('og-day-static');
            return (
              <span key={date} className={cls.join(' ')} title={title} data-date={date}>
                {content}
              </span>
            );
          }
          return (
            <button
              key={date}
              type="button"
              className={cls.join(' ')}
              title={title}
              onClick={() => onPick(date)}
              data-date={date}
            >
              {content}
            </button>
          );
        })}
      </div>
    </div>
  );
}

function DayModal({
  date,
  info,
  onClose,
}: {
  date: string | null;
  info: CalendarDay | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [note, setNote] = useState(info?.source === 'override' ? (info.name ?? '') : '');
  const weekend = date
    ? isWeekend(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
    : false;
  const isWork = info ? info.kind === 'workday' : !weekend;
  const year = date ? Number(date.slice(0, 4)) : 0;

  const done = () => {
    void message.success(t('common.saved'));
    void qc.invalidateQueries({ queryKey: qk.calendar(year) });
    onClose();
  };
  const set = useMutation({
    mutationFn: (kind: DayKind) => api.put(`/api/calendar/overrides/${date}`, { kind, note: note.trim() }),
    onSuccess: done,
    onError: showError,
  });
  const unset = useMutation({
    mutationFn: () => api.delete(`/api/calendar/overrides/${date}`),
    onSuccess: done,
    onError: showError,
  });

  return (
    <Modal
      open={date !== null}
      title={t('calendar.dayTitle', { date: date ?? '' })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text>
          {t('calendar.currentKind', {
            kind: isWork ? t('calendar.kindWorkday') : t('calendar.kindRestday'),
          })}
          {info?.name ? ` · ${info.name}` : ''}
          {info
            ? ` · ${info.source === 'override' ? t('calendar.override') : info.kind === 'holiday' ? t('calendar.holiday') : t('calendar.workday')}`
            : ''}
        </Typography.Text>
        <Input
          placeholder={t('calendar.overrideNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={100}
        />
        <Space wrap>
          <Button
            type={isWork ? 'default' : 'primary'}
            loading={set.isPending}
            onClick={() => set.mutate('workday')}
          >
            {t('calendar.setOverride')} {t('calendar.kindWorkday')}
          </Button>
          <Button
            type={isWork ? 'primary' : 'default'}
            loading={set.isPending}
            onClick={() => set.mutate('holiday')}
          >
            {t('calendar.setOverride')} {t('calendar.kindRestday')}
          </Button>
          {info?.source === 'override' && (
            <Button danger loading={unset.isPending} onClick={() => unset.mutate()}>
              {t('calendar.removeOverride')}
            </Button>
          )}
        </Space>
      </Space>
    </Modal>
  );
}

function AddTester() {
  const { t } = useI18n();
  const showError = useShowError();
  const [start, setStart] = useState<Dayjs>(() => nowInShanghai().startOf('minute'));
  const [value, setValue] = useState<number>(3);
  const [unit, setUnit] = useState<DurationUnit>('working_days');
  const [due, setDue] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const compute = async () => {
    setLoading(true);
    try {
      const r = await api.get<ResponseOf<'/api/calendar/add', 'get'>>('/api/calendar/add', {
        start: shanghaiWallTimeToIso(start),
        value,
        unit,
      });
      setDue(r.due);
    } catch (e) {
      setDue(null);
      showError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Card title={t('calendar.tester')} size="small">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('calendar.testerHint')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void compute()}>
        <Form.Item label={t('calendar.start')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={start}
            onChange={(v) => v && setStart(v)}
            allowClear={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('calendar.value')}>
          <Space.Compact block>
            <InputNumber
              min={1}
              max={10000}
              precision={0}
              value={value}
              onChange={(v) => setValue(v ?? 1)}
              style={{ width: '40%' }}
            />
            <Select<DurationUnit>
              value={unit}
              onChange={setUnit}
              options={options(DURATION_UNITS, durationUnitKey, t)}
              style={{ width: '60%' }}
            />
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} block>
          {t('calendar.compute')}
        </Button>
      </Form>
      {due && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          title={
            <span>
              {t('calendar.due')}: <b data-testid="calendar-due">{formatDateTime(due)}</b>
            </span>
          }
        />
      )}
    </Card>
  );
}

export default function CalendarPage() {
  const { t } = useI18n();
  const editable = canEditGlobal(useAuth().me);
  const today = nowInShanghai().format('YYYY-MM-DD');
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const [picked, setPicked] = useState<string | null>(null);
  const cal = useQuery({
    queryKey: qk.calendar(year),
    queryFn: () => api.get<ResponseOf<'/api/calendar', 'get'>>('/api/calendar', { year }),
  });

  const days = useMemo(() => {
    const m = new Map<string, CalendarDay>();
    for (const d of cal.data?.days ?? []) {
      const prev = m.get(d.date);
      if (!prev || d.source === 'override') m.set(d.date, d);
    }
    return m;
  }, [cal.data]);

  const stats = useMemo(() => {
    let holidays = 0;
    let workdays = 0;
    let overrides = 0;
    for (const d of days.values()) {
      if (d.source === 'override') overrides++;
      else if (d.kind === 'holiday') holidays++;
      else workdays++;
    }
    return { holidays, workdays, overrides };
  }, [days]);

  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 2 + i);

  return (
    <div>
      <PageHeader
        title={t('calendar.title')}
        extra={
          <Space.Compact>
            <Button
              icon={<LeftOutlined />}
              onClick={() => setYear((y) => y - 1)}
              aria-label="previous year"
            />
            <Select
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 100 }}
              data-testid="calendar-year"
            />
            <Button icon={<RightOutlined />} onClick={() => setYear((y) => y + 1)} aria-label="next year" />
          </Space.Compact>
        }
      />
      {!editable && <GlobalReadOnlyNote />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card size="small">
            {cal.error && (
              <Alert type="error" title={t('common.loadFailed', { message: cal.error.message })} />
            )}
            <Spin spinning={cal.isFetching}>
              <div className="og-year" data-testid="calendar-grid">
                {Array.from({ length: 12 }, (_, m) => (
                  <MonthGrid
                    key={m}
                    year={year}
                    month={m}
                    days={days}
                    today={today}
                    onPick={editable ? setPicked : undefined}
                  />
                ))}
              </div>
            </Spin>
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('calendar.legend')}>
              <div className="og-legend">
                <span>
                  <i className="og-day og-day-holiday">1</i>
                  {t('calendar.holiday')}
                </span>
                <span>
                  <i className="og-day og-day-makeup">1</i>
                  {t('calendar.workday')}
                </span>
                <span>
                  <i className="og-day og-day-weekend">1</i>
                  {t('calendar.weekend')}
                </span>
                <span>
                  <i className="og-day og-day-override">1</i>
                  {t('calendar.override')}
                </span>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('calendar.stats', stats)}
              </Typography.Text>
            </Card>
            <AddTester />
          </Space>
        </Col>
      </Row>
      <DayModal
        key={picked ?? 'none'}
        date={picked}
        info={picked ? days.get(picked) : undefined}
        onClose={() => setPicked(null)}
      />
    </div>
  );
}
