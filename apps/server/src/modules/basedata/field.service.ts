import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { invalid } from '../../lib/errors.ts';
import { baseScopeOf, mayWriteAt, relationOf, visible, type Placed } from './basedata.scope.ts';
import { lockRow, recordCreated, setSourceState, versionedUpdate } from './basedata.versioning.ts';

/**
 * What a household visit found changed in the base data (issue 11): a resident moved out (the residence ends on
 * that day), a house now rented (registered as a rental). Written here, the base data's one writer, in the
 * caller's transaction (the visit's), each record then marked 已核实 by the worker, now, and audited.
 */
export type FieldBaseUpdate =
  | { kind: 'moved_out'; residenceId: string; on: string }
  | { kind: 'house_use'; houseId: string; use: 'rented' };

export interface FieldBaseWritten {
  entity: 'residence' | 'rental' | 'house';
  id: string;
  version: number;
}

export async function applyFieldUpdates(
  tx: DbOrTx,
  actor: Actor,
  updates: readonly FieldBaseUpdate[],
  context: { entity: string; id: string },
): Promise<FieldBaseWritten[]> {
  if (updates.length === 0) return [];
  const scope = await baseScopeOf(tx, actor);
  const written: FieldBaseWritten[] = [];
  const reason = `${context.entity}:${context.id}`;
  for (const [i, u] of updates.entries()) {
    const refuse = () => invalid([{ path: `baseUpdates.${i}`, key: 'base_update_not_writable' }]);
    const entity = u.kind === 'moved_out' ? 'residence' : 'house';
    const id = u.kind === 'moved_out' ? u.residenceId : u.houseId;
    const row = (await lockRow(tx, entity, id).catch(() => null)) as
      (Placed & Record<string, unknown> & { id: string; version: number }) | null;
    if (!row || !visible(scope, relationOf(scope, row)) || !mayWriteAt(scope, row)) throw refuse();
    if (u.kind === 'moved_out') {
      const movedIn = row.moved_in as string | null;
      if (movedIn && movedIn > u.on) throw refuse();
      await versionedUpdate(tx, actor, 'residence', id, { moved_out: u.on }, { reason, locked: row });
      const after = await setSourceState(tx, actor, 'residence', id, 'verified');
      written.push({ entity: 'residence', id, version: after.version });
    } else {
      const rental = await tx.selectFrom('rental').select('id').where('house_id', '=', id).executeTakeFirst();
      let rentalId = rental?.id;
      if (!rentalId) {
        const made = await tx
          .insertInto('rental')
          .values({
            house_id: id,
            use: 'housing',
            street_code: row.street_code!,
            community_code: row.community_code!,
            grid_code: row.grid_code,
            state_by: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordCreated(tx, actor, 'rental', made, reason);
        rentalId = made.id;
      }
      const r = await setSourceState(tx, actor, 'rental', rentalId, 'verified');
      const h = await setSourceState(tx, actor, 'house', id, 'verified');
      written.push({ entity: 'rental', id: rentalId, version: r.version });
      written.push({ entity: 'house', id, version: h.version });
    }
  }
  await writeAudit(tx, actor, {
    action: 'update',
    entity: 'base_field_update',
    entityId: context.id,
    after: { via: context.entity, updates, written },
  });
  return written;
}

/**
 * What field records (a visit) changed in the base data: the records `applyFieldUpdates` wrote for them, from its
 * audit rows (every version of the record, oldest first).
 */
export async function fieldUpdatesOf(
  db: DbOrTx,
  context: { entity: string; id: string },
): Promise<(FieldBaseWritten & { at: string })[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'after'])
    .where('entity', '=', 'base_field_update')
    .where('entity_id', '=', context.id)
    .orderBy('at')
    .execute();
  return rows.flatMap((r) => {
    const after = r.after as { via?: string; written?: FieldBaseWritten[] } | null;
    if (after?.via !== context.entity) return [];
    return (after.written ?? []).map((w) => ({ ...w, at: r.at.toISOString() }));
  });
}
