import {
  decideForward,
  decideSendBack,
  deskOf,
  deskRefusal,
  FORWARDED_STATUS,
  isDeskAction,
  isDeskRefusal,
  SENT_BACK_STATUS,
  type CaseAction,
  type Desk,
  type DeskLevel,
  type DeskRefusal,
  type ForwardRefusal,
} from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, invalid, notFound, type AppError } from '../../lib/errors.ts';
import type { ConflictReason } from '../../lib/i18n.details.ts';
import { idempotent, requestHash, type Outcome } from '../../lib/idempotency.ts';
import type { Case } from './case-types.ts';
import { notify } from '../notifications/public.ts';
import { writeCaseEvent } from './case-events.ts';
import * as repo from './cases.repository.ts';
import * as fwd from './forwarding.repository.ts';
import { canSee } from './relations.ts';

/**
 * 转派 and 退回上级 between dispatch desks (city 12345 centre → district centre → street office): lock the case,
 * load the desks, ask the domain (decideForward / decideSendBack), move the case's desk, set its status, write the
 * timeline event and the audit row — one transaction. Deadlines are not touched: the clock keeps running on the
 * working calendar through forwarding and sending back (only suspension stops it, DESIGN.md §4).
 */

const REASONS: Record<ForwardRefusal, ConflictReason> = {
  NOT_A_DESK: 'desk_not_a_desk',
  NOT_AT_YOUR_DESK: 'desk_not_at_your_desk',
  NOT_AT_A_DESK: 'desk_not_at_a_desk',
  NOT_BELOW: 'desk_not_below',
  OUTSIDE_TARGET: 'desk_outside_target',
  TOP_DESK: 'desk_top',
  NO_DESK_ABOVE: 'desk_no_desk_above',
  HELD_BY_OTHER_DESK: 'desk_dispatch_held',
};
/** A caller without a desk role (or whose unit keeps no desk) is forbidden; the rest conflict with the case's state. */
const refusalError = (r: DeskRefusal): AppError =>
  r.refused === 'NOT_A_DESK' ? forbidden() : conflict(REASONS[r.refused]);

const deskFrom = (u: fwd.DeskUnitRow | undefined): Desk | null =>
  u ? deskOf({ id: u.id, kind: u.kind, level: u.level, jurisdictionPath: u.jurisdiction_path }) : null;

/** The region code just above the desk's own (its district for a street, the city for a district). */
function codeAbove(desk: Desk): string | null {
  const codes = desk.jurisdictionPath.split('/').filter(Boolean);
  return codes.length >= 2 ? codes[codes.length - 2]! : null;
}

interface Loaded {
  c: Case;
  holder: Desk | null;
  forwardedFrom: Desk | null;
  actorDesk: Desk | null;
}

async function load(tx: DbOrTx, actor: Actor, c: Case): Promise<Loaded> {
  const row = await fwd.caseDeskOf(tx, c.id);
  const [holder, from, mine] = await Promise.all([
    row ? fwd.findDeskUnit(tx, row.desk_unit_id) : undefined,
    row?.forwarded_from_unit_id ? fwd.findDeskUnit(tx, row.forwarded_from_unit_id) : undefined,
    fwd.findDeskUnit(tx, actor.unitId),
  ]);
  return { c, holder: deskFrom(holder), forwardedFrom: deskFrom(from), actorDesk: deskFrom(mine) };
}

/** Where the desk holding the case would send it back (the domain's decideSendBack), with the desk unit's row. */
async function sendBackOf(
  db: DbOrTx,
  actor: Actor,
  c: Case,
  l: Loaded,
): Promise<DeskRefusal | { to: fwd.DeskUnitRow | undefined }> {
  const above = l.actorDesk ? codeAbove(l.actorDesk) : null;
  const aboveRow = above ? await fwd.deskUnitAt(db, above) : undefined;
  const out = decideSendBack({
    roles: actor.roles,
    actorDesk: l.actorDesk,
    holder: l.holder,
    forwardedFrom: l.forwardedFrom,
    deskAbove: deskFrom(aboveRow),
    casePath: c.region_path,
    status: c.status,
  });
  if (isDeskRefusal(out)) return out;
  return { to: out.to.unitId === aboveRow?.id ? aboveRow : await fwd.findDeskUnit(db, out.to.unitId) };
}

