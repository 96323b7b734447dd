import crypto from 'node:crypto';

/**
 * SM4-GCM (GB/T 32907 block cipher in NIST SP 800-38D Galois/Counter Mode, as RFC 8998 uses it) from OpenSSL's SM4
 * block and CTR primitives, which Node ships: the counter mode encrypts, GHASH authenticates. 12-byte IVs only.
 * OpenSSL's `sm4-gcm` EVP cipher is not exposed by Node; this is the same construction, checked against RFC 8998's
 * test vector (sm4gcm.test.ts).
 */
const R = 0xe1n << 120n;

function toBig(b: Buffer): bigint {
  return BigInt(`0x${b.toString('hex') || '0'}`);
}

function fromBig(n: bigint): Buffer {
  return Buffer.from(n.toString(16).padStart(32, '0'), 'hex');
}

function gfMul(x: bigint, y: bigint): bigint {
  let z = 0n;
  let v = y;
  for (let i = 127n; i >= 0n; i--) {
    if ((x >> i) & 1n) z ^= v;
    v = v & 1n ? (v >> 1n) ^ R : v >> 1n;
  }
  return z;
}

function ghash(h: bigint, aad: Buffer, ct: Buffer): bigint {
  let y = 0n;
  const absorb = (data: Buffer) => {
    for (let i = 0; i < data.length; i += 16) {
      const block = Buffer.alloc(16);
      data.copy(block, 0, i, Math.min(i + 16, data.length));
      y = gfMul(y ^ toBig(block), h);
    }
  };
  absorb(aad);
  absorb(ct);
  const lens = Buffer.alloc(16);
  lens.writeBigUInt64BE(BigInt(aad.length) * 8n, 0);
  lens.writeBigUInt64BE(BigInt(ct.length) * 8n, 8);
  return gfMul(y ^ toBig(lens), h);
}

function ecb(key: crypto.KeyObject, block: Buffer): Buffer {
  const c = crypto.createCipheriv('sm4-ecb', key, null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(block), c.final()]);
}

function ctr(key: crypto.KeyObject, j0: Buffer, data: Buffer): Buffer {
  const counter = Buffer.from(j0);
  counter.writeUInt32BE((counter.readUInt32BE(12) + 1) >>> 0, 12);
  const c = crypto.createCipheriv('sm4-ctr', key, counter);
  return Buffer.concat([c.update(data), c.final()]);
}

function parts(key: crypto.KeyObject, iv: Buffer) {
  if (iv.length !== 12) throw new Error('SM4-GCM takes a 12-byte IV');
  const h = toBig(ecb(key, Buffer.alloc(16)));
  const j0 = Buffer.concat([iv, Buffer.from([0, 0, 0, 1])]);
  return { h, j0, ekj0: toBig(ecb(key, j0)) };
}

export function sm4GcmEncrypt(
  key: crypto.KeyObject,
  iv: Buffer,
  plain: Buffer,
  aad: Buffer = Buffer.alloc(0),
): { ct: Buffer; tag: Buffer } {
  const { h, j0, ekj0 } = parts(key, iv);
  const ct = ctr(key, j0, plain);
  return { ct, tag: fromBig(ghash(h, aad, ct) ^ ekj0) };
}

export function sm4GcmDecrypt(
  key: crypto.KeyObject,
  iv: Buffer,
  ct: Buffer,
  tag: Buffer,
  aad: Buffer = Buffer.alloc(0),
): Buffer {
  const { h, j0, ekj0 } = parts(key, iv);
  const expected = fromBig(ghash(h, aad, ct) ^ ekj0);
  if (tag.length !== 16 || !crypto.timingSafeEqual(expected, tag))
    throw new Error('SM4-GCM: authentication failed');
  return ctr(key, j0, ct);
}
