import type { Notice, NoticeKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { beijingTime } from '../../lib/time.ts';
import type { NewNotification } from '../notifications/public.ts';
import * as repo from './cases.repository.ts';

/** The notification category each notice kind is stored under today (the bell's kinds). */
const STORED_KIND: Record<NoticeKind, string> = {
  assigned_lead: 'assigned',
  assigned_assist: 'assigned',
  returned: 'returned',
  arbitration: 'arbitration',
  assist_progress: 'assist_report',
  assist_report: 'assist_report',
  assist_released: 'assist_released',
  verify: 'verify',
  verify_centre: 'verify',
  closed: 'closed',
  rework: 'rework',
  reopened: 'rework',
  extension_requested: 'extension',
  extension_approved: 'extension',
  extension_rejected: 'extension',
  urge: 'urge',
};

const at = (iso: string | number | undefined) => (iso === undefined ? '' : beijingTime(new Date(iso)));

/**
 * A notice of the domain (kind + params) as today's notification row (title + body in Chinese). The one place
 * to swap when notifications are stored as kind + params and rendered in the reader's language.
 */
export function noticeTitle(
  kind: NoticeKind,
  p: Record<string, string | number>,
): { kind: string; title: string; body?: string } {
  const t = String(p.caseTitle ?? '');
  const s = (k: string) => String(p[k] ?? '');
  const text: Record<NoticeKind, [string, string?]> = {
    assigned_lead: [`新派单（主办）：${t}`, `请在 ${at(p.acceptDue)} 前签收`],
    assigned_assist: [`新派单（协办）：${t}`],
    returned: [`退单待重派：${t}`, s('reason')],
    arbitration: [`争议件待仲裁：${t}`, s('reason')],
    assist_progress: [`协办单位反馈：${t}`, s('note')],
    assist_report: [`协办单位已反馈办理情况：${t}`, s('result')],
    assist_released: [`已解除协办：${t}`, s('reason')],
    verify: [`待核查：${t}`],
    verify_centre: [`已反馈待核查：${t}`],
    closed: [`已结案：${t}`],
    rework: [`核查未通过，请重办：${t}`, s('reason')],
    reopened: [`重办：${t}`, p.comment !== undefined ? `回访不满意：${s('comment')}`.trim() : s('reason')],
    extension_requested: [`延期申请：${t}`, `${at(p.until)}：${s('reason')}`],
    extension_approved: [`延期已批准至 ${at(p.until)}：${t}`],
    extension_rejected: [`延期未批准：${t}`, s('reason')],
    urge: [`催办：${t}`, s('note')],
  };
  const [title, body] = text[kind];
  return { kind: STORED_KIND[kind], title, ...(body !== undefined ? { body } : {}) };
}

/** Notices as notification rows, their role recipients resolved for this case. */
export async function noticeRows(
  db: DbOrTx,
  c: { id: string; grid_code: string | null; district_code: string | null },
  notices: readonly Notice[],
): Promise<NewNotification[]> {
  const out: NewNotification[] = [];
  let centre: Awaited<ReturnType<typeof repo.dispatchUnitFor>> | null = null;
  let workers: string[] | null = null;
  for (const n of notices) {
    const row = { caseId: c.id, ...noticeTitle(n.kind, n.params) };
    if ('unitId' in n.to) out.push({ ...row, unitId: n.to.unitId });
    else if ('userId' in n.to) out.push({ ...row, userId: n.to.userId });
    else if (n.to.role === 'dispatch_centre') {
      centre ??= (await repo.dispatchUnitFor(db, c.district_code)) ?? null;
      if (centre) out.push({ ...row, unitId: centre.id });
    } else {
      workers ??= c.grid_code ? await repo.gridWorkerIds(db, c.grid_code) : [];
      for (const userId of workers) out.push({ ...row, userId });
    }
  }
  return out;
}

/** A system-written timeline note (data.noteKey + data.noteParams) in today's language of the timeline. */
export function eventNoteText(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const { noteKey, noteParams } = data as { noteKey?: string; noteParams?: Record<string, string> };
  const p = noteParams ?? {};
  const text: Record<string, (() => string) | undefined> = {
    'case.note.mergedChild': () => `并入重复诉求 ${p.childId ?? ''}`,
    'case.note.mergedInto': () => `已并入 ${p.parentId ?? ''}，请关注该诉求的办理进展`,
    'case.note.reopenUnsatisfied': () => `回访不满意：${p.comment ?? ''}`.trim(),
  };
  return noteKey ? (text[noteKey]?.() ?? null) : null;
}
