import crypto from 'node:crypto';
import type { UploadLimits } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { caseScope } from '../../lib/scope.ts';
import { writerDistrictOf } from '../../lib/district.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { hashToken } from '../auth/auth.service.ts';
import { detectImageType, reencodeImage, UnreadableImage, type StoredMime } from './image.ts';
import * as repo from './uploads.repository.ts';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** A resident's anonymous upload must be attached to their report within this time. */
export const PUBLIC_ATTACH_WINDOW_HOURS = 24;

/** Who uploads: a signed-in staff member, or a resident (no account) known only by address and request. */
export type Uploader = { actor: Actor } | { actor: null; ip: string; requestId: string };

export interface StoredImage {
  mime: StoredMime | 'image/png' | 'image/gif';
  data: Buffer;
  sha256: string;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  dailyBytesPerClient: 100 * 1024 * 1024,
  maxTotalBytes: 10 * 1024 * 1024 * 1024,
};

/** Whose quota an upload counts against: the signed-in user, else the address (hashed: it is personal data). */
function clientOf(uploader: Uploader): string {
  if (uploader.actor) return `user:${uploader.actor.userId}`;
  return `ip:${crypto.createHash('sha256').update(uploader.ip).digest('base64url').slice(0, 24)}`;
}

/**
 * Checks and stores one photo; answers its id. Type by content, ≤ 5 MB, re-encoded without any metadata. A
 * client stores at most `dailyBytesPerClient` in 24 hours (429 UPLOAD_QUOTA_EXCEEDED) and all photos together
 * stay under `maxTotalBytes` (507 STORAGE_FULL); abandoned photos are purged by uploads.jobs.ts.
 */
