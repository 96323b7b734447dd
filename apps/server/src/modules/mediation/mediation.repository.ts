import type { Selectable } from 'kysely';
import { mediationStanding, type MediationStanding } from '@onegrid/domain';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { MediationFileTable } from '../../db/schema.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';

export type FileRow = Selectable<MediationFileTable>;

/** The file, locked for one step. */
export async function lockFile(tx: Tx, id: string): Promise<FileRow> {
  const f = await tx
    .selectFrom('mediation_file')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!f) throw notFound('mediation_file');
  return f;
}

export async function findFile(db: DbOrTx, id: string): Promise<FileRow | undefined> {
  return db.selectFrom('mediation_file').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The caller's standing on a file (packages/domain/src/fieldwork/mediation-access.ts). */
export function fileStanding(
  actor: Actor,
  file: Pick<FileRow, 'region_path' | 'created_by'>,
): MediationStanding {
  return mediationStanding(actor, {
    inJurisdiction: file.region_path.startsWith(actor.scopePath),
    opener: file.created_by === actor.userId,
  });
}
