import { monthlyBoard, previousMonth, shanghaiDayOf } from '@onegrid/domain';
import type { PgBoss } from 'pg-boss';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { findCommunity, staffCommunity } from '../regions/public.ts';
import type { Log } from '../notifications/public.ts';
import { households, publicLabel } from './households.ts';
import {
  asEntry,
  balances,
  entriesOf,
  entryOut,
  ledger,
  ledgerHouses,
  MANAGERS,
  READERS,
  rulesInForce,
} from './points.service.ts';
import { goodsOf, myHousehold } from './shop.service.ts';

/**
 * The month's 红黑榜 of a community computed by the domain rule from the month's entries, labelled minimally
 * (the black list with the building and masked name only), and published (replacing an earlier run of that month).
 */
export async function publishBoard(db: DbOrTx, communityCode: string, month: string, by: string | null) {
  const entries = await entriesOf(db, { communityCode });
  const b = monthlyBoard(entries.map(asEntry), month);
  const hs = await households(db, [...b.red.map((r) => r.household), ...b.black.map((r) => r.household)]);
  const red = b.red.map((r) => ({
    house: r.household,
    label: publicLabel(hs.get(r.household)),
    points: r.points,
  }));
  const black = b.black.map((r) => ({
    house: r.household,
    label: publicLabel(hs.get(r.household), true),
    entries: r.entries,
  }));
  await db
    .insertInto('points_board')
    .values({
      community_code: communityCode,
      month,
      red: JSON.stringify(red),
      black: JSON.stringify(black),
      published_by: by,
    })
    .onConflict((oc) =>
      oc.columns(['district_code', 'community_code', 'month']).doUpdateSet({
        red: JSON.stringify(red),
        black: JSON.stringify(black),
        published_at: new Date(),
        published_by: by,
      }),
    )
    .execute();
  return (await boardsOf(db, communityCode)).find((x) => x.month === month)!;
}

/** Published lists of a community, newest first — only the minimal labels leave the server. */
export async function boardsOf(db: DbOrTx, communityCode: string) {
  const rows = await db
    .selectFrom('points_board')
    .selectAll()
    .where('community_code', '=', communityCode)
    .orderBy('month', 'desc')
    .limit(24)
    .execute();
  return rows.map((r) => ({
    month: r.month,
    publishedAt: r.published_at,
    red: r.red.map((x) => ({ label: x.label, points: x.points })),
    black: r.black.map((x) => ({ label: x.label, entries: x.entries })),
  }));
}

export async function listBoards(db: DbOrTx, actor: Actor, communityCode?: string) {
  const c = await staffCommunity(db, actor, communityCode, READERS);
  return { items: await boardsOf(db, c.code) };
}

export async function generateBoard(db: Db, actor: Actor, communityCode: string, month: string) {
  const c = await staffCommunity(db, actor, communityCode, MANAGERS);
  return db.transaction().execute(async (tx) => {
    const b = await publishBoard(tx, c.code, month, actor.userId);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'points_board',
      entityId: `${c.code}:${month}`,
      after: { month },
    });
    return b;
  });
}

/**
 * The monthly job: last month's 红黑榜 for every community with a rule set, unless already published (a run on
 * several processes or a restart publishes each once; staff can regenerate by hand).
 */
export async function publishLastMonth(db: Db, now = new Date()): Promise<number> {
  const month = previousMonth(shanghaiDayOf(now).slice(0, 7));
  const due = await db
    .selectFrom('points_rule_set as s')
    .select('s.community_code')
    .distinct()
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('points_board as b')
            .select('b.id')
            .whereRef('b.community_code', '=', 's.community_code')
            .where('b.month', '=', month),
        ),
      ),
    )
    .execute();
  for (const c of due)
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('points_board')
        .values({ community_code: c.community_code, month, red: '[]', black: '[]' })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst()
        .then((claimed) => (claimed ? publishBoard(tx, c.community_code, month, null) : null));
    });
  return due.length;
}

export const POINTS_BOARD_QUEUE = 'points-monthly-board';

/** pg-boss: on the 1st of each month at 01:00 Beijing time (and once at start-up, a no-op when done). */
export async function startPointsBoards(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<{ stop(): Promise<void> }> {
  await boss.createQueue(POINTS_BOARD_QUEUE, { policy: 'stately', retryLimit: 3, expireInSeconds: 600 });
  await boss.schedule(POINTS_BOARD_QUEUE, '0 1 1 * *', {}, { tz: 'Asia/Shanghai' });
  const workId = await boss.work(POINTS_BOARD_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    const published = await publishLastMonth(opts.db);
    if (published > 0) opts.log.info({ published }, '红黑榜 published');
    return { published };
  });
  await boss.send(POINTS_BOARD_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(POINTS_BOARD_QUEUE, { id: workId, wait: true });
    },
  };
}

// ---- what residents and the public read ----------------------------------------------------------------------

const publicRules = async (db: DbOrTx, code: string) => {
  const s = await rulesInForce(db, code);
  return s ? { version: s.version, title: s.title, rules: s.rules } : null;
};

/** 我的积分: the resident's household ledger, the rules in force, the shop, the latest lists. */
export async function myPoints(db: DbOrTx, actor: Actor) {
  const mine = await myHousehold(db, actor);
  const [l, rules, goods, boards] = await Promise.all([
    ledger(db, mine.houseId, false),
    publicRules(db, mine.communityCode),
    goodsOf(db, mine.communityCode, true),
    boardsOf(db, mine.communityCode),
  ]);
  const { household, ...rest } = l;
  return {
    communityCode: mine.communityCode,
    household: { address: household.address },
    ...rest,
    rulesInForce: rules,
    goods,
    board: boards[0] ?? null,
  };
}

/**
 * The community's public page: rules in force, the published 红黑榜 and balances per household under the minimal
 * label — no address beyond building/unit/room, no full name, no ID, no phone.
 */
export async function publicPoints(db: DbOrTx, communityCode: string) {
  const c = await findCommunity(db, communityCode);
  const ids = await ledgerHouses(db, c.code);
  const [hs, bal, rules, boards] = await Promise.all([
    households(db, ids),
    balances(db, ids),
    publicRules(db, c.code),
    boardsOf(db, c.code),
  ]);
  return {
    communityCode: c.code,
    communityName: c.name,
    rulesInForce: rules,
    boards: boards.slice(0, 6),
    balances: ids
      .map((id) => ({ label: publicLabel(hs.get(id)), balance: bal.get(id)!.balance }))
      .sort((a, b) => b.balance - a.balance || a.label.localeCompare(b.label))
      .slice(0, 100),
  };
}

export { entryOut };
