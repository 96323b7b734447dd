/// <reference types="node" />
import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain (issue 8, hole 7; 等保 2.0 level 3 "audit records protected against deletion and
 * modification"). Every row carries `hash = SHA-256(prev_hash || canonical(row))`, `prev_hash` being the hash of
 * the row before it in chain order (`seq`); the first row follows the genesis hash (32 zero bytes) or the anchor
 * kept when older rows were archived. The database computes the chain on insert (trigger `audit_log_chain`,
 * migration 20261206_0400) and this function verifies it: both must produce the same bytes.
 *
 * canonical(row): the fields below in this order, each NULL as `~` and otherwise `<UTF-8 byte length>:<value>`,
 * joined by `|`. Values are PostgreSQL's text forms: `at` as microseconds since the epoch, `before`/`after` as
 * jsonb's text output. Lengths make the encoding unambiguous whatever the values contain.
 */
export interface AuditChainRow {
  seq: string;
  id: string;
  atMicros: string;
  actorId: string | null;
  actorUsername: string | null;
  actorScope: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  requestId: string | null;
}

export const AUDIT_GENESIS_HASH = '0'.repeat(64);

const FIELDS = [
  'seq',
  'id',
  'atMicros',
  'actorId',
  'actorUsername',
  'actorScope',
  'action',
  'entity',
  'entityId',
  'before',
  'after',
  'ip',
  'requestId',
] as const satisfies readonly (keyof AuditChainRow)[];

export function auditCanonical(row: AuditChainRow): string {
  return FIELDS.map((f) => {
    const v = row[f];
    return v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`;
  }).join('|');
}

/** hex(SHA-256(prev_hash bytes || UTF-8 of canonical(row))). */
export function auditChainHash(prevHashHex: string, row: AuditChainRow): string {
  return createHash('sha256')
    .update(Buffer.from(prevHashHex, 'hex'))
    .update(auditCanonical(row), 'utf8')
    .digest('hex');
}

export interface StoredAuditRow extends AuditChainRow {
  prevHash: string | null;
  hash: string | null;
}

export type AuditChainBreak =
  /** A row's stored hash is not the hash of its content: the row was edited. */
  | { reason: 'altered'; seq: string; id: string }
  /** A row does not follow the one before it (a row was removed before it, or rows were reordered). */
  | { reason: 'missing'; seq: string; id: string; expectedSeq: string }
  /** A row's prev_hash is not the hash of the row before it. */
  | { reason: 'relinked'; seq: string; id: string }
  /** The chain ends before the head the database recorded: rows at the end were removed. */
  | { reason: 'truncated'; expectedSeq: string };

/**
 * Walks the chain in `seq` order from an anchor (the genesis, or the last archived row's seq and hash), fed in
 * batches; the first break is kept and reported. Pure: the caller loads rows and the recorded head.
 */
export class AuditChainVerifier {
  private prev: string;
  private nextSeq: bigint;
  private broken: AuditChainBreak | null = null;
  count = 0;

  constructor(anchor: { seq: string; hash: string } = { seq: '0', hash: AUDIT_GENESIS_HASH }) {
    this.prev = anchor.hash;
    this.nextSeq = BigInt(anchor.seq) + 1n;
  }

  get firstBreak(): AuditChainBreak | null {
    return this.broken;
  }

  /** Feeds the next row in seq order; returns false once the chain is broken (feeding more changes nothing). */
  push(row: StoredAuditRow): boolean {
    if (this.broken) return false;
    this.count += 1;
    const seq = BigInt(row.seq);
    if (seq !== this.nextSeq) {
      this.broken = { reason: 'missing', seq: row.seq, id: row.id, expectedSeq: String(this.nextSeq) };
    } else if (row.prevHash !== this.prev) {
      this.broken = { reason: 'relinked', seq: row.seq, id: row.id };
    } else if (row.hash !== auditChainHash(this.prev, row)) {
      this.broken = { reason: 'altered', seq: row.seq, id: row.id };
    }
    if (this.broken) return false;
    this.prev = row.hash!;
    this.nextSeq = seq + 1n;
    return true;
  }

  /** After the last row: the chain must reach the head the database recorded (its last seq and hash). */
  finish(head: { seq: string; hash: string }): AuditChainBreak | null {
    if (!this.broken && (BigInt(head.seq) !== this.nextSeq - 1n || head.hash !== this.prev))
      this.broken = { reason: 'truncated', expectedSeq: head.seq };
    return this.broken;
  }
}
