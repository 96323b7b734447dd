import crypto from 'node:crypto';
import type { Db, DbOrTx } from '../../db/database.ts';
import { inScope, requireGlobalAdmin, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { invalid, notFound } from '../../lib/errors.ts';
import * as repo from './apikeys.repository.ts';

/** The well-known key of demo installations (DESIGN: a demo must be usable without set-up). Never in production. */
export const DEMO_API_KEY = 'demo-open311-key';

const PREFIX_LENGTH = 8;

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

export type ApiKeyRow = NonNullable<Awaited<ReturnType<typeof repo.findKey>>>;

/**
 * The active key row for a presented key, or undefined. The key itself is never stored: we look up its sha256,
 * so the comparison an attacker could time is between hashes, and we re-check it in constant time.
 */
export async function verifyApiKey(db: DbOrTx, key: unknown): Promise<ApiKeyRow | undefined> {
  if (typeof key !== 'string' || key.length < 8 || key.length > 200) return undefined;
  const hash = hashApiKey(key);
  const row = await repo.findActiveByHash(db, hash);
  if (!row) return undefined;
  const a = Buffer.from(row.key_hash, 'utf8');
  const b = Buffer.from(hash, 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? row : undefined;
}

export async function listApiKeys(db: DbOrTx, actor: Actor) {
  requireGlobalAdmin(actor);
  const rows = await repo.listKeys(db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      unit: r.unit_id ? { id: r.unit_id, name: r.unit_name } : null,
      createdAt: r.created_at,
      createdBy: r.created_by_username,
      revokedAt: r.revoked_at,
      active: r.revoked_at === null,
    })),
  };
}

/** Creates a key and returns it once; only its hash and an 8-character prefix (for recognising it) are kept. */
export async function createApiKey(
  db: Db,
  actor: Actor,
  input: { name: string; unitId?: string | undefined },
) {
  requireGlobalAdmin(actor);
  const key = `og_${crypto.randomBytes(32).toString('base64url')}`;
  const prefix = key.slice(0, PREFIX_LENGTH);
  return db.transaction().execute(async (tx) => {
    if (input.unitId) {
      const unit = await tx
        .selectFrom('unit')
        .select(['id', 'jurisdiction_path'])
        .where('id', '=', input.unitId)
        .executeTakeFirst();
      if (!unit || !inScope(actor, unit.jurisdiction_path)) {
        throw invalid([{ path: 'body.unitId', key: 'unknown_unit' }]);
      }
    }
    const row = await repo.insertKey(tx, {
      name: input.name,
      key_hash: hashApiKey(key),
      prefix,
      unit_id: input.unitId ?? null,
      created_by: actor.userId,
    });
    if (!row) throw new Error('api key collision'); // 256 random bits: not expected in the lifetime of the universe
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'api_key',
      entityId: row.id,
      after: { name: input.name, prefix, unitId: input.unitId ?? null },
    });
    return { id: row.id, name: input.name, prefix, key };
  });
}

export async function revokeApiKey(db: Db, actor: Actor, id: string): Promise<void> {
  requireGlobalAdmin(actor);
  await db.transaction().execute(async (tx) => {
    const row = await repo.findKey(tx, id);
    if (!row) throw notFound('api_key');
    if (row.revoked_at) return; // revoking twice changes nothing
    await repo.revokeKey(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'api_key',
      entityId: id,
      before: { name: row.name, prefix: row.prefix, revokedAt: null },
      after: { revoked: true },
    });
  });
}

/** Demo installations get a fixed Open311 key so the API can be tried at once; idempotent, run at every start. */
export async function ensureDemoApiKey(db: Db): Promise<void> {
  await repo.insertKey(db, {
    name: '演示 Open311 客户端 (demo)',
    key_hash: hashApiKey(DEMO_API_KEY),
    prefix: DEMO_API_KEY.slice(0, PREFIX_LENGTH),
    unit_id: null,
    created_by: null,
  });
}