/**
 * The desk holding the case and the caller's own (units rows; undefined: the case never moved between desks, or the
 * caller's unit keeps no desk) — what the domain's deskRefusal judges desk-level actions by.
 */
async function desksOf(
  db: DbOrTx,
  actor: Actor | null,
  caseId: string,
): Promise<{ holder: fwd.DeskUnitRow | undefined; mine: fwd.DeskUnitRow | undefined }> {
  const row = await fwd.caseDeskOf(db, caseId);
  if (!row) return { holder: undefined, mine: undefined };
  const [holder, mine] = await Promise.all([
    fwd.findDeskUnit(db, row.desk_unit_id),
    actor ? fwd.findDeskUnit(db, actor.unitId) : undefined,
  ]);
  return { holder, mine };
}

/**
 * The one desk check of the case action pipeline (actions.service.ts asks it before every action): a desk-level
 * action on a case another desk holds is refused with that desk's name (409; dispatch keeps its own wording).
 * Other actions cost nothing here: the domain says which actions are the desk's before anything is read.
 */
export async function requireHoldingDesk(
  db: DbOrTx,
  actor: Actor | null,
  c: Pick<Case, 'id' | 'status'>,
  action: CaseAction,
): Promise<void> {
  if (!isDeskAction(action)) return;
  const { holder, mine } = await desksOf(db, actor, c.id);
  if (!deskRefusal(action, { actorDesk: deskFrom(mine), holder: deskFrom(holder), status: c.status })) return;
  throw action === 'dispatch'
    ? conflict('desk_dispatch_held', { desk: holder!.name })
    : conflict('desk_action_held', { desk: holder!.name, action });
}

/** Which actions the desk holding the case leaves to the caller: the case page offers only those (cases.query.ts). */
export async function deskAllows(
  db: DbOrTx,
  actor: Actor | null,
  c: Pick<Case, 'id' | 'status'>,
): Promise<(action: CaseAction) => boolean> {
  const { holder, mine } = await desksOf(db, actor, c.id);
  const desks = { actorDesk: deskFrom(mine), holder: deskFrom(holder), status: c.status };
  return (action) => deskRefusal(action, desks) === null;
}

async function lockVisible(tx: DbOrTx, actor: Actor, caseId: string): Promise<Case> {
  const c = await repo.lockCase(tx, caseId);
  if (!c || !canSee(actor, c, await repo.assignmentsOf(tx, caseId))) throw notFound('case');
  return c;
}

async function move(
  tx: DbOrTx,
  actor: Actor,
  c: Case,
  to: fwd.DeskUnitRow,
  forwardedFrom: string | null,
  e: { action: 'forward' | 'send_back'; toStatus: Case['status']; note: string | null },
): Promise<void> {
  await fwd.putCaseDesk(tx, {
    caseId: c.id,
    districtCode: c.district_code,
    deskUnitId: to.id,
    forwardedFromUnitId: forwardedFrom,
  });
  if (e.toStatus !== c.status) await repo.updateCase(tx, c.id, { status: e.toStatus });
  await writeCaseEvent(tx, {
    caseId: c.id,
    action: e.action,
    fromStatus: c.status,
    toStatus: e.toStatus,
    actorId: actor.userId,
    actorName: actor.name,
    unitId: actor.unitId,
    note: e.note,
    // in words in the reader's language (web i18n note.desk_forward / note.desk_send_back); the note is the person's
    data: {
      toUnitId: to.id,
      toLevel: to.level,
      noteKey: e.action === 'forward' ? 'desk_forward' : 'desk_send_back',
      noteParams: { unit: to.name, remark: e.note ?? '' },
    },
    public: false,
  });
  // the desk it moved to hears of it: a case to dispatch, or one sent back with the reason as the body
  await notify(tx, [
    {
      unitId: to.id,
      caseId: c.id,
      kind: e.action === 'forward' ? 'queued' : 'return_queued',
      params: { caseTitle: c.title ?? '', note: e.note ?? '' },
    },
  ]);
  await writeAudit(tx, actor, {
    action: 'update',
    entity: 'case',
    entityId: c.id,
    before: { status: c.status },
    after: { action: e.action, status: e.toStatus, deskUnitId: to.id },
  });
}

