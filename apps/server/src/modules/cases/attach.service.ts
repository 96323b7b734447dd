import { OPEN_STATUSES, caseDistrict } from '@onegrid/domain';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { idempotent, requestHash, type Outcome } from '../../lib/idempotency.ts';
import { maskPhone } from '../../lib/pii.ts';
import type { Log, Notifier } from '../notifications/public.ts';
import { confirmAttached } from '../duplicates/public.ts';
import type { AttachCallInput, AttachCallResult } from './attach.routes.ts';
import * as repo from './cases.repository.ts';
import { relationsOf } from './relations.ts';
import { canSee } from './relations.ts';

/** Who takes calls into cases at intake: the hotline's operators and the dispatchers. */
const ATTACHING_ROLES = ['operator', 'dispatcher'] as const;

function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  return name.length <= 1 ? '*' : `${name.slice(0, 1)}${'*'.repeat(Math.min(name.length - 1, 2))}`;
}

/**
 * 并入此件: a call about a problem that already has an open case is attached to that case instead of opening a
 * duplicate. In one transaction, with the case row locked: the caller is added to the case (case_caller, contact
 * encrypted like the reporter's), a timeline event records the call, an audit row the change. After the commit the
 * caller is told by the notifier (SMS) which case now carries their call; a notifier failure never undoes it.
 */
export async function attachCall(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: AttachCallInput,
  idempotencyKey: string | undefined,
  log: Log,
): Promise<Outcome<AttachCallResult>> {
  if (!hasRole(actor, ...ATTACHING_ROLES)) throw new AppError('FORBIDDEN');
  const out = await idempotent<AttachCallResult>(
    ctx.db,
    `attach:${actor.userId}`,
    idempotencyKey,
    async (tx) => {
      const c = await repo.lockCase(tx, caseId);
      if (!c) throw notFound('case');
      const assignments = await repo.assignmentsOf(tx, caseId);
      // A case out of the caller's sight answers as one that does not exist; a desk relation is needed to act.
      if (!canSee(actor, c, assignments)) throw notFound('case');
      const as = await relationsOf(tx, actor, c, assignments);
      if (!as.includes('operator') && !as.includes('dispatcher')) throw notFound('case');
      if (!OPEN_STATUSES.includes(c.status))
        throw new AppError('CONFLICT', { params: { reason: 'the case is no longer open' } });
      const name = input.anonymous ? undefined : input.reporterName;
      const phone = input.anonymous ? undefined : input.reporterPhone;
      const caller = await tx
        .insertInto('case_caller')
        .values({
          case_id: c.id,
          district_code: caseDistrict(c),
          channel: input.channel,
          name_enc: name ? ctx.pii.encrypt(name) : null,
          phone_enc: phone ? ctx.pii.encrypt(phone) : null,
          phone_hash: phone ? ctx.pii.blindIndex(phone) : null,
          description: input.description,
          created_by: actor.userId,
          informed_at: phone ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const callers = await tx
        .selectFrom('case_caller')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('case_id', '=', c.id)
        .executeTakeFirstOrThrow();
      await repo.insertEvent(tx, {
        caseId: c.id,
        action: 'attach_call',
        fromStatus: c.status,
        toStatus: c.status,
        actorId: actor.userId,
        actorName: actor.name,
        unitId: actor.unitId,
        // What the caller said is for staff (internal); the caller's contact appears only masked.
        note: input.description,
        data: {
          callerId: caller.id,
          channel: input.channel,
          name: maskName(name),
          phone: maskPhone(phone),
          callers: Number(callers.n),
        },
      });
      // 并入此件 confirms the case as the call's duplicate (the weekly acceptance report counts it)
      await confirmAttached(tx, actor.userId, c.id, input.description, input.duplicateSession, caller.id);
      await writeAudit(tx, actor, {
        action: 'update',
        entity: 'case',
        entityId: c.id,
        after: {
          action: 'attach_call',
          callerId: caller.id,
          contact: phone !== undefined || name !== undefined,
        },
      });
      return {
        status: 201,
        body: {
          caseId: c.id,
          callerId: caller.id,
          callers: Number(callers.n),
          status: c.status,
          informed: phone !== undefined,
        },
      };
    },
    requestHash({ caseId, input }),
  );
  const phone = input.anonymous ? undefined : input.reporterPhone;
  if (!out.replayed && phone) await informCaller(ctx.notifier, phone, out.body, log);
  return out;
}

/** After the commit: the caller learns the number of the case that carries their call (and can track it). */
async function informCaller(notifier: Notifier, phone: string, r: AttachCallResult, log: Log) {
  try {
    await notifier.send(
      { kind: 'resident', phone },
      { kind: 'caller_attached', params: { caseId: r.caseId }, caseId: r.caseId },
    );
  } catch (err) {
    log.error({ err, caseId: r.caseId }, 'informing an attached caller failed');
  }
}
