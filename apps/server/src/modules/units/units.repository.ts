import { sql } from 'kysely';
import type { UnitKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { NewUnit, UnitUpdate } from '../../db/schema.ts';

function baseQuery(db: DbOrTx) {
  return db
    .selectFrom('unit as n')
    .innerJoin('region as r', 'r.code', 'n.jurisdiction_code')
    .leftJoin('unit as p', 'p.id', 'n.parent_id');
}

type Base = ReturnType<typeof baseQuery>;

function withColumns(q: Base) {
  return q.select([
    'n.id',
    'n.name',
    'n.kind',
    'n.parent_id',
    'p.name as parent_name',
    'n.jurisdiction_code',
    'n.jurisdiction_path',
    'r.name as jurisdiction_name',
    'r.level as jurisdiction_level',
    'n.phone',
    'n.active',
    (eb) =>
      eb
        .selectFrom('app_user as u')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('u.unit_id', '=', 'n.id')
        .as('user_count'),
  ]);
}

export async function searchUnits(
  db: DbOrTx,
  f: {
    scopePath: string;
    kind?: UnitKind | undefined;
    q?: string | undefined;
    manageableOnly: boolean;
    limit: number;
    offset: number;
  },
) {
  // Visible: units inside the jurisdiction, plus (unless manageableOnly) those whose jurisdiction contains it —
  // the district's departments serve every street.
  let q = baseQuery(db).where((eb) =>
    f.manageableOnly
      ? eb('n.jurisdiction_path', 'like', `${f.scopePath}%`)
      : eb.or([
          eb('n.jurisdiction_path', 'like', `${f.scopePath}%`),
          eb(sql.val(f.scopePath), 'like', sql<string>`n.jurisdiction_path || '%'`),
        ]),
  );
  if (f.kind) q = q.where('n.kind', '=', f.kind);
  if (f.q) q = q.where('n.name', 'like', `%${f.q}%`);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await withColumns(q)
    .orderBy(
      sql`array_position(array['government','department','enterprise','street_office','community','social_org'], n.kind)`,
    )
    .orderBy('n.jurisdiction_code')
    .orderBy('n.name')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items, total: total.n };
}

export async function findUnitRow(db: DbOrTx, id: string) {
  return withColumns(baseQuery(db)).where('n.id', '=', id).executeTakeFirst();
}

export async function lockUnit(db: DbOrTx, id: string) {
  return db.selectFrom('unit').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findUnitsByName(db: DbOrTx, name: string) {
  return db.selectFrom('unit').select(['id', 'jurisdiction_path']).where('name', '=', name).execute();
}

export async function insertUnit(db: DbOrTx, row: NewUnit) {
  return db.insertInto('unit').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateUnit(db: DbOrTx, id: string, patch: UnitUpdate) {
  await db
    .updateTable('unit')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The street office whose jurisdiction is exactly this street (属地). */
export async function streetOffices(db: DbOrTx) {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'jurisdiction_code'])
    .where('kind', '=', 'street_office')
    .where('active', '=', true)
    .execute();
}
