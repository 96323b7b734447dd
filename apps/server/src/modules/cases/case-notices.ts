import type { CaseNoticeKind, Notice, NoticeKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { NewNotification } from '../notifications/public.ts';
import * as repo from './cases.repository.ts';

/**
 * A notice of the lifecycle (packages/domain applyAction) as the notification it is stored as: a notification
 * kind (packages/domain notice.ts, which also says which roles of a unit read it) and its parameters, rendered in
 * the reader's language by the notifications module. What a person typed (a reason, a result, a comment) travels
 * as the `note` parameter, shown as the body.
 */
const STORED_KIND: Record<CaseNoticeKind, NoticeKind> = {
  assigned_lead: 'assigned',
  assigned_assist: 'assigned_assist',
  returned: 'return_queued',
  arbitration: 'arbitration',
  assist_progress: 'assist_reported',
  assist_report: 'assist_reported',
  assist_released: 'assist_released',
  verify: 'verify',
  verify_centre: 'reported',
  closed: 'closed',
  rework: 'verify_failed',
  reopened: 'reopen',
  extension_requested: 'extension_requested',
  extension_approved: 'extension_approved',
  extension_rejected: 'extension_rejected',
  urge: 'urge',
};

const iso = (v: string | number | undefined) => (v === undefined ? undefined : new Date(v).toISOString());

export function noticeNotification(kind: CaseNoticeKind, p: Record<string, string | number>) {
  const params: Record<string, string | number> = { caseTitle: String(p.caseTitle ?? '') };
  const due = iso(p.acceptDue);
  if (due) params.due = due;
  const until = iso(p.until);
  if (until) params.until = until;
  const note = p.note ?? p.reason ?? p.result ?? p.comment;
  if (note !== undefined && note !== '') params.note = String(note);
  return { kind: STORED_KIND[kind], params };
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
    const row = { caseId: c.id, ...noticeNotification(n.kind, n.params) };
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
