/** Small shared pieces of the case pages: tags, category names, live deadline countdowns. */
import { Tag, Tooltip } from 'antd';
import type { CaseStatus, Urgency } from '@onegrid/domain';
import type { CaseCategory, DueState } from '../../api/cases.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { DUE_COLOR, dueStateKey, STATUS_COLOR, statusKey } from '../../lib/caseOptions.ts';
import { URGENCY_COLOR, urgencyKey } from '../../lib/options.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useNow } from '../../lib/useNow.ts';

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="case-status" data-status={status}>
      {t(statusKey(status))}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { t } = useI18n();
  return <Tag color={URGENCY_COLOR[urgency]}>{t(urgencyKey(urgency))}</Tag>;
}

export function DueTag({ state }: { state: DueState | null }) {
  const { t } = useI18n();
  if (!state) return null;
  return <Tag color={DUE_COLOR[state]}>{t(dueStateKey(state))}</Tag>;
}

export function useCategoryName(): (c: CaseCategory | null | undefined) => string {
  const { lang } = useI18n();
  return (c) => (c ? (lang === 'en-US' && c.nameEn ? c.nameEn : c.nameZh) : '—');
}

/** "2天3小时", "45分12秒": the two largest units, seconds only under an hour so the count visibly ticks. */
export function formatDuration(ms: number, t: Translate): string {
  const s = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const parts: string[] = [];
  if (d) parts.push(t('case.duration.d', { n: d }));
  if (h || d) parts.push(t('case.duration.h', { n: h }));
  if (!d) parts.push(t('case.duration.m', { n: m }));
  if (!d && !h) parts.push(t('case.duration.s', { n: sec }));
  return parts.slice(0, 2).join(' ');
}

export type CountdownState = 'ok' | 'warn' | 'overdue';

/** Green until `warnShare` of the time from start to due has passed, yellow until due, red after. */
export function countdownState(
  startIso: string,
  dueIso: string,
  now: number,
  warnShare = 0.8,
): CountdownState {
  const start = Date.parse(startIso);
  const due = Date.parse(dueIso);
  if (now >= due) return 'overdue';
  if (due > start && (now - start) / (due - start) >= warnShare) return 'warn';
  return 'ok';
}

const COUNTDOWN_COLOR: Record<CountdownState, string> = { ok: 'green', warn: 'gold', overdue: 'red' };

/** A ticking countdown to a deadline; `label` says which one (签收/办结). */
export function Countdown({
  start,
  due,
  label,
  testId,
}: {
  start: string;
  due: string;
  label?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const now = useNow(1000);
  const state = countdownState(start, due, now);
  const left = Date.parse(due) - now;
  const text =
    state === 'overdue'
      ? t('case.overdueBy', { time: formatDuration(left, t) })
      : t('case.dueIn', { time: formatDuration(left, t) });
  return (
    <Tooltip title={formatDateTime(due)}>
      <Tag
        color={COUNTDOWN_COLOR[state]}
        data-testid={testId ?? 'countdown'}
        data-state={state}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {label ? `${label} · ` : ''}
        {text}
      </Tag>
    </Tooltip>
  );
}
