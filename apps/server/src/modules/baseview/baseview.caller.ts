import type { CaseStatus } from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { forbidden } from '../../lib/errors.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import { caseScope, caseVisible } from '../../lib/scope.ts';
import { relationTo, viewerOf, viewOf } from './baseview.relation.ts';

/**
 * 来电识别 at intake: the persons whose phone has this blind index (the same keyed hash as cases' phones), each
 * with their house, and the caller's earlier cases (as reporter, or as a further caller attached to a case) that
 * the desk may see. A P1 look-up: names as the viewer's class view shows them (the desk sees them masked), the
 * house's address to fill the form, never the phone back. Each look-up is audited (the persons found, not the
 * phone).
 */
export interface CallerPerson {
  id: string;
  name: string;
  nameMasked: boolean;
  house: {
    id: string;
    addressId: string;
    address: string;
    lon: number | null;
    lat: number | null;
    gridCode: string | null;
  } | null;
}
export interface CallerCase {
  id: string;
  createdAt: string;
  title: string;
  status: CaseStatus;
  category: { code: string; nameZh: string; nameEn: string } | null;
  address: string | null;
}

/** The intake desk: operators take calls, dispatchers take them too when the line is busy. */
const INTAKE_ROLES = ['operator', 'dispatcher'] as const;
const MAX_CASES = 20;

export async function findCaller(
  db: DbOrTx,
  pii: PiiCipher,
  actor: Actor,
  phone: string,
): Promise<{ persons: CallerPerson[]; cases: CallerCase[] }> {
  if (!hasRole(actor, ...INTAKE_ROLES)) throw forbidden();
  const hash = pii.blindIndex(phone);
  const viewer = await viewerOf(db, actor);

  const rows = await db
    .selectFrom('person as p')
    .leftJoin('residence as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.moved_out', 'is', null))
    .leftJoin('house as h', 'h.id', 'r.house_id')
    .leftJoin('address_node as a', 'a.id', 'h.address_id')
    .select([
      'p.id',
      'p.name_enc',
      'p.name_masked',
      'p.grid_code as person_grid',
      'p.street_code',
      'p.community_code',
      'h.id as house_id',
      'h.address_id',
      'h.grid_code',
      'a.full_name',
      'a.lon',
      'a.lat',
      'a.parent_id',
    ])
    .where('p.phone_hash', '=', hash)
    .where('p.deceased', '=', false)
    .orderBy('p.id')
    .limit(10)
    .execute();

  const persons: CallerPerson[] = [];
  for (const r of rows) {
    const view = viewOf(
      actor,
      'P1',
      relationTo(viewer, {
        streetCode: r.street_code,
        communityCode: r.community_code,
        gridCode: r.person_grid,
      }),
    );
    if (view === 'hidden') continue;
    const point =
      r.lon !== null && r.lat !== null ? { lon: r.lon, lat: r.lat } : await pointAbove(db, r.parent_id);
    persons.push({
      id: r.id,
      name: view === 'full' ? pii.decrypt(r.name_enc) : r.name_masked,
      nameMasked: view !== 'full',
      house:
        r.house_id && r.address_id && r.full_name
          ? {
              id: r.house_id,
              addressId: r.address_id,
              address: r.full_name,
              lon: point?.lon ?? null,
              lat: point?.lat ?? null,
              gridCode: r.grid_code,
            }
          : null,
    });
  }

  const visible = caseVisible(caseScope(actor), 'c');
  const cases = await db
    .selectFrom('case as c')
    .leftJoin('category as k', 'k.code', 'c.category_code')
    .select([
      'c.id',
      'c.created_at',
      'c.title',
      'c.status',
      'c.address',
      'c.category_code',
      'k.name_zh',
      'k.name_en',
    ])
    .where((eb) =>
      eb.or([
        eb('c.reporter_phone_hash', '=', hash),
        eb(
          'c.id',
          'in',
          eb.selectFrom('case_caller as cc').select('cc.case_id').where('cc.phone_hash', '=', hash),
        ),
      ]),
    )
    .where('c.hidden_at', 'is', null)
    .where(visible)
    .orderBy('c.created_at', 'desc')
    .limit(MAX_CASES)
    .execute();

  await writeAudit(db, actor, {
    action: 'view_pii',
    entity: 'person',
    entityId: persons[0]?.id ?? null,
    after: { purpose: 'caller_lookup', class: 'P1', persons: persons.map((p) => p.id), cases: cases.length },
  });

  return {
    persons,
    cases: cases.map((c) => ({
      id: String(c.id),
      createdAt: new Date(c.created_at).toISOString(),
      title: c.title,
      status: c.status,
      category: c.category_code
        ? { code: c.category_code, nameZh: c.name_zh ?? '', nameEn: c.name_en ?? '' }
        : null,
      address: c.address,
    })),
  };
}

/** A room's point is its building's: the nearest ancestor with one. */
async function pointAbove(db: DbOrTx, parentId: string | null): Promise<{ lon: number; lat: number } | null> {
  if (!parentId) return null;
  const row = await sql<{ lon: number; lat: number }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, lon, lat, 0 AS depth FROM address_node WHERE id = ${parentId}
      UNION ALL
      SELECT n.id, n.parent_id, n.lon, n.lat, up.depth + 1 FROM address_node n JOIN up ON n.id = up.parent_id
      WHERE up.lon IS NULL AND up.depth < 12
    )
    SELECT lon, lat FROM up WHERE lon IS NOT NULL ORDER BY depth LIMIT 1
  `.execute(db);
  return row.rows[0] ?? null;
}
