import type { CaseScope } from '@onegrid/domain';
import { caseVisible } from '../../lib/scope.ts';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { ImageMime } from './image.ts';

export async function insertUpload(
  db: DbOrTx,
  row: {
    mime: ImageMime;
    size: number;
    sha256: string;
    data: Buffer;
    createdBy: string | null;
    client: string;
    /** the uploader's unit's district, or the city's (domain writerDistrict); its case's once attached */
    districtCode: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('upload')
    .values({
      mime: row.mime,
      size: row.size,
      sha256: row.sha256,
      data: row.data,
      created_by: row.createdBy,
      client: row.client,
      // stored with its case once attached (setUploadsCase); before, where its uploader works
      district_code: row.districtCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const CONTENT = ['u.mime', 'u.data', 'u.sha256'] as const;

/**
 * An upload a signed-in user may see: one of a case they may see (lib/scope.ts), or one
 * they uploaded and did not attach yet. The bytes are read only when that holds.
 */
export async function findUploadForStaff(
  db: DbOrTx,
  id: string,
  viewer: { userId: string; scope: CaseScope },
) {
  return db
    .selectFrom('upload as u')
    .leftJoin('case as c', 'c.id', 'u.case_id')
    .select(CONTENT)
    .where('u.id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('u.case_id', 'is', null), eb('u.created_by', '=', viewer.userId)]),
        eb.and([eb('u.case_id', 'is not', null), caseVisible(viewer.scope)]),
      ]),
    )
    .executeTakeFirst();
}

/** An upload of the case whose tracking token hashes to trackingHash, unless it belongs to an internal event. */
export async function findUploadForTracking(db: DbOrTx, id: string, caseId: string, trackingHash: string) {
  return caseUploadQuery(db, id, caseId).where('c.tracking_hash', '=', trackingHash).executeTakeFirst();
}

/** A photo of a case the caller has already shown to be the reporter's own (the residents' portal). */
export async function findUploadOfOwnCase(db: DbOrTx, id: string, caseId: string) {
  return caseUploadQuery(db, id, caseId).executeTakeFirst();
}

/** A case's photo as its reporter may see it: the report's own, or one on a public event. */
function caseUploadQuery(db: DbOrTx, id: string, caseId: string) {
  return db
    .selectFrom('upload as u')
    .innerJoin('case as c', 'c.id', 'u.case_id')
    .leftJoin('case_event as e', 'e.id', 'u.event_id')
    .select(CONTENT)
    .where('u.id', '=', id)
    .where('c.id', '=', caseId)
    .where((eb) => eb.or([eb('u.event_id', 'is', null), eb('e.public', '=', true)]));
}

/** The uploads about to be attached, locked so two cases cannot take the same photo. */
export async function lockUploads(db: DbOrTx, ids: string[], recentHours: number) {
  return db
    .selectFrom('upload')
    .select([
      'id',
      'case_id',
      'created_by',
      sql<boolean>`created_at > now() - make_interval(hours => ${recentHours})`.as('recent'),
    ])
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function setUploadsCase(
  db: DbOrTx,
  ids: string[],
  caseId: string,
  eventId: string | null,
  districtCode: string,
) {
  await db
    .updateTable('upload')
    .set({ case_id: caseId, event_id: eventId, district_code: districtCode })
    .where('id', 'in', ids)
    .execute();
}

/** Uploads never attached to a case nor kept by a field record, older than the cutoff; at most `limit` per call. */
export async function deleteUnattachedUploads(db: DbOrTx, olderThan: Date, limit: number): Promise<number> {
  const result = await sql`
    DELETE FROM upload WHERE id IN (
      SELECT id FROM upload WHERE case_id IS NULL AND kept_for IS NULL AND created_at < ${olderThan}
      ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Serialises one client's uploads until the transaction ends. */
export async function lockClient(db: DbOrTx, client: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'upload:' + client}, 0))`.execute(db);
}

/** Bytes stored by `client` in the last 24 hours, and by everyone (what the photos take in the database). */
export async function usage(db: DbOrTx, client: string): Promise<{ client: number; total: number }> {
  const { rows } = await sql<{ client: string; total: string }>`
    SELECT
      (SELECT coalesce(sum(size), 0) FROM upload
        WHERE client = ${client} AND created_at > now() - interval '1 day')::text AS client,
      (SELECT coalesce(sum(size), 0) FROM upload)::text AS total`.execute(db);
  return { client: Number(rows[0]!.client), total: Number(rows[0]!.total) };
}

export type KeptFor = 'visit' | 'quick_fix' | 'field_task' | 'mediation' | 'disclosure';

/** The photos kept by a field record, locked; and those the ids name. */
export async function lockKeepable(
  db: DbOrTx,
  ids: readonly string[],
  keptFor: KeptFor,
  keptId: string | null,
) {
  return db
    .selectFrom('upload')
    .select(['id', 'case_id', 'created_by', 'kept_for', 'kept_id'])
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('id', 'in', ids)] : []),
        ...(keptId ? [eb.and([eb('kept_for', '=', keptFor), eb('kept_id', '=', keptId)])] : []),
      ]),
    )
    .forUpdate()
    .execute();
}

export async function setKept(db: DbOrTx, ids: readonly string[], kept: { for: KeptFor; id: string } | null) {
  if (ids.length === 0) return;
  await db
    .updateTable('upload')
    .set({ kept_for: kept?.for ?? null, kept_id: kept?.id ?? null })
    .where('id', 'in', ids)
    .execute();
}

/** A kept photo with the record that keeps it. */
export async function findKept(db: DbOrTx, id: string) {
  return db
    .selectFrom('upload as u')
    .select([...CONTENT, 'u.kept_for', 'u.kept_id', 'u.created_by'])
    .where('u.id', '=', id)
    .where('u.kept_for', 'is not', null)
    .executeTakeFirst();
}
