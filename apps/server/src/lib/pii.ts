import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from './random.ts';
import { sm4GcmDecrypt, sm4GcmEncrypt } from './sm4gcm.ts';

export type PiiAlgorithm = 'aes-256-gcm' | 'sm4-gcm';
const ALG_TAG: Record<PiiAlgorithm, string> = { 'aes-256-gcm': 'aes', 'sm4-gcm': 'sm4' };

/** One master key of the key ring; `id` is a fingerprint of the key, so ciphertexts name the key they need. */
export interface PiiKey {
  id: string;
  aes: crypto.KeyObject;
  sm4: crypto.KeyObject;
}

function deriveKey(master: Buffer): PiiKey {
  if (master.length !== 32) throw new Error('a personal-data key must be 32 bytes');
  const hk = (info: string, len: number) =>
    crypto.createSecretKey(Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), info, len)));
  const id = Buffer.from(
    crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'onegrid pii key id', 6),
  ).toString('base64url');
  return { id, aes: hk('onegrid pii enc', 32), sm4: hk('onegrid pii sm4', 16) };
}

export interface PiiKeyRing {
  /** Master keys, oldest first; the last encrypts. Older ones only decrypt (until rotation re-encrypted all). */
  keys: Buffer[];
  /**
   * Key of the blind indexes. It does not rotate with the encryption key (rotating it would make every stored
   * index unsearchable): by default derived from the first key ever used, or given on its own.
   */
  indexKey?: Buffer;
  algorithm?: PiiAlgorithm;
}

/**
 * Personal data at rest (PIPL, 等保 level 3): AES-256-GCM or SM4-GCM (GB/T 39786 deployments) with a random IV per
 * value, and an HMAC blind index so an exact value can still be searched without decrypting every row.
 * Format: v2.<alg>.<key id>.<iv>.<tag>.<ciphertext> (base64url), the header being the AEAD's associated data;
 * values written before (v1.<iv>.<tag>.<ciphertext>, AES-256-GCM under the first key) are still read.
 */
export class PiiCipher {
  private readonly keys = new Map<string, PiiKey>();
  private readonly masters = new Map<string, Buffer>();
  private readonly active: PiiKey;
  private readonly legacy: PiiKey;
  private readonly macKey: crypto.KeyObject;
  readonly algorithm: PiiAlgorithm;

  constructor(ring: Buffer | PiiKeyRing) {
    const r: PiiKeyRing = Buffer.isBuffer(ring) ? { keys: [ring] } : ring;
    if (r.keys.length === 0) throw new Error('no personal-data key');
    const derived = r.keys.map(deriveKey);
    for (const [i, k] of derived.entries()) {
      this.keys.set(k.id, k);
      this.masters.set(k.id, r.keys[i]!);
    }
    this.legacy = derived[0]!;
    this.active = derived[derived.length - 1]!;
    this.algorithm = r.algorithm ?? 'aes-256-gcm';
    this.macKey = crypto.createSecretKey(
      Buffer.from(
        crypto.hkdfSync('sha256', r.indexKey ?? r.keys[0]!, Buffer.alloc(0), 'onegrid pii mac', 32),
      ),
    );
  }

  /** The key id and algorithm new values are written with: a value without this prefix awaits re-encryption. */
  get currentPrefix(): string {
    return `v2.${ALG_TAG[this.algorithm]}.${this.active.id}.`;
  }

  /**
   * Prefixes of values that need no re-encryption: the current one, and the v1 format while it is the same
   * cipher and key (AES-256-GCM under the only key), so an upgrade alone rewrites nothing.
   */
  get currentPrefixes(): string[] {
    const v1Current = this.algorithm === 'aes-256-gcm' && this.active === this.legacy;
    return v1Current ? [this.currentPrefix, 'v1.'] : [this.currentPrefix];
  }

