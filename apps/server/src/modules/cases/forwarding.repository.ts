import type { DbOrTx } from '../../db/database.ts';

/** Queries of case forwarding (转派/退回上级); the cases module writes `case_desk` (forwarding.service.ts). */

/** A unit with the level of its jurisdiction: what decides whether it keeps a dispatch desk. */
export function deskUnits(db: DbOrTx) {
  return db
    .selectFrom('unit as u')
    .innerJoin('region as r', 'r.code', 'u.jurisdiction_code')
    .select([
      'u.id',
      'u.name',
      'u.kind',
      'u.active',
      'u.jurisdiction_code',
      'u.jurisdiction_path',
      'r.level',
    ]);
}
export type DeskUnitRow = Awaited<ReturnType<ReturnType<typeof deskUnits>['execute']>>[number];

export async function findDeskUnit(db: DbOrTx, unitId: string): Promise<DeskUnitRow | undefined> {
  return deskUnits(db).where('u.id', '=', unitId).executeTakeFirst();
}

/** The desk of a region: its government (city, district) or street office — the earliest active one. */
export async function deskUnitAt(db: DbOrTx, regionCode: string): Promise<DeskUnitRow | undefined> {
  return deskUnits(db)
    .where('u.jurisdiction_code', '=', regionCode)
    .where('u.kind', 'in', ['government', 'street_office'])
    .where('u.active', '=', true)
    .orderBy('u.created_at')
    .orderBy('u.id')
    .executeTakeFirst();
}

/** Desk units whose jurisdiction is one of these regions (the case's district and street: forward targets). */
export async function deskUnitsAt(db: DbOrTx, regionCodes: string[]): Promise<DeskUnitRow[]> {
  if (regionCodes.length === 0) return [];
  return deskUnits(db)
    .where('u.jurisdiction_code', 'in', regionCodes)
    .where('u.kind', 'in', ['government', 'street_office'])
    .where('u.active', '=', true)
    .orderBy('r.level')
    .orderBy('u.name')
    .execute();
}

export async function caseDeskOf(db: DbOrTx, caseId: string) {
  return db.selectFrom('case_desk').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function putCaseDesk(
  db: DbOrTx,
  row: { caseId: string; districtCode: string; deskUnitId: string; forwardedFromUnitId: string | null },
): Promise<void> {
  await db
    .insertInto('case_desk')
    .values({
      case_id: row.caseId,
      district_code: row.districtCode,
      desk_unit_id: row.deskUnitId,
      forwarded_from_unit_id: row.forwardedFromUnitId,
      moved_at: new Date(),
    })
    .onConflict((oc) =>
      oc.columns(['district_code', 'case_id']).doUpdateSet({
        desk_unit_id: row.deskUnitId,
        forwarded_from_unit_id: row.forwardedFromUnitId,
        moved_at: new Date(),
      }),
    )
    .execute();
}

/** The latest send-back of a case: the reason the desk above reads in its queue. */
export async function lastSentBack(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case_event as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.note', 'e.at', 'e.actor_name', 'u.name as unit_name'])
    .where('e.case_id', '=', caseId)
    .where('e.action', '=', 'send_back')
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .executeTakeFirst();
}