/** 转派: the desk holding the case hands it to a desk below (a district's centre, a street's office). */
export async function forwardCase(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: { toUnitId: string; note?: string | undefined },
  idempotencyKey?: string,
): Promise<Outcome<{ id: string }>> {
  return idempotent(
    ctx.db,
    `forward:${actor.userId}`,
    idempotencyKey,
    async (tx) => {
      const c = await lockVisible(tx, actor, caseId);
      const l = await load(tx, actor, c);
      const targetRow = await fwd.findDeskUnit(tx, body.toUnitId);
      const target = targetRow?.active ? deskFrom(targetRow) : null;
      if (!targetRow || !target) throw invalid([{ path: 'toUnitId', key: 'unknown_unit' }]);
      const out = decideForward({
        roles: actor.roles,
        actorDesk: l.actorDesk,
        holder: l.holder,
        casePath: c.region_path,
        status: c.status,
        target,
      });
      if (isDeskRefusal(out)) throw refusalError(out);
      await move(tx, actor, c, targetRow, l.actorDesk!.unitId, {
        action: 'forward',
        toStatus: FORWARDED_STATUS,
        note: body.note ?? null,
      });
      return { status: 200, body: { id: caseId } };
    },
    requestHash({ caseId, action: 'forward', body }),
  );
}

/** 退回上级: the desk holding the case sends it up one level with a reason. */
export async function sendBackCase(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: { reason: string },
  idempotencyKey?: string,
): Promise<Outcome<{ id: string }>> {
  return idempotent(
    ctx.db,
    `send_back:${actor.userId}`,
    idempotencyKey,
    async (tx) => {
      const c = await lockVisible(tx, actor, caseId);
      const l = await load(tx, actor, c);
      const out = await sendBackOf(tx, actor, c, l);
      if (isDeskRefusal(out)) throw refusalError(out);
      await move(tx, actor, c, out.to!, null, {
        action: 'send_back',
        toStatus: SENT_BACK_STATUS,
        note: body.reason,
      });
      return { status: 200, body: { id: caseId } };
    },
    requestHash({ caseId, action: 'send_back', body }),
  );
}

interface DeskView {
  unitId: string;
  unitName: string;
  level: DeskLevel;
}
const view = (u: fwd.DeskUnitRow): DeskView => ({
  unitId: u.id,
  unitName: u.name,
  level: u.level as DeskLevel,
});

/**
 * Where the case sits, where the caller may forward it, whether they may send it back, and the latest send-back's
 * reason — what the case page's desk panel shows. The same domain rules answer as the actions would.
 */
export async function caseDesk(db: DbOrTx, actor: Actor, caseId: string) {
  const c = await repo.findCase(db, caseId);
  if (!c || !canSee(actor, c, await repo.assignmentsOf(db, caseId))) throw notFound('case');
  const l = await load(db, actor, c);
  const row = await fwd.caseDeskOf(db, caseId);
  const holderRow = row ? await fwd.findDeskUnit(db, row.desk_unit_id) : undefined;
  const candidates = await fwd.deskUnitsAt(
    db,
    [c.district_code, c.street_code].filter((x): x is string => Boolean(x)),
  );
  const targets = candidates.filter((u) => {
    const target = deskFrom(u);
    return (
      target !== null &&
      !isDeskRefusal(
        decideForward({
          roles: actor.roles,
          actorDesk: l.actorDesk,
          holder: l.holder,
          casePath: c.region_path,
          status: c.status,
          target,
        }),
      )
    );
  });
  const back = await sendBackOf(db, actor, c, l);
  const sendBackTo = isDeskRefusal(back) ? undefined : back.to;
  const sent = await fwd.lastSentBack(db, caseId);
  return {
    desk: holderRow ? view(holderRow) : null,
    movedAt: row?.moved_at ?? null,
    targets: targets.map(view),
    sendBackTo: sendBackTo ? view(sendBackTo) : null,
    lastSentBack: sent
      ? { reason: sent.note ?? '', at: sent.at, byName: sent.actor_name, byUnitName: sent.unit_name }
      : null,
  };
}