  isCurrent(token: string): boolean {
    return this.currentPrefixes.some((p) => token.startsWith(p));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const header = this.currentPrefix.slice(0, -1);
    const aad = Buffer.from(header, 'utf8');
    let ct: Buffer;
    let tag: Buffer;
    if (this.algorithm === 'sm4-gcm') {
      ({ ct, tag } = sm4GcmEncrypt(this.active.sm4, iv, Buffer.from(plain, 'utf8'), aad));
    } else {
      const cipher = crypto.createCipheriv('aes-256-gcm', this.active.aes, iv);
      cipher.setAAD(aad);
      ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      tag = cipher.getAuthTag();
    }
    return [header, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(token: string): string {
    const p = token.split('.');
    if (p[0] === 'v1' && p.length === 4) return this.aesOpen(this.legacy, p[1]!, p[2]!, p[3]!);
    if (p[0] !== 'v2' || p.length !== 6) throw new Error('unknown ciphertext format');
    const [, alg, kid, iv, tag, ct] = p as [string, string, string, string, string, string];
    const key = this.keys.get(kid);
    if (!key) throw new Error(`personal-data key ${kid} is not in the key ring`);
    const aad = Buffer.from(`v2.${alg}.${kid}`, 'utf8');
    if (alg === 'aes') return this.aesOpen(key, iv, tag, ct, aad);
    if (alg === 'sm4')
      return sm4GcmDecrypt(
        key.sm4,
        Buffer.from(iv, 'base64url'),
        Buffer.from(ct, 'base64url'),
        Buffer.from(tag, 'base64url'),
        aad,
      ).toString('utf8');
    throw new Error(`unknown personal-data algorithm ${alg}`);
  }

  private aesOpen(key: PiiKey, iv: string, tag: string, ct: string, aad?: Buffer): string {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key.aes, Buffer.from(iv, 'base64url'));
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A key for another purpose (e.g. backups) derived from the current master key, or from the one `id` names. */
  derivedKey(purpose: string, id: string = this.active.id): { id: string; key: Buffer } {
    const master = this.masters.get(id);
    if (!master) throw new Error(`key ${id} is not in the key ring`);
    return {
      id,
      key: Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `onegrid ${purpose}`, 32)),
    };
  }

  /** Deterministic keyed hash of a normalised value, for equality search. */
  blindIndex(value: string): string {
    return crypto.createHmac('sha256', this.macKey).update(normalisePhone(value)).digest('base64url');
  }
}

export function normalisePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

/** 13812345678 → 138****5678; landlines keep the area code and last 2 digits. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const p = normalisePhone(phone);
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  if (p.length <= 4) return '*'.repeat(p.length);
  return `${p.slice(0, Math.min(4, p.length - 4))}${'*'.repeat(Math.max(p.length - 6, 2))}${p.slice(-2)}`;
}

export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  return id.length <= 8
    ? '*'.repeat(id.length)
    : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

function parseKey(text: string, what: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${what} must be 32 bytes, hex (64 chars) or base64`);
  return key;
}

/**
 * The personal-data key ring, from (first found):
 * - ONEGRID_SECRET_FILE: a file (e.g. on a mounted secret volume, outside DATA_DIR) with one key per line, oldest
 *   first — the last encrypts, the others still decrypt until rotation is done — and optionally `index=<key>`, the
 *   blind-index key (default: derived from the first key); `#` starts a comment;
 * - ONEGRID_SECRET: one key;
 * - DATA_DIR/secret.key, generated on the first start (mode 0600).
 */
export function loadKeyRing(opts: {
  secret?: string | undefined;
  secretFile?: string | undefined;
  dataDir: string;
  algorithm?: PiiAlgorithm;
}): PiiKeyRing {
  const algorithm = opts.algorithm ?? 'aes-256-gcm';
  if (opts.secretFile) {
    const lines = fs
      .readFileSync(opts.secretFile, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean);
    const index = lines.find((l) => l.startsWith('index='));
    const keys = lines
      .filter((l) => !l.startsWith('index='))
      .map((l) => parseKey(l, 'a key in ONEGRID_SECRET_FILE'));
    if (keys.length === 0) throw new Error(`no key in ONEGRID_SECRET_FILE (${opts.secretFile})`);
    return {
      keys,
      algorithm,
      ...(index ? { indexKey: parseKey(index.slice(6), 'the index key in ONEGRID_SECRET_FILE') } : {}),
    };
  }
  return { keys: [loadMasterKey(opts.secret, opts.dataDir)], algorithm };
}

/** The master key from ONEGRID_SECRET, or one generated once under the data directory (mode 0600). */
export function loadMasterKey(secret: string | undefined, dataDir: string): Buffer {
  if (secret) return parseKey(secret, 'ONEGRID_SECRET');
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
