/**
 * 我的诉求 (the residents' portal, issue 13): a resident account's own cases — those it reported signed in, and those
 * reported with the phone on its account (the hotline knows a caller by the phone: blind index, never the plaintext).
 * The account's phone is set by staff when the account is made, so it cannot be pointed at someone else's cases.
 * What the resident reads of each is the tracking view (public.service.ts), as through the private link.
 */
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import type { Case } from './case-types.ts';
import * as repo from './cases.repository.ts';

const MY_CASES_LIMIT = 200;

async function phoneHashOf(db: DbOrTx, actor: Actor): Promise<string | null> {
  const u = await db
    .selectFrom('app_user')
    .select('phone_hash')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  return u?.phone_hash ?? null;
}

/** The case if it is this resident's own; NOT_FOUND otherwise (staff included: this is the residents' door). */
export async function ownCase(db: DbOrTx, actor: Actor, id: string): Promise<Case> {
  const c = await repo.findCase(db, id);
  if (!c || !actor.roles.includes('resident')) throw notFound('case');
  if (c.created_by === actor.userId) return c;
  const phoneHash = c.reporter_phone_hash ? await phoneHashOf(db, actor) : null;
  if (phoneHash && phoneHash === c.reporter_phone_hash) return c;
  throw notFound('case');
}

/** The resident's cases, newest first: number, state, category and the start of what they wrote. */
export async function myCases(db: DbOrTx, actor: Actor) {
  if (!actor.roles.includes('resident')) return { items: [] };
  const phoneHash = await phoneHashOf(db, actor);
  const rows = await db
    .selectFrom('case as c')
    .leftJoin('category as k', 'k.code', 'c.category_code')
    .select([
      'c.id',
      'c.status',
      'c.description',
      'c.created_at',
      'c.closed_at',
      'c.callback_at',
      'k.code as category_code',
      'k.name_zh',
      'k.name_en',
    ])
    .where((eb) =>
      eb.or([
        eb('c.created_by', '=', actor.userId),
        ...(phoneHash ? [eb('c.reporter_phone_hash', '=', phoneHash)] : []),
      ]),
    )
    .orderBy('c.created_at', 'desc')
    .limit(MY_CASES_LIMIT)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      summary: r.description.length > 60 ? `${r.description.slice(0, 60)}…` : r.description,
      category: r.category_code ? { code: r.category_code, nameZh: r.name_zh!, nameEn: r.name_en! } : null,
      createdAt: r.created_at,
      closedAt: r.closed_at,
      canRate: r.status === 'closed' && !r.callback_at,
    })),
  };
}
