import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS_HASH,
  AuditChainVerifier,
  auditCanonical,
  auditChainHash,
  type AuditChainRow,
  type StoredAuditRow,
} from './chain.ts';

const row = (seq: number, over: Partial<AuditChainRow> = {}): AuditChainRow => ({
  seq: String(seq),
  id: String(100 + seq),
  atMicros: '1796000000123456',
  actorId: null,
  actorUsername: 'admin',
  actorScope: '110000/110100/',
  action: 'update',
  entity: 'grid',
  entityId: '110117001001007',
  before: '{"name": "旧"}',
  after: null,
  ip: '127.0.0.1',
  requestId: null,
  ...over,
});

function chain(n: number): StoredAuditRow[] {
  let prev = AUDIT_GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const r = row(i + 1);
    const hash = auditChainHash(prev, r);
    const stored = { ...r, prevHash: prev, hash };
    prev = hash;
    return stored;
  });
}

function verify(rows: StoredAuditRow[], head = rows.at(-1)!) {
  const v = new AuditChainVerifier();
  for (const r of rows) if (!v.push(r)) break;
  return v.finish({ seq: head.seq, hash: head.hash! });
}

describe('audit hash chain', () => {
  it('canonical form: fields in order, NULL as ~, others prefixed with their UTF-8 byte length', () => {
    expect(auditCanonical(row(1))).toBe(
      '1:1|3:101|16:1796000000123456|~|5:admin|14:110000/110100/|6:update|4:grid|15:110117001001007|' +
        '15:{"name": "旧"}|~|9:127.0.0.1|~',
    );
  });

  it('is unambiguous where a separator would not be: moving text between fields changes the hash', () => {
    const a = auditChainHash(AUDIT_GENESIS_HASH, row(1, { entity: 'a|1:b', entityId: null }));
    const b = auditChainHash(AUDIT_GENESIS_HASH, row(1, { entity: 'a', entityId: 'b' }));
    expect(a).not.toBe(b);
  });

  it('hash = SHA-256(prev bytes || canonical)', () => {
    const expected = createHash('sha256')
      .update(Buffer.alloc(32))
      .update(auditCanonical(row(1)))
      .digest('hex');
    expect(auditChainHash(AUDIT_GENESIS_HASH, row(1))).toBe(expected);
  });

  it('an intact chain verifies', () => {
    expect(verify(chain(5))).toBeNull();
  });

  it('a removed row is named by the row after the gap', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    expect(verify(rows)).toEqual({ reason: 'missing', seq: '4', id: '104', expectedSeq: '3' });
  });

  it('an edited row is named', () => {
    const rows = chain(5);
    rows[1] = { ...rows[1]!, actorUsername: 'someone-else' };
    expect(verify(rows)).toEqual({ reason: 'altered', seq: '2', id: '102' });
  });

  it('a removed and re-numbered row is caught by the link', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    rows[2] = { ...rows[2]!, seq: '3' };
    expect(verify(rows)?.reason).toBe('relinked');
  });

  it('rows removed at the end are caught against the recorded head', () => {
    const rows = chain(5);
    const head = rows[4]!;
    expect(verify(rows.slice(0, 3), head)).toEqual({ reason: 'truncated', expectedSeq: '5' });
  });

  it('continues from an archive anchor', () => {
    const rows = chain(5);
    const v = new AuditChainVerifier({ seq: rows[1]!.seq, hash: rows[1]!.hash! });
    for (const r of rows.slice(2)) v.push(r);
    expect(v.finish({ seq: '5', hash: rows[4]!.hash! })).toBeNull();
    const wrong = new AuditChainVerifier({ seq: '1', hash: rows[0]!.hash! });
    for (const r of rows.slice(2)) wrong.push(r);
    expect(wrong.firstBreak?.reason).toBe('missing');
  });
});
