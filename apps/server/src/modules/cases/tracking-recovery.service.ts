import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { AuditActor } from '../../lib/audit.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { hashToken } from '../auth/auth.service.ts';
import * as repo from './cases.repository.ts';

/**
 * A resident who lost their tracking link finds their case by its number and their phone (issue 9, defect 9): a
 * one-time code goes to the phone on file through the notifier (SMS, in Chinese), and the code, entered on the
 * tracking page, gives a new link (the old one stops working). The answer to asking never says whether the
 * number and phone matched; codes expire, allow a few tries, a case gets a few per hour; every step is audited.
 */
export const CODE_TTL_SECONDS = 600;
export const MAX_ATTEMPTS = 5;
export const MAX_CODES_PER_HOUR = 3;

interface Meta {
  ip: string;
  requestId: string;
}

const who = (m: Meta, caseId: string): AuditActor => ({
  userId: '',
  username: `resident:${caseId}`,
  scopePath: '',
  ip: m.ip,
  requestId: m.requestId,
});

/** The code's keyed hash, bound to its case (a code of one case is worth nothing for another). */
const codeHash = (ctx: AppContext, caseId: string, code: string) =>
  ctx.pii.blindIndex(`code:${caseId}:${code}`);

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

/** The case, when this phone is the one its reporter gave (never for anonymous or erased contacts). */
async function caseOfPhone(ctx: AppContext, caseId: string, phone: string) {
  const c = await repo.findCase(ctx.db, caseId);
  const typed = ctx.pii.blindIndex(phone);
  if (!c?.reporter_phone_hash || !c.reporter_phone_enc) return null;
  return sameText(c.reporter_phone_hash, typed) ? c : null;
}

/** Sends a code when the number and phone match; answers the same either way. */
export async function requestTrackingCode(
  ctx: AppContext,
  input: { caseId: string; phone: string },
  meta: Meta,
): Promise<{ expiresInSeconds: number }> {
  const c = await caseOfPhone(ctx, input.caseId, input.phone);
  let outcome: 'sent' | 'no_match' | 'too_many' = 'no_match';
  if (c) {
    const recent = await ctx.db
      .selectFrom('tracking_recovery')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('case_id', '=', c.id)
      .where('created_at', '>', sql<Date>`now() - interval '1 hour'`)
      .executeTakeFirstOrThrow();
    if (recent.n >= MAX_CODES_PER_HOUR) outcome = 'too_many';
    else {
      const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
      await ctx.db
        .insertInto('tracking_recovery')
        .values({
          case_id: c.id,
          code_hash: codeHash(ctx, c.id, code),
          expires_at: new Date(Date.now() + CODE_TTL_SECONDS * 1000),
        })
        .execute();
      await ctx.notifier.send(
        { kind: 'resident', phone: ctx.pii.decrypt(c.reporter_phone_enc!) },
        {
          kind: 'tracking_code',
          params: { caseId: c.id, code, minutes: CODE_TTL_SECONDS / 60 },
          caseId: c.id,
        },
      );
      outcome = 'sent';
    }
  }
  await writeAudit(ctx.db, who(meta, input.caseId), {
    action: 'create',
    entity: 'tracking_code',
    entityId: input.caseId,
    after: { outcome },
  });
  return { expiresInSeconds: CODE_TTL_SECONDS };
}

type Checked = { ok: true; token: string } | { ok: false; why: string };

/** A right code (fresh, unused, within its tries, for this number and phone) gives a new tracking link. */
export async function verifyTrackingCode(
  ctx: AppContext,
  input: { caseId: string; phone: string; code: string },
  meta: Meta,
): Promise<{ id: string; token: string; trackingUrl: string }> {
  const c = await caseOfPhone(ctx, input.caseId, input.phone);
  // the tries are counted in a committed transaction, the refusal thrown after it
  const checked: Checked = !c
    ? { ok: false, why: 'no_match' }
    : await ctx.db.transaction().execute(async (tx): Promise<Checked> => {
        const row = await tx
          .selectFrom('tracking_recovery')
          .selectAll()
          .where('case_id', '=', c.id)
          .where('used_at', 'is', null)
          .where('expires_at', '>', sql<Date>`now()`)
          .orderBy('created_at', 'desc')
          .limit(1)
          .forUpdate()
          .executeTakeFirst();
        if (!row) return { ok: false, why: 'no_code' };
        if (row.attempts >= MAX_ATTEMPTS) return { ok: false, why: 'too_many_tries' };
        if (!sameText(row.code_hash, codeHash(ctx, c.id, input.code))) {
          await tx
            .updateTable('tracking_recovery')
            .set({ attempts: sql`attempts + 1` })
            .where('id', '=', row.id)
            .execute();
          return { ok: false, why: 'wrong_code' };
        }
        const token = crypto.randomBytes(18).toString('base64url');
        await tx
          .updateTable('tracking_recovery')
          .set({ used_at: sql`now()` })
          .where('id', '=', row.id)
          .execute();
        // the lost link stops working: whoever found it can no longer follow the case
        await tx
          .updateTable('case')
          .set({ tracking_hash: hashToken(token) })
          .where('id', '=', c.id)
          .execute();
        return { ok: true, token };
      });
  await writeAudit(ctx.db, who(meta, input.caseId), {
    action: 'update',
    entity: 'tracking_code',
    entityId: input.caseId,
    after: checked.ok ? { outcome: 'new_link' } : { outcome: checked.why },
  });
  if (!checked.ok) throw new AppError('TRACKING_CODE_INVALID');
  return {
    id: input.caseId,
    token: checked.token,
    trackingUrl: `/track/${input.caseId}?t=${checked.token}`,
  };
}
