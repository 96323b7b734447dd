/**
 * Offline submissions from the grid worker's phone, exactly once (after ODK Central): the phone gives each record
 * a client instance id when it is made, and sends it as often as the network makes it need to.
 * - the same instance id with the same content adds nothing and answers the record already stored;
 * - the same instance id with different content is a conflict (HTTP 409): the phone must not overwrite silently;
 * - an edit after submission is a new instance that names the instance it replaces, with a reason; it becomes the
 *   record's next version, and only the current version may be replaced.
 */
import { z } from 'zod';

export const ClientInstanceId = z
  .string()
  .regex(/^[A-Za-z0-9:_-]{8,80}$/, 'a client instance id: 8–80 letters, digits, ":", "_" or "-"');

/** What is stored for an instance id already received. */
export interface StoredInstance {
  /** the record (patrol, visit, finding…) this instance is a version of */
  recordId: string;
  version: number;
  /** the content's fingerprint as stored (a hash of `canonicalJson`) */
  contentHash: string;
  /** false once a later version replaced it */
  current: boolean;
}

export interface IncomingInstance {
  instanceId: string;
  contentHash: string;
  /** an edit: the instance id this one replaces */
  replaces?: string | null;
  reason?: string | null;
}

export type SyncDecision =
  | { kind: 'create' }
  | { kind: 'duplicate'; recordId: string; version: number }
  | { kind: 'new_version'; recordId: string; version: number }
  | { kind: 'refuse'; code: SyncRefusal };

export type SyncRefusal =
  /** the instance id is known with other content (409) */
  | 'instance_conflict'
  /** an edit without a reason */
  | 'edit_reason_required'
  /** an edit of an instance never received */
  | 'edit_of_unknown'
  /** an edit of a version already replaced by another edit (409: the phone must fetch the current one) */
  | 'edit_of_superseded';

/**
 * Decides what an incoming instance does, given what is stored under its own id and under the id it replaces.
 * Pure: the service looks both up inside one transaction (with the instance id unique) and applies the decision.
 */
export function decideSubmission(
  incoming: IncomingInstance,
  sameId: StoredInstance | null,
  replaced: StoredInstance | null,
): SyncDecision {
  if (sameId) {
    return sameId.contentHash === incoming.contentHash
      ? { kind: 'duplicate', recordId: sameId.recordId, version: sameId.version }
      : { kind: 'refuse', code: 'instance_conflict' };
  }
  if (!incoming.replaces) return { kind: 'create' };
  if (!incoming.reason || !incoming.reason.trim()) return { kind: 'refuse', code: 'edit_reason_required' };
  if (!replaced) return { kind: 'refuse', code: 'edit_of_unknown' };
  if (!replaced.current) return { kind: 'refuse', code: 'edit_of_superseded' };
  return { kind: 'new_version', recordId: replaced.recordId, version: replaced.version + 1 };
}

/**
 * A stable text of a JSON value for fingerprinting: object keys sorted, no whitespace, `undefined` members
 * dropped (as JSON.stringify does). Two phones that build the same content in another key order agree.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** A location as the phone measured it: the point and how sure the phone was (metres, 68 %). */
export interface FieldPoint {
  lon: number;
  lat: number;
  accuracyM: number | null;
}

export type PointQuality = 'good' | 'coarse' | 'unknown';

/**
 * Whether a point is good evidence: its accuracy within the deployment's threshold. A coarse or unknown point is
 * still kept (a worker indoors gets a poor fix) but is marked, and a reviewer sees it.
 */
export function pointQuality(p: Pick<FieldPoint, 'accuracyM'>, thresholdM: number): PointQuality {
  if (p.accuracyM === null || !Number.isFinite(p.accuracyM) || p.accuracyM < 0) return 'unknown';
  return p.accuracyM <= thresholdM ? 'good' : 'coarse';
}

/** Whether a stored track point is past the deployment's retention and must be deleted. */
export function trackPointExpired(recordedAt: Date, keepDays: number, now: Date): boolean {
  return +now - +recordedAt > keepDays * 86_400_000;
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two WGS-84 points (haversine; ample for a patrol's few kilometres). */
export function distanceM(a: Pick<FieldPoint, 'lon' | 'lat'>, b: Pick<FieldPoint, 'lon' | 'lat'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The length of a patrol's track in metres, in time order. Points coarser than the threshold are left out: a
 * jumping fix indoors would add kilometres never walked.
 */
export function trackLengthM(points: readonly (FieldPoint & { at: Date })[], thresholdM: number): number {
  const good = points.filter((p) => pointQuality(p, thresholdM) === 'good').sort((x, y) => +x.at - +y.at);
  let total = 0;
  for (let i = 1; i < good.length; i++) total += distanceM(good[i - 1]!, good[i]!);
  return Math.round(total);
}
