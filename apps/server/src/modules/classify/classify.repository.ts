import { caseDistrictOf } from '../../lib/district.ts';
import { sql, type Insertable } from 'kysely';
import type { ClassifyModelTable } from '../../db/schema.ts';
import type { DbOrTx } from '../../db/database.ts';

/** What the classifier and the report form need of every category, in tree order. */
export async function listCategoriesForClassifier(db: DbOrTx) {
  return db
    .selectFrom('category')
    .select([
      'code',
      'parent_code',
      'name_zh',
      'name_en',
      'keywords',
      'is_leaf',
      'active',
      'default_urgency',
      'public',
    ])
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

/** Moves with every change of the active model (the service's cache follows it). */
export async function modelVersion(db: DbOrTx): Promise<string> {
  const row = await db.selectFrom('classify_model_version').select('version').executeTakeFirst();
  return String(row?.version ?? 0);
}

export async function bumpModelVersion(db: DbOrTx): Promise<void> {
  await db
    .updateTable('classify_model_version')
    .set({ version: sql`version + 1` })
    .execute();
}

export async function activeModel(db: DbOrTx) {
  return db
    .selectFrom('classify_model')
    .select(['version', 'threshold', 'weights'])
    .where('active', '=', true)
    .executeTakeFirst();
}

const MODEL_COLUMNS = [
  'version',
  'trained_at',
  'training_size',
  'held_back',
  'metrics',
  'threshold',
  'active',
  'trigger',
  'trained_by',
] as const;

/** Every version, newest first, without its weights. */
export async function listModels(db: DbOrTx) {
  return db.selectFrom('classify_model').select(MODEL_COLUMNS).orderBy('version', 'desc').execute();
}

export async function findModel(db: DbOrTx, version: number) {
  return db
    .selectFrom('classify_model')
    .select(MODEL_COLUMNS)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function insertModel(db: DbOrTx, row: Insertable<ClassifyModelTable>) {
  await db.insertInto('classify_model').values(row).execute();
}

export async function nextModelVersion(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('classify_model')
    .select(sql<number>`coalesce(max(version), 0) + 1`.as('v'))
    .executeTakeFirstOrThrow();
  return Number(row.v);
}

/** Only `version` active afterwards. */
export async function activate(db: DbOrTx, version: number): Promise<void> {
  await db.updateTable('classify_model').set({ active: false }).where('active', '=', true).execute();
  await db.updateTable('classify_model').set({ active: true }).where('version', '=', version).execute();
  await bumpModelVersion(db);
}

export async function insertCorrection(
  db: DbOrTx,
  row: { caseId: string; from: string | null; to: string; by: string | null },
): Promise<void> {
  await db
    .insertInto('classify_correction')
    .values({
      case_id: row.caseId,
      district_code: caseDistrictOf(row.caseId),
      from_code: row.from,
      to_code: row.to,
      by_user: row.by,
    })
    .execute();
}

/** Corrections after the newest model's training (all of them before the first model). */
export async function correctionsSinceLastTraining(db: DbOrTx): Promise<number> {
  const last = await db
    .selectFrom('classify_model')
    .select(sql<Date>`max(trained_at)`.as('at'))
    .executeTakeFirst();
  let q = db.selectFrom('classify_correction').select(sql<string>`count(*)`.as('n'));
  if (last?.at) q = q.where('created_at', '>', last.at);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/**
 * The confirmed history: the final category of closed cases, and of any case a dispatcher corrected (its current
 * category: the correction stands until changed again). Title and description, with the case's time.
 */
export async function trainingHistory(db: DbOrTx) {
  return db
    .selectFrom('case as c')
    .select(['c.title', 'c.description', 'c.category_code', 'c.created_at'])
    .where('c.category_code', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('c.status', '=', 'closed'),
        eb.exists(
          eb.selectFrom('classify_correction as k').select('k.id').whereRef('k.case_id', '=', 'c.id'),
        ),
      ]),
    )
    .execute();
}
