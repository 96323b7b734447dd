import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKeyRing, PiiCipher } from './pii.ts';

const k1 = crypto.randomBytes(32);
const k2 = crypto.randomBytes(32);

/** A value as the code before key rings wrote it: v1.<iv>.<tag>.<ct>, AES-256-GCM, no associated data. */
function legacyEncrypt(master: Buffer, plain: string): string {
  const key = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'onegrid pii enc', 32));
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', iv, c.getAuthTag(), ct]
    .map((x) => (typeof x === 'string' ? x : x.toString('base64url')))
    .join('.');
}

describe('personal-data cipher', () => {
  it('reads values written before key rings, and counts them current while nothing changed', () => {
    const old = legacyEncrypt(k1, '13912345678');
    const pii = new PiiCipher(k1);
    expect(pii.decrypt(old)).toBe('13912345678');
    expect(pii.isCurrent(old)).toBe(true);
    expect(new PiiCipher({ keys: [k1, k2] }).isCurrent(old)).toBe(false);
    expect(new PiiCipher({ keys: [k1], algorithm: 'sm4-gcm' }).isCurrent(old)).toBe(false);
  });

  it('SM4-GCM or AES-256-GCM: each ciphertext names its algorithm and key, either cipher reads both', () => {
    const sm4 = new PiiCipher({ keys: [k1], algorithm: 'sm4-gcm' });
    const aes = new PiiCipher({ keys: [k1], algorithm: 'aes-256-gcm' });
    const a = sm4.encrypt('张三 13912345678');
    const b = aes.encrypt('张三 13912345678');
    expect(a).toMatch(/^v2\.sm4\.[\w-]{8}\./);
    expect(b).toMatch(/^v2\.aes\.[\w-]{8}\./);
    for (const c of [sm4, aes]) {
      expect(c.decrypt(a)).toBe('张三 13912345678');
      expect(c.decrypt(b)).toBe('张三 13912345678');
    }
    // The header is authenticated: relabelling a value fails.
    expect(() => aes.decrypt(b.replace('v2.aes.', 'v2.sm4.'))).toThrow();
  });

  it('after a new key is added, old values still decrypt and the blind index does not change', () => {
    const before = new PiiCipher(k1);
    const value = before.encrypt('13912345678');
    const after = new PiiCipher({ keys: [k1, k2] });
    expect(after.decrypt(value)).toBe('13912345678');
    expect(after.encrypt('x').split('.')[2]).not.toBe(value.split('.')[2]);
    expect(after.blindIndex('139 1234 5678')).toBe(before.blindIndex('13912345678'));
    // Once rotation is done the old key may leave the ring if the index key stays.
    const later = new PiiCipher({ keys: [k2], indexKey: k1 });
    expect(later.blindIndex('13912345678')).toBe(before.blindIndex('13912345678'));
    expect(() => later.decrypt(value)).toThrow(/not in the key ring/);
  });

  it('keys from ONEGRID_SECRET_FILE (outside DATA_DIR): oldest first, optional index key, comments', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-keys-'));
    try {
      const file = path.join(dir, 'keys');
      fs.writeFileSync(
        file,
        `# keys\n${k1.toString('hex')}\n${k2.toString('base64')}  # current\nindex=${k1.toString('hex')}\n`,
      );
      const ring = loadKeyRing({ secretFile: file, dataDir: path.join(dir, 'data'), algorithm: 'sm4-gcm' });
      expect(ring.keys).toEqual([k1, k2]);
      expect(ring.indexKey).toEqual(k1);
      expect(fs.existsSync(path.join(dir, 'data', 'secret.key'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
