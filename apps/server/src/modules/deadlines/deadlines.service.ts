import type { Duration, Urgency } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { requireGlobalAdmin, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { invalid, notFound } from '../../lib/errors.ts';
import { findCategory } from '../categories/public.ts';
import * as repo from './deadlines.repository.ts';
import type { AppContext } from '../../lib/context.ts';

export interface PolicyInput {
  categoryCode: string | null;
  urgency: Urgency;
  accept: Duration;
  respond: Duration;
  resolve: Duration;
}

export async function listPolicies(db: DbOrTx) {
  const rows = await repo.listPolicies(db);
  return {
    items: rows.map((p) => ({
      id: p.id,
      categoryCode: p.category_code,
      categoryName: p.category_name_zh,
      categoryNameEn: p.category_name_en,
      urgency: p.urgency,
      accept: { value: p.accept_value, unit: p.accept_unit },
      respond: { value: p.respond_value, unit: p.respond_unit },
      resolve: { value: p.resolve_value, unit: p.resolve_unit },
    })),
  };
}

const columns = (i: PolicyInput) => ({
  accept_value: i.accept.value,
  accept_unit: i.accept.unit,
  respond_value: i.respond.value,
  respond_unit: i.respond.unit,
  resolve_value: i.resolve.value,
  resolve_unit: i.resolve.unit,
});

/** Changes reach this process's deadline clock at once (after the commit), other processes' within a second. */
type Ctx = Pick<AppContext, 'db' | 'deadlines'>;

export async function upsertPolicy(ctx: Ctx, actor: Actor, input: PolicyInput) {
  requireGlobalAdmin(actor);
  const out = await ctx.db.transaction().execute(async (tx) => {
    if (input.categoryCode && !(await findCategory(tx, input.categoryCode))) {
      throw invalid([{ path: 'categoryCode', key: 'unknown_category' }]);
    }
    const existing = await repo.findPolicy(tx, input.categoryCode, input.urgency);
    if (existing) {
      await repo.updatePolicy(tx, existing.id, columns(input));
      await writeAudit(tx, actor, {
        action: 'update',
        entity: 'deadline_policy',
        entityId: existing.id,
        before: existing,
        after: input,
      });
      return { id: existing.id };
    }
    const { id } = await repo.insertPolicy(tx, {
      category_code: input.categoryCode,
      urgency: input.urgency,
      ...columns(input),
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'deadline_policy', entityId: id, after: input });
    return { id };
  });
  ctx.deadlines.invalidate();
  return out;
}

export async function deletePolicy(ctx: Ctx, actor: Actor, id: string) {
  requireGlobalAdmin(actor);
  await ctx.db.transaction().execute(async (tx) => {
    const existing = await repo.findPolicyById(tx, id);
    if (!existing) throw notFound('deadline_policy');
    await repo.deletePolicy(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'deadline_policy',
      entityId: id,
      before: existing,
    });
  });
  ctx.deadlines.invalidate();
}
