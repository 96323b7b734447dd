import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ClientInstanceId,
  canonicalJson,
  decideSubmission,
  pointQuality,
  trackPointExpired,
  type StoredInstance,
} from './sync.ts';

const stored = (p: Partial<StoredInstance> = {}): StoredInstance => ({
  recordId: 'r1',
  version: 1,
  contentHash: 'h1',
  current: true,
  ...p,
});

describe('decideSubmission (exactly-once sync, after ODK Central)', () => {
  it('a new instance id creates a record', () => {
    expect(decideSubmission({ instanceId: 'uuid:a', contentHash: 'h1' }, null, null)).toEqual({
      kind: 'create',
    });
  });
  it('the same id with the same content adds nothing and answers the stored record', () => {
    expect(decideSubmission({ instanceId: 'uuid:a', contentHash: 'h1' }, stored(), null)).toEqual({
      kind: 'duplicate',
      recordId: 'r1',
      version: 1,
    });
  });
  it('the same id with other content is a conflict', () => {
    expect(decideSubmission({ instanceId: 'uuid:a', contentHash: 'h2' }, stored(), null)).toEqual({
      kind: 'refuse',
      code: 'instance_conflict',
    });
  });
  it('an edit is the next version of the current one, with a reason', () => {
    const edit = { instanceId: 'uuid:b', contentHash: 'h2', replaces: 'uuid:a', reason: '住户已搬离' };
    expect(decideSubmission(edit, null, stored())).toEqual({
      kind: 'new_version',
      recordId: 'r1',
      version: 2,
    });
    expect(decideSubmission({ ...edit, reason: '  ' }, null, stored())).toEqual({
      kind: 'refuse',
      code: 'edit_reason_required',
    });
    expect(decideSubmission(edit, null, null)).toEqual({ kind: 'refuse', code: 'edit_of_unknown' });
    expect(decideSubmission(edit, null, stored({ current: false }))).toEqual({
      kind: 'refuse',
      code: 'edit_of_superseded',
    });
  });
  it('a resent edit is a duplicate, not a third version', () => {
    const edit = { instanceId: 'uuid:b', contentHash: 'h2', replaces: 'uuid:a', reason: '更正' };
    expect(
      decideSubmission(edit, stored({ version: 2, contentHash: 'h2' }), stored({ current: false })),
    ).toEqual({
      kind: 'duplicate',
      recordId: 'r1',
      version: 2,
    });
  });
  it('instance ids are plain tokens', () => {
    expect(ClientInstanceId.safeParse('uuid:5b1c0f3e-7f1a-4d2b-9c9e-1d2f3a4b5c6d').success).toBe(true);
    expect(ClientInstanceId.safeParse('short').success).toBe(false);
    expect(ClientInstanceId.safeParse("uuid:a'; drop table").success).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, u: undefined })).toBe('{"a":1}');
  });
  it('distinguishes different content and round-trips through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
  });
});

describe('location evidence', () => {
  it('grades a point by its accuracy against the threshold', () => {
    expect(pointQuality({ accuracyM: 12 }, 30)).toBe('good');
    expect(pointQuality({ accuracyM: 30 }, 30)).toBe('good');
    expect(pointQuality({ accuracyM: 31 }, 30)).toBe('coarse');
    expect(pointQuality({ accuracyM: null }, 30)).toBe('unknown');
    expect(pointQuality({ accuracyM: Number.NaN }, 30)).toBe('unknown');
  });
  it('expires track points after the retention', () => {
    const now = new Date('2026-12-31T00:00:00Z');
    expect(trackPointExpired(new Date('2026-12-01T00:00:00Z'), 30, now)).toBe(false);
    expect(trackPointExpired(new Date('2026-11-30T23:59:59Z'), 30, now)).toBe(true);
  });
});

describe('track length', () => {
  it('measures metres along the good points in time order', async () => {
    const { distanceM, trackLengthM } = await import('./sync.ts');
    // one thousandth of a degree of latitude is about 111 m
    expect(distanceM({ lon: 117.1, lat: 40.1 }, { lon: 117.1, lat: 40.101 })).toBeCloseTo(111.2, 0);
    const t = (m: number) => new Date(Date.UTC(2026, 11, 7, 1, m));
    const pts = [
      { at: t(2), lon: 117.1, lat: 40.102, accuracyM: 10 },
      { at: t(0), lon: 117.1, lat: 40.1, accuracyM: 10 },
      { at: t(1), lon: 117.1, lat: 40.101, accuracyM: 10 },
      { at: t(1), lon: 117.2, lat: 40.2, accuracyM: 500 }, // a jump indoors: left out
    ];
    expect(trackLengthM(pts, 50)).toBe(
      Math.round(2 * distanceM({ lon: 117.1, lat: 40.1 }, { lon: 117.1, lat: 40.101 })),
    );
  });
});
