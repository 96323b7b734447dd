import {
  AUDIT_GENESIS_HASH,
  AuditChainVerifier,
  type AuditChainBreak,
  type StoredAuditRow,
} from '@onegrid/domain/audit-chain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface AuditVerifyResult {
  ok: boolean;
  /** Rows walked (from the archive anchor, or the first row ever, up to the recorded head). */
  checked: number;
  /** The last archived row's place in the chain (the anchor the live rows continue from); 0 without archives. */
  anchorSeq: string;
  headSeq: string;
  /** The first break: which row (id, time) and why. */
  firstBreak: (AuditChainBreak & { at: string | null }) | null;
}

const BATCH = 5000;

/**
 * Walks the audit log's hash chain in one consistent snapshot and names the first broken row. The chain rule is
 * the domain's (packages/domain/src/audit/chain.ts); the database computed the hashes with the same rule.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerifyResult> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const anchorRow = await tx
        .selectFrom('audit_archive')
        .select(['last_seq', sql<string>`encode(last_hash, 'hex')`.as('hash')])
        .orderBy('last_seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const anchor = anchorRow
        ? { seq: String(anchorRow.last_seq), hash: anchorRow.hash }
        : { seq: '0', hash: AUDIT_GENESIS_HASH };
      const headRow = await tx
        .selectFrom('audit_chain_head')
        .select(['seq', sql<string>`encode(hash, 'hex')`.as('hash')])
        .executeTakeFirstOrThrow();
      const head = { seq: String(headRow.seq), hash: headRow.hash };
      const verifier = new AuditChainVerifier(anchor);
      const atOf = new Map<string, string>();
      let after = anchor.seq;
      for (;;) {
        const rows = await sql<StoredAuditRow & { at: string }>`
          SELECT seq::text AS seq, id::text AS id, (extract(epoch FROM at) * 1000000)::bigint::text AS "atMicros",
                 actor_id::text AS "actorId", actor_username AS "actorUsername", actor_scope AS "actorScope",
                 action, entity, entity_id AS "entityId", before::text AS before, after::text AS after, ip,
                 request_id AS "requestId", encode(prev_hash, 'hex') AS "prevHash", encode(hash, 'hex') AS hash,
                 to_json(at)#>>'{}' AS at
            FROM audit_log WHERE seq > ${after}::bigint ORDER BY seq LIMIT ${BATCH}`.execute(tx);
        for (const row of rows.rows) {
          if (!verifier.push(row)) {
            atOf.set(row.id, row.at);
            break;
          }
        }
        if (verifier.firstBreak || rows.rows.length < BATCH) break;
        after = rows.rows[rows.rows.length - 1]!.seq;
      }
      const broken = verifier.finish(head);
      return {
        ok: broken === null,
        checked: verifier.count,
        anchorSeq: anchor.seq,
        headSeq: head.seq,
        firstBreak: broken ? { ...broken, at: 'id' in broken ? (atOf.get(broken.id) ?? null) : null } : null,
      };
    });
}
