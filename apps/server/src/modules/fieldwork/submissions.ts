import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { canonicalJson, decideSubmission, type SyncDecision } from '@onegrid/domain';
import type { Tx } from '../../db/database.ts';
import type { FieldSubmissionTable } from '../../db/schema.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict } from '../../lib/errors.ts';

export type Outcome = 'created' | 'duplicate' | 'new_version';

/** What `apply` wrote: the record's id and its district (domain `districtOf` of its place). */
export interface Written {
  recordId: string;
  districtCode: string;
}

/** The fingerprint of a submission's content: everything but the head (ids, reason, device time). */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('base64url');
}

/**
 * Receives one offline submission exactly once (domain `decideSubmission`). Inside the caller's transaction:
 * locks the instance ids involved (a concurrent resend waits, then finds the first one stored), decides, and for
 * a new record or a new version calls `apply` with the record id to write (null: create one) and the version; then
 * stores the instance, in the district of the record `apply` wrote (docs/distribution.md). A duplicate writes
 * nothing and answers the stored record.
 */
export async function receive(
  tx: Tx,
  actor: Actor,
  head: {
    instanceId: string;
    replaces?: string | null;
    reason?: string | null;
    deviceAt?: string | null;
  },
  kind: FieldSubmissionTable['kind'],
  content: unknown,
  apply: (recordId: string | null, version: number) => Promise<Written>,
): Promise<{ outcome: Outcome; recordId: string; version: number }> {
  const hash = contentHash(content);
  const ids = [head.instanceId, ...(head.replaces ? [head.replaces] : [])];
  // one advisory lock per instance id, released at commit: resends of one instance are serialised
  for (const id of ids.sort()) await lockInstance(tx, id);
  const rows = await tx
    .selectFrom('field_submission')
    .select(['instance_id', 'record_id', 'version', 'content_hash', 'current', 'user_id', 'kind'])
    .where('instance_id', 'in', ids)
    .execute();
  const own = rows.find((r) => r.instance_id === head.instanceId) ?? null;
  const replaced = head.replaces ? (rows.find((r) => r.instance_id === head.replaces) ?? null) : null;
  // another user's instance (or another kind's) is never answered: it does not exist for this caller
  for (const r of [own, replaced])
    if (r && (r.user_id !== actor.userId || r.kind !== kind))
      throw new AppError('NOT_FOUND', { params: { entity: 'submission' } });
  const stored = (r: typeof own) =>
    r && { recordId: r.record_id, version: r.version, contentHash: r.content_hash, current: r.current };
  const decision: SyncDecision = decideSubmission(
    { instanceId: head.instanceId, contentHash: hash, replaces: head.replaces, reason: head.reason },
    stored(own),
    stored(replaced),
  );
  switch (decision.kind) {
    case 'duplicate':
      return { outcome: 'duplicate', recordId: decision.recordId, version: decision.version };
    case 'refuse':
      if (decision.code === 'edit_reason_required')
        throw new AppError('VALIDATION_FAILED', { details: [{ path: 'reason', key: 'required' }] });
      if (decision.code === 'edit_of_unknown')
        throw new AppError('NOT_FOUND', { params: { entity: 'submission' } });
      throw conflict(decision.code);
    case 'create': {
      const { recordId, districtCode } = await apply(null, 1);
      await store(tx, actor, head, kind, { recordId, districtCode }, 1, hash);
      return { outcome: 'created', recordId, version: 1 };
    }
    case 'new_version': {
      const { districtCode } = await apply(decision.recordId, decision.version);
      await tx
        .updateTable('field_submission')
        .set({ current: false })
        .where('instance_id', '=', head.replaces!)
        .execute();
      await store(
        tx,
        actor,
        head,
        kind,
        { recordId: decision.recordId, districtCode },
        decision.version,
        hash,
      );
      return { outcome: 'new_version', recordId: decision.recordId, version: decision.version };
    }
  }
}

async function lockInstance(tx: Tx, instanceId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`field:${instanceId}`}, 0))`.execute(tx);
}

async function store(
  tx: Tx,
  actor: Actor,
  head: { instanceId: string; replaces?: string | null; reason?: string | null; deviceAt?: string | null },
  kind: FieldSubmissionTable['kind'],
  { recordId, districtCode }: Written,
  version: number,
  hash: string,
): Promise<void> {
  await tx
    .insertInto('field_submission')
    .values({
      instance_id: head.instanceId,
      district_code: districtCode,
      kind,
      record_id: recordId,
      version,
      content_hash: hash,
      replaces: head.replaces ?? null,
      reason: head.reason ?? null,
      user_id: actor.userId,
      device_at: head.deviceAt ?? null,
    })
    .execute();
}