export async function storeUpload(
  db: Db,
  uploader: Uploader,
  data: Buffer,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<{ id: string }> {
  if (data.length === 0) throw invalid([{ path: 'file', key: 'file_empty' }]);
  if (data.length > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  if (!detectImageType(data)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  let mime: StoredMime;
  let clean: Buffer;
  try {
    ({ mime, data: clean } = await reencodeImage(data, MAX_UPLOAD_BYTES));
  } catch (err) {
    if (err instanceof UnreadableImage) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: err });
    throw err;
  }
  const sha256 = crypto.createHash('sha256').update(clean).digest('hex');
  const client = clientOf(uploader);
  return db.transaction().execute(async (tx) => {
    // One client's uploads one at a time, so the check and the insert below cannot be raced past the quota.
    await repo.lockClient(tx, client);
    const usage = await repo.usage(tx, client);
    if (usage.client + clean.length > limits.dailyBytesPerClient)
      throw new AppError('UPLOAD_QUOTA_EXCEEDED', {
        params: { limitMb: Math.round(limits.dailyBytesPerClient / 1024 / 1024) },
      });
    if (usage.total + clean.length > limits.maxTotalBytes) throw new AppError('STORAGE_FULL');
    const id = await repo.insertUpload(tx, {
      mime,
      size: clean.length,
      sha256,
      data: clean,
      createdBy: uploader.actor?.userId ?? null,
      client,
      districtCode: await writerDistrictOf(tx, uploader.actor?.scopePath),
    });
    // a resident has no account: their address goes into the row itself
    await writeAudit(tx, uploader.actor, {
      action: 'create',
      entity: 'upload',
      entityId: id,
      after: {
        mime,
        size: clean.length,
        sha256,
        ...(uploader.actor ? {} : { ip: uploader.ip, requestId: uploader.requestId }),
      },
    });
    return { id };
  });
}

/** A photo for a signed-in user: of a case they may see (lib/scope.ts), or their own unattached one. */
export async function getUpload(db: DbOrTx, actor: Actor, id: string): Promise<StoredImage> {
  const row = await repo.findUploadForStaff(db, id, { userId: actor.userId, scope: caseScope(actor) });
  if (!row) throw notFound('upload');
  return row;
}

/** A photo of a case for whoever holds its tracking token (the resident who reported it). */
export async function getTrackedUpload(
  db: DbOrTx,
  id: string,
  caseId: string,
  token: string,
): Promise<StoredImage> {
  const row = await repo.findUploadForTracking(db, id, caseId, hashToken(token));
  if (!row) throw notFound('upload');
  return row;
}

/** A photo of the signed-in resident's own case (cases/mine.service.ts has checked whose case it is). */
export async function getOwnCaseUpload(db: DbOrTx, id: string, caseId: string): Promise<StoredImage> {
  const row = await repo.findUploadOfOwnCase(db, id, caseId);
  if (!row) throw notFound('upload');
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Attaches uploaded photos to a case (and to the timeline event they belong to), in the caller's transaction.
 * Each upload must exist and be unattached; staff (uploaderId set) may attach only their own uploads, a resident
 * (uploaderId null) only anonymous uploads of the last 24 hours. Otherwise VALIDATION_FAILED on 'photoIds',
 * and nothing is attached.
 */
export async function attachUploads(
  tx: DbOrTx,
  uploadIds: string[],
  caseId: string,
  eventId: string | null,
  uploaderId: string | null,
  /** the case's district (packages/domain caseDistrict): an attached upload is stored with its case */
  districtCode: string,
): Promise<void> {
  const ids = [...new Set(uploadIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) return;
  const malformed = ids.filter((id) => !UUID.test(id));
  if (malformed.length > 0)
    throw invalid(
      malformed.map((id) => ({ path: 'photoIds', key: 'not_an_upload' as const, params: { id } })),
    );
  const rows = new Map((await repo.lockUploads(tx, ids, PUBLIC_ATTACH_WINDOW_HOURS)).map((r) => [r.id, r]));
  const bad = ids.filter((id) => {
    const u = rows.get(id);
    if (!u || u.case_id !== null) return true;
    return uploaderId !== null ? u.created_by !== uploaderId : u.created_by !== null || !u.recent;
  });
  if (bad.length > 0)
    throw invalid(
      bad.map((id) => ({ path: 'photoIds', key: 'upload_not_attachable' as const, params: { id } })),
    );
  await repo.setUploadsCase(tx, ids, caseId, eventId, districtCode);
}

/**
 * Keeps photos for a field record (a visit, a quick fix, a field task, a mediation file) from the purge, in the
 * caller's transaction: each must exist, be the uploader's own, attached to no case and kept by no other record
 * (else VALIDATION_FAILED on 'uploadIds', nothing kept). Photos the record kept before and no longer names are
 * let go (the purge takes them after its grace). Answers the ids kept.
 */
export async function keepUploads(
  tx: DbOrTx,
  uploadIds: readonly string[],
  kept: { for: repo.KeptFor; id: string },
  uploaderId: string,
  path = 'uploadIds',
): Promise<string[]> {
  const ids = [...new Set(uploadIds.map((id) => id.toLowerCase()))];
  const malformed = ids.filter((id) => !UUID.test(id));
  if (malformed.length > 0)
    throw invalid(malformed.map((id) => ({ path, key: 'upload_not_yours' as const, params: { id } })));
  const rows = await repo.lockKeepable(tx, ids, kept.for, kept.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const bad = ids.filter((id) => {
    const u = byId.get(id);
    if (!u || u.case_id !== null || u.created_by !== uploaderId) return true;
    return u.kept_for !== null && (u.kept_for !== kept.for || u.kept_id !== kept.id);
  });
  if (bad.length > 0)
    throw invalid(bad.map((id) => ({ path, key: 'upload_not_yours' as const, params: { id } })));
  const released = rows
    .filter((r) => r.kept_for === kept.for && r.kept_id === kept.id && !ids.includes(r.id))
    .map((r) => r.id);
  await repo.setKept(tx, released, null);
  await repo.setKept(tx, ids, kept);
  return ids;
}

/**
 * Keeps photos for a record that is replaced by new versions (a disclosure and its corrections), in the caller's
 * transaction: each must be the uploader's own unattached upload, or one kept by `previous` (the version being
 * replaced), whose photos move to the new version. Else VALIDATION_FAILED on `path`, nothing kept. Answers the ids.
 */
export async function keepVersionUploads(
  tx: DbOrTx,
  uploadIds: readonly string[],
  kept: { for: repo.KeptFor; id: string },
  uploaderId: string,
  previous: string | null,
  path = 'uploadIds',
): Promise<string[]> {
  const ids = [...new Set(uploadIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) return [];
  const malformed = ids.filter((id) => !UUID.test(id));
  if (malformed.length > 0)
    throw invalid(malformed.map((id) => ({ path, key: 'upload_not_yours' as const, params: { id } })));
  const byId = new Map((await repo.lockKeepable(tx, ids, kept.for, null)).map((r) => [r.id, r]));
  const bad = ids.filter((id) => {
    const u = byId.get(id);
    if (!u || u.case_id !== null) return true;
    if (u.kept_for === null) return u.created_by !== uploaderId;
    return !(u.kept_for === kept.for && previous !== null && u.kept_id === previous);
  });
  if (bad.length > 0)
    throw invalid(bad.map((id) => ({ path, key: 'upload_not_yours' as const, params: { id } })));
  await repo.setKept(tx, ids, kept);
  return ids;
}

/** A kept photo and the record keeping it; the caller decides from the record who may see it. */
export async function keptUpload(db: DbOrTx, id: string) {
  if (!UUID.test(id)) return null;
  return (await repo.findKept(db, id)) ?? null;
}

/**
 * Deletes photos nobody attached (abandoned report forms), in batches; for a periodic job. Anonymous uploads
 * cannot be attached after 24 hours anyway; staff get the same grace.
 */
export async function purgeUnattachedUploads(db: DbOrTx, olderThanHours = 48, batch = 500): Promise<number> {
  return repo.deleteUnattachedUploads(db, new Date(Date.now() - olderThanHours * 3_600_000), batch);
}
