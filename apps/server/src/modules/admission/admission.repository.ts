import type { AdmissionItemFacts } from '@onegrid/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { AdmissionApplicationTable, AdmissionItemTable } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';

export type ItemRow = Selectable<AdmissionItemTable>;
export type ApplicationRow = Selectable<AdmissionApplicationTable>;

/** Today in Beijing (YYYY-MM-DD): the day an item's validity is read against. */
export function beijingDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function factsOf(i: ItemRow): AdmissionItemFacts {
  return {
    id: i.id,
    list: i.list,
    kind: i.kind,
    title: i.title,
    districtCode: i.district_code,
    unitId: i.unit_id,
    scopeCodes: i.scope_codes,
    status: i.status,
    validFrom: i.valid_from,
    validUntil: i.valid_until,
    hoursPerMonth: Number(i.hours_per_month),
    fundingPerYear: Number(i.funding_per_year),
  };
}

export async function findItem(db: DbOrTx, id: string): Promise<ItemRow | undefined> {
  return db.selectFrom('admission_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockItem(tx: Tx, id: string): Promise<ItemRow> {
  const i = await tx
    .selectFrom('admission_item')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!i) throw notFound('admission_item');
  return i;
}

export async function lockApplication(tx: Tx, id: string): Promise<ApplicationRow> {
  const a = await tx
    .selectFrom('admission_application')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!a) throw notFound('admission_application');
  return a;
}

/** The next number on a district's list (items are numbered per list, as the published lists are). */
export async function nextSeq(tx: Tx, districtCode: string, list: string): Promise<number> {
  const row = await tx
    .selectFrom('admission_item')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('district_code', '=', districtCode)
    .where('list', '=', list as ItemRow['list'])
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

/** Every item of a district (all lists, all states): the workload rule filters. */
export async function districtItems(db: DbOrTx, districtCode: string): Promise<ItemRow[]> {
  return db
    .selectFrom('admission_item')
    .selectAll()
    .where('district_code', '=', districtCode)
    .orderBy('list')
    .orderBy('seq')
    .execute();
}

export async function writeEvent(
  tx: DbOrTx,
  e: {
    applicationId?: string | null;
    itemId?: string | null;
    action: string;
    note?: string | null;
    actorId: string;
  },
): Promise<void> {
  // the district of the application or listed item it is an event of (docs/distribution.md), copied from it
  const { district_code } = await (
    e.applicationId
      ? tx.selectFrom('admission_application').select('district_code').where('id', '=', e.applicationId)
      : tx
          .selectFrom('admission_item')
          .select('district_code')
          .where('id', '=', e.itemId ?? '')
  ).executeTakeFirstOrThrow();
  await tx
    .insertInto('admission_event')
    .values({
      district_code,
      application_id: e.applicationId ?? null,
      item_id: e.itemId ?? null,
      action: e.action,
      note: e.note ?? null,
      actor_id: e.actorId,
    })
    .execute();
}
