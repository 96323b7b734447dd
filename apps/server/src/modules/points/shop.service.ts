import { checkRedemption, redemptionStep, balanceOf } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { findCommunity, requireCommunityStaff, staffCommunity } from '../regions/public.ts';
import { verificationOf } from '../participation/votes.service.ts';
import { getHousehold, houseOfPerson, households } from './households.ts';
import type { CounterRedeemIn, GoodEdit, NewGood, RedeemIn } from './points.io.ts';
import {
  asEntry,
  entriesOf,
  ledger,
  lockHousehold,
  MANAGERS,
  READERS,
  redemptionsOf,
  SCORERS,
} from './points.service.ts';

// ---- 积分超市: goods ------------------------------------------------------------------------------------------

export async function goodsOf(db: DbOrTx, communityCode: string, activeOnly: boolean) {
  const rows = await db
    .selectFrom('points_good')
    .selectAll()
    .where('community_code', '=', communityCode)
    .$if(activeOnly, (q) => q.where('active', '=', true))
    .orderBy('price')
    .orderBy('name')
    .execute();
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    price: g.price,
    stock: g.stock,
    active: g.active,
  }));
}

export async function listGoods(db: DbOrTx, actor: Actor, communityCode?: string) {
  const c = await staffCommunity(db, actor, communityCode, READERS);
  return { items: await goodsOf(db, c.code, false) };
}

export async function createGood(db: Db, actor: Actor, input: NewGood) {
  const c = await staffCommunity(db, actor, input.communityCode, MANAGERS);
  return db.transaction().execute(async (tx) => {
    const g = await tx
      .insertInto('points_good')
      .values({
        community_code: c.code,
        region_path: c.path,
        name: input.name,
        description: input.description,
        price: input.price,
        stock: input.stock,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, { action: 'create', entity: 'points_good', entityId: g.id, after: input });
    return (await goodsOf(tx, c.code, false)).find((x) => x.id === g.id)!;
  });
}

/** Name, price, stock (a count after restocking) and whether it is offered. */
export async function updateGood(db: Db, actor: Actor, id: string, input: GoodEdit) {
  return db.transaction().execute(async (tx) => {
    const g = await tx
      .selectFrom('points_good')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!g) throw notFound('points_good');
    requireCommunityStaff(actor, { path: g.region_path }, MANAGERS, 'points_good');
    await tx
      .updateTable('points_good')
      .set({
        name: input.name,
        description: input.description,
        price: input.price,
        stock: input.stock,
        active: input.active,
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'points_good',
      entityId: id,
      before: g,
      after: input,
    });
    return (await goodsOf(tx, g.community_code, false)).find((x) => x.id === id)!;
  });
}

// ---- redemptions -----------------------------------------------------------------------------------------------

/**
 * One redemption, atomically: the good's row is locked (stock) and the household's ledger is serialised (balance);
 * the domain rule decides; the stock goes down and the points are held by the redemption until it is cancelled.
 */
