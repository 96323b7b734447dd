import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from './random.ts';

/**
 * Personal data at rest (PIPL, 等保 level 3): AES-256-GCM with a random IV per value, and an HMAC blind index so
 * an exact value can still be searched without decrypting every row. Format: v1.<iv>.<tag>.<ciphertext> (base64url).
 */
export class PiiCipher {
  // Key objects made once: handing raw buffers to every cipher call converts them again each time.
  private readonly encKey: crypto.KeyObject;
  private readonly macKey: crypto.KeyObject;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the personal-data key must be 32 bytes');
    this.encKey = crypto.createSecretKey(
      Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'onegrid pii enc', 32)),
    );
    this.macKey = crypto.createSecretKey(
      Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'onegrid pii mac', 32)),
    );
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(token: string): string {
    const [v, iv, tag, ct] = token.split('.');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
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

/** The master key from ONEGRID_SECRET, or one generated once under the data directory (mode 0600). */
export function loadMasterKey(secret: string | undefined, dataDir: string): Buffer {
  if (secret) {
    const key = /^[0-9a-f]{64}$/i.test(secret) ? Buffer.from(secret, 'hex') : Buffer.from(secret, 'base64');
    if (key.length !== 32) throw new Error('ONEGRID_SECRET must be 32 bytes, hex (64 chars) or base64');
    return key;
  }
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
