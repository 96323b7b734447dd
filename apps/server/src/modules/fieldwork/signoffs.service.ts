import { signoffLight, signoffState, type SignoffState } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { AppError, conflict, notFound } from '../../lib/errors.ts';
import { readableVisit } from './photos.service.ts';

/** Who signs for visit anomalies: the staff of the responsible unit (a department, a street office). */
function requireSigner(actor: Actor) {
  if (!hasRole(actor, 'handler', 'dispatcher', 'street_lead')) throw new AppError('FORBIDDEN');
}

function signoffQuery(db: DbOrTx) {
  return db
    .selectFrom('visit_signoff as s')
    .innerJoin('visit as v', 'v.id', 's.visit_id')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .innerJoin('app_user as w', 'w.id', 'v.worker_id')
    .leftJoin('app_user as sb', 'sb.id', 's.signed_by')
    .leftJoin('grid as g', 'g.code', 'v.grid_code')
    .select([
      's.id',
      's.unit_id',
      's.yellow_at',
      's.red_at',
      's.signed_at',
      's.reply',
      's.replied_at',
      'sb.name as signed_by_name',
      'v.id as visit_id',
      'v.visited_at',
      'v.mode',
      'v.tag',
      'v.anomaly_note',
      'p.name_masked',
      'w.name as worker_name',
      'g.name as grid_name',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof signoffQuery>['executeTakeFirstOrThrow']>>;

export function signoffOut(r: Row, now = new Date()) {
  const clock = { yellowAt: r.yellow_at, redAt: r.red_at, signedAt: r.signed_at, repliedAt: r.replied_at };
  return {
    id: r.id,
    state: signoffState(clock),
    light: signoffLight(clock, now),
    yellowAt: r.yellow_at.toISOString(),
    redAt: r.red_at.toISOString(),
    signedAt: r.signed_at?.toISOString() ?? null,
    signedBy: r.signed_by_name,
    reply: r.reply,
    repliedAt: r.replied_at?.toISOString() ?? null,
    visit: {
      id: r.visit_id,
      visitedAt: r.visited_at.toISOString(),
      mode: r.mode,
      // the unit responsible for the tag sees it (the base data's class rule: its responsible department)
      tag: r.tag,
      anomalyNote: r.anomaly_note,
      person: r.name_masked,
      worker: r.worker_name,
      grid: r.grid_name,
    },
  };
}

/** The caller's unit's sign-offs by state: pending (red first, then yellow), signed, replied. */
export async function listSignoffs(db: Db, actor: Actor, q: { state: SignoffState }) {
  requireSigner(actor);
  let query = signoffQuery(db).where('s.unit_id', '=', actor.unitId);
  if (q.state === 'pending') query = query.where('s.signed_at', 'is', null).orderBy('s.red_at');
  else if (q.state === 'signed')
    query = query
      .where('s.signed_at', 'is not', null)
      .where('s.replied_at', 'is', null)
      .orderBy('s.signed_at');
  else query = query.where('s.replied_at', 'is not', null).orderBy('s.replied_at', 'desc');
  const rows = await query.limit(500).execute();
  const now = new Date();
  const items = rows.map((r) => signoffOut(r, now));
  const counts = await db
    .selectFrom('visit_signoff')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('signed_at', 'is', null).as('pending'),
      eb.fn
        .countAll<number>()
        .filterWhere('signed_at', 'is not', null)
        .filterWhere('replied_at', 'is', null)
        .as('signed'),
      eb.fn.countAll<number>().filterWhere('replied_at', 'is not', null).as('replied'),
    ])
    .where('unit_id', '=', actor.unitId)
    .executeTakeFirstOrThrow();
  return {
    items,
    counts: {
      pending: Number(counts.pending),
      signed: Number(counts.signed),
      replied: Number(counts.replied),
    },
  };
}

async function ownSignoff(db: DbOrTx, actor: Actor, id: string) {
  requireSigner(actor);
  const r = await signoffQuery(db).where('s.id', '=', id).forUpdate('s').executeTakeFirst();
  if (!r || r.unit_id !== actor.unitId) throw notFound('signoff');
  return r;
}

/** 签收: the unit signs for the anomaly (once). */
export async function signSignoff(db: Db, actor: Actor, id: string) {
  await db.transaction().execute(async (tx) => {
    const r = await ownSignoff(tx, actor, id);
    if (r.signed_at) throw conflict('signoff_signed');
    await tx
      .updateTable('visit_signoff')
      .set({ signed_at: new Date(), signed_by: actor.userId })
      .where('id', '=', id)
      .execute();
  });
  return signoffOut(await signoffQuery(db).where('s.id', '=', id).executeTakeFirstOrThrow());
}

/** The unit's reply (what it did), after signing, once. */
export async function replySignoff(db: Db, actor: Actor, id: string, reply: string) {
  await db.transaction().execute(async (tx) => {
    const r = await ownSignoff(tx, actor, id);
    if (!r.signed_at) throw conflict('signoff_not_signed');
    if (r.replied_at) throw conflict('signoff_replied');
    await tx
      .updateTable('visit_signoff')
      .set({ reply, replied_at: new Date() })
      .where('id', '=', id)
      .execute();
  });
  return signoffOut(await signoffQuery(db).where('s.id', '=', id).executeTakeFirstOrThrow());
}

/** A visit with its sign-off state, to whoever may read the visit (its worker; the street; the department). */
export async function getVisit(db: Db, actor: Actor, id: string) {
  await readableVisit(db, actor, id, 'visit');
  const v = await db.selectFrom('visit').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const s = await signoffQuery(db).where('s.visit_id', '=', id).executeTakeFirst();
  return {
    id: v.id,
    personId: v.person_id,
    workerId: v.worker_id,
    mode: v.mode,
    visitedAt: v.visited_at.toISOString(),
    anomaly: v.anomaly,
    anomalyNote: v.anomaly_note,
    checklist: v.checklist as Record<string, string>,
    note: v.note,
    uploadIds: v.upload_ids,
    version: v.version,
    // the tag's type is the responsible unit's to see here; others see the state only
    signoff: s
      ? {
          ...signoffOut(s),
          visit: { ...signoffOut(s).visit, tag: s.unit_id === actor.unitId ? s.tag : null },
        }
      : null,
  };
}