async function redeem(
  db: Db,
  actor: Actor,
  houseId: string,
  communityCode: string,
  input: RedeemIn,
  channel: 'counter' | 'resident',
) {
  return db.transaction().execute(async (tx) => {
    const again = await tx
      .selectFrom('points_redemption')
      .select(['id', 'house_id'])
      .where('idempotency_key', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (again) return ledger(tx, again.house_id, channel === 'counter');
    await lockHousehold(tx, houseId);
    const g = await tx
      .selectFrom('points_good')
      .selectAll()
      .where('id', '=', input.goodId)
      .forUpdate()
      .executeTakeFirst();
    if (!g || g.community_code !== communityCode) throw notFound('points_good');
    const [entries, reds] = await Promise.all([
      entriesOf(tx, { houseIds: [houseId] }),
      redemptionsOf(tx, [houseId]),
    ]);
    const { balance } = balanceOf(entries.map(asEntry), reds);
    const why = checkRedemption(balance, g, input.quantity);
    if (why) throw conflict(`points_${why}`, { stock: g.stock, cost: g.price * input.quantity, balance });
    await tx
      .updateTable('points_good')
      .set({ stock: sql`stock - ${input.quantity}` })
      .where('id', '=', g.id)
      .execute();
    const r = await tx
      .insertInto('points_redemption')
      .values({
        community_code: g.community_code,
        region_path: g.region_path,
        house_id: houseId,
        good_id: g.id,
        quantity: input.quantity,
        points: g.price * input.quantity,
        channel,
        requested_by: actor.userId,
        // at the counter the goods are handed over at once
        ...(channel === 'counter'
          ? { status: 'handed' as const, handled_by: actor.userId, handled_at: new Date() }
          : {}),
        idempotency_key: input.idempotencyKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'points_redemption',
      entityId: r.id,
      after: { houseId, goodId: g.id, quantity: input.quantity, channel },
    });
    return ledger(tx, houseId, channel === 'counter');
  });
}

/** At the counter: staff redeem for a household of their community and hand the goods over. */
export async function redeemAtCounter(db: Db, actor: Actor, input: CounterRedeemIn) {
  requireRole(actor, ...SCORERS);
  const h = await getHousehold(db, input.houseId);
  const c = await findCommunity(db, h.communityCode);
  requireCommunityStaff(actor, c, SCORERS, 'house');
  return redeem(db, actor, h.houseId, c.code, input, 'counter');
}

/** The verified resident's household (their current house in their community). */
export async function myHousehold(db: DbOrTx, actor: Actor) {
  requireRole(actor, 'resident');
  const me = await verificationOf(db, actor);
  if (!me) throw conflict('vote_not_verified');
  const houseId = await houseOfPerson(db, me.personId, me.communityCode);
  if (!houseId) throw conflict('points_no_household');
  return { houseId, communityCode: me.communityCode };
}

/** A verified resident asks to redeem for their own household; staff hand it over (or cancel). */
export async function redeemAsResident(db: Db, actor: Actor, input: RedeemIn) {
  const mine = await myHousehold(db, actor);
  return redeem(db, actor, mine.houseId, mine.communityCode, input, 'resident');
}

async function stepRedemption(
  db: Db,
  actor: Actor,
  id: string,
  step: 'hand' | 'cancel',
  allowed: (r: { house_id: string; region_path: string }) => Promise<void>,
) {
  return db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('points_redemption')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw notFound('points_redemption');
    await allowed(r);
    const next = redemptionStep(r.status, step);
    if (!next.ok) throw conflict('points_redemption_wrong_state', { status: r.status });
    await tx
      .updateTable('points_redemption')
      .set({ status: next.to, handled_by: actor.userId, handled_at: new Date() })
      .where('id', '=', id)
      .execute();
    // a cancelled redemption gives the stock back (and, by the balance rule, the points)
    if (next.to === 'cancelled')
      await tx
        .updateTable('points_good')
        .set({ stock: sql`stock + ${r.quantity}` })
        .where('id', '=', r.good_id)
        .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'points_redemption',
      entityId: id,
      after: { step },
    });
    return r.house_id;
  });
}

export async function stepRedemptionByStaff(db: Db, actor: Actor, id: string, step: 'hand' | 'cancel') {
  const houseId = await stepRedemption(db, actor, id, step, (r) => {
    requireCommunityStaff(actor, { path: r.region_path }, SCORERS, 'points_redemption');
    return Promise.resolve();
  });
  return ledger(db, houseId, true);
}

/** A resident may withdraw their household's request while it waits. */
export async function cancelMyRedemption(db: Db, actor: Actor, id: string) {
  const mine = await myHousehold(db, actor);
  const houseId = await stepRedemption(db, actor, id, 'cancel', (r) => {
    if (r.house_id !== mine.houseId) throw notFound('points_redemption');
    return Promise.resolve();
  });
  return ledger(db, houseId, false);
}

/** Redemptions of a community, newest first (the counter's list). */
export async function listRedemptions(db: DbOrTx, actor: Actor, communityCode?: string) {
  const c = await staffCommunity(db, actor, communityCode, READERS);
  const rows = await db
    .selectFrom('points_redemption as d')
    .innerJoin('points_good as g', 'g.id', 'd.good_id')
    .select([
      'd.id',
      'd.house_id',
      'g.name as good_name',
      'd.quantity',
      'd.points',
      'd.status',
      'd.channel',
      'd.created_at',
      'd.handled_at',
    ])
    .where('d.community_code', '=', c.code)
    .orderBy('d.created_at', 'desc')
    .limit(200)
    .execute();
  const hs = await households(
    db,
    rows.map((r) => r.house_id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      houseId: r.house_id,
      address: hs.get(r.house_id)?.address ?? '',
      goodName: r.good_name,
      quantity: r.quantity,
      points: r.points,
      status: r.status,
      channel: r.channel,
      createdAt: r.created_at,
      handledAt: r.handled_at,
    })),
  };
}
