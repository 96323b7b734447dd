import { districtOfPath } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { hashToken } from '../auth/auth.service.ts';
import sharp from 'sharp';
import {
  COMMENT_TEXT,
  exifWithGps,
  exifWithOrientation,
  GPS_SECONDS,
  insertSegments,
  jpegSegment,
  mpoWithGpsInSecondImage,
  TINY_GIF,
  tinyJpeg,
  tinyPng,
  tinyWebp,
} from './uploads.fixtures.ts';
import { attachUploads, purgeUnattachedUploads } from './uploads.service.ts';
import { caseDistrictOf } from '../cases/public.ts';

let env: TestEnv;
let handler: Session; // street office of the demo street
let otherStreet: Session; // street office of the second street
let operator: Session; // district government: the whole district
let ownStreetPath: string;
let otherStreetPath: string;
beforeAll(async () => {
  env = await createTestEnv();
  [handler, otherStreet, operator] = await Promise.all([
    login(env.app, 'street_handler'),
    login(env.app, 'street_lead2'),
    login(env.app, 'operator'),
  ]);
  const scope = async (username: string) =>
    (
      await env.ownerDb
        .selectFrom('app_user as u')
        .innerJoin('unit as n', 'n.id', 'u.unit_id')
        .select('n.jurisdiction_path')
        .where('u.username', '=', username)
        .executeTakeFirstOrThrow()
    ).jurisdiction_path;
  [ownStreetPath, otherStreetPath] = await Promise.all([scope('street_handler'), scope('street_lead2')]);
  expect(ownStreetPath.startsWith(otherStreetPath) || otherStreetPath.startsWith(ownStreetPath)).toBe(false);
});
afterAll(async () => env.close());

interface ErrorBody {
  error: { code: string; details?: { path?: string; message: string }[] };
}

/** A multipart body built by the platform's own FormData, as a browser would send it. */
async function post(
  url: string,
  file: Buffer | string | null,
  opts: { session?: Session | null; name?: string; type?: string; field?: string; remote?: string } = {},
) {
  const form = new FormData();
  if (file !== null)
    form.append(
      opts.field ?? 'file',
      new Blob([file], { type: opts.type ?? 'image/jpeg' }),
      opts.name ?? 'photo.jpg',
    );
  else form.append('note', 'no file here');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return env.app.inject({
    method: 'POST',
    url,
    headers: { ...(opts.session?.headers ?? {}), 'content-type': request.headers.get('content-type') ?? '' },
    payload: Buffer.from(await request.arrayBuffer()),
    ...(opts.remote ? { remoteAddress: opts.remote } : {}),
  });
}

async function upload(session: Session | null, file: Buffer): Promise<string> {
  const res = await post(session ? '/api/uploads' : '/api/public/uploads', file, { session });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const get = (url: string, session?: Session) =>
  env.app.inject({ method: 'GET', url, ...(session ? { headers: { cookie: session.cookie } } : {}) });

let caseSeq = 0;
/** The case's district, as the case service passes it when it attaches photos. */
const districtOf = async (caseId: string) =>
  (await env.ownerDb.selectNoFrom(caseDistrictOf(caseId).as('d')).executeTakeFirstOrThrow()).d;
/** A minimal case row (the owner's handle: the case service is not under test here). */
async function insertCase(regionPath: string, token = 'tok-' + String(caseSeq + 1)): Promise<string> {
  const id = String(2026112200000001 + caseSeq++);
  await env.ownerDb
    .insertInto('case')
    .values({
      id,
      status: 'registered',
      request_type: 'complaint',
      channel: 'web',
      urgency: 'ordinary',
      title: '测试',
      description: '测试诉求',
      region_path: regionPath,
      district_code: districtOfPath(regionPath),
      tracking_hash: hashToken(token),
    })
    .execute();
  return id;
}

async function attach(
  ids: string[],
  caseId: string,
  uploaderId: string | null,
  eventId: string | null = null,
) {
  const district = await districtOf(caseId);
  await env.db.transaction().execute((tx) => attachUploads(tx, ids, caseId, eventId, uploaderId, district));
}

async function attachError(ids: string[], caseId: string, uploaderId: string | null): Promise<AppError> {
  try {
    await attach(ids, caseId, uploaderId);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('attach succeeded');
}

describe('POST /api/uploads', () => {
  it('401 without a session', async () => {
    const res = await post('/api/uploads', tinyPng(), { session: null });
    expect(res.statusCode).toBe(401);
  });

  it('403 without the CSRF token', async () => {
    const form = new FormData();
    form.append('file', new Blob([tinyPng()]), 'a.png');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { cookie: handler.cookie, 'content-type': request.headers.get('content-type') ?? '' },
      payload: Buffer.from(await request.arrayBuffer()),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error.code).toBe('CSRF_INVALID');
  });

  it('400 without a file or with an empty one; 415 for a body that is not multipart', async () => {
    const none = await post('/api/uploads', null, { session: handler });
    expect(none.statusCode).toBe(400);
    expect(none.json<ErrorBody>().error.details?.[0]?.path).toBe('file');
    const wrongField = await post('/api/uploads', tinyPng(), { session: handler, field: 'photo' });
    expect(wrongField.statusCode).toBe(400);
    const empty = await post('/api/uploads', Buffer.alloc(0), { session: handler });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    const json = await env.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: handler.headers,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('415 for a text file named photo.jpg, whatever type the client claims', async () => {
    const res = await post('/api/uploads', 'just some text, not a picture', {
      session: handler,
      name: 'photo.jpg',
      type: 'image/jpeg',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json<ErrorBody>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const svg = await post(
      '/api/uploads',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>',
      {
        session: handler,
        name: 'x.png',
        type: 'image/png',
      },
    );
    expect(svg.statusCode).toBe(415);
  });

  it('413 beyond 5 MB, and nothing stored', async () => {
    const before = await env.ownerDb
      .selectFrom('upload')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const big = Buffer.concat([tinyJpeg(), Buffer.alloc(6 * 1024 * 1024)]);
    const res = await post('/api/uploads', big, { session: handler });
    expect(res.statusCode).toBe(413);
    expect(res.json<ErrorBody>().error.code).toBe('PAYLOAD_TOO_LARGE');
    const after = await env.ownerDb
      .selectFrom('upload')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('stores PNG, JPEG, GIF and WebP by their content and answers 201 { id }', async () => {
    const cases: [Buffer, string, string][] = [
      [tinyPng(), 'image/jpeg', 'a.png'],
      [tinyJpeg(), 'image/jpeg', 'a.jpg'],
      [TINY_GIF, 'image/webp', 'a.gif'],
      [tinyWebp(), 'image/webp', 'a.webp'],
      [tinyPng(), 'image/jpeg', 'misnamed.jpg'], // the bytes decide, not the name
    ];
    for (const [bytes, mime, name] of cases) {
      const res = await post('/api/uploads', bytes, {
        session: handler,
        name,
        type: 'application/octet-stream',
      });
      expect(res.statusCode, name).toBe(201);
      const { id } = res.json<{ id: string }>();
      const row = await env.ownerDb
        .selectFrom('upload')
        .select(['mime', 'size', 'created_by', 'case_id', 'data'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      // re-encoded: JPEG, or WebP when the image has transparency (the GIF and the WebP probe image)
      expect(row).toMatchObject({ mime, size: row.data.length, created_by: handler.userId, case_id: null });
      expect((await sharp(row.data).metadata()).format).toBe(mime === 'image/jpeg' ? 'jpeg' : 'webp');
    }
  });

  it('a photo of 4.9 MB is accepted', async () => {
    const bytes = Buffer.concat([tinyJpeg(), Buffer.alloc(4.9 * 1024 * 1024)]);
    expect((await post('/api/uploads', bytes, { session: handler })).statusCode).toBe(201);
  });

  it('the creation is audited', async () => {
    const id = await upload(handler, tinyPng());
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity', '=', 'upload')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'create', actor_username: 'street_handler' }]);
  });
});

describe('metadata: every photo is re-encoded from its pixels', () => {
  const stored = async (id: string) =>
    env.ownerDb
      .selectFrom('upload')
      .select(['data', 'size', 'mime'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const count = (buf: Buffer, needle: Buffer) => {
    let n = 0;
    for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + 1)) n++;
    return n;
  };

  it('an MPO (dual-image phone photo) with GPS in its second image and comment segments: one image, no metadata', async () => {
    const first = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#4a7' } })
      .jpeg()
      .toBuffer();
    const original = mpoWithGpsInSecondImage(first);
    expect(original.includes(GPS_SECONDS)).toBe(true);
    expect(original.includes(Buffer.from(COMMENT_TEXT))).toBe(true);
    const { data, size, mime } = await stored(await upload(null, original));
    expect(mime).toBe('image/jpeg');
    expect(size).toBe(data.length);
    expect(data.includes(GPS_SECONDS)).toBe(false);
    expect(data.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(data.includes(Buffer.from('MPF\0', 'latin1'))).toBe(false);
    expect(data.includes(Buffer.from(COMMENT_TEXT))).toBe(false);
    expect(data.includes(Buffer.from([0xff, 0xfe]))).toBe(false); // no COM segment
    expect(count(data, Buffer.from([0xff, 0xd8, 0xff]))).toBe(1); // one image
    const meta = await sharp(data).metadata();
    expect([meta.width, meta.height, meta.exif, meta.comments]).toEqual([64, 48, undefined, undefined]);
  });

  it('the EXIF orientation is applied to the pixels, then dropped', async () => {
    const wide = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const rotated = insertSegments(wide, [jpegSegment(0xe1, exifWithOrientation(6))]);
    const { data } = await stored(await upload(handler, rotated));
    const meta = await sharp(data).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([20, 40, undefined, undefined]);
  });

  it('the longest side is capped at 2560 pixels', async () => {
    const huge = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#789' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const { data } = await stored(await upload(handler, huge));
    const meta = await sharp(data).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([2560, 640, 'jpeg']);
  });

  it('PNG text/EXIF chunks and WebP EXIF chunks are gone; transparency is kept as WebP', async () => {
    const png = tinyPng([
      { type: 'eXIf', data: exifWithGps().subarray(6) },
      { type: 'tEXt', data: Buffer.from('Comment\0home address', 'latin1') },
    ]);
    for (const original of [png, tinyWebp(true)]) {
      const { data } = await stored(await upload(handler, original));
      expect(data.includes(GPS_SECONDS)).toBe(false);
      expect(data.includes(Buffer.from('home address'))).toBe(false);
      expect((await sharp(data).metadata()).exif).toBeUndefined();
    }
    const transparent = await sharp({
      create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    expect((await stored(await upload(handler, transparent))).mime).toBe('image/webp');
  });

  it('bytes that start like an image but do not decode answer 415', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]);
    const res = await post('/api/uploads', broken, { session: handler });
    expect(res.statusCode).toBe(415);
  });
});

describe('GET /api/uploads/:id', () => {
  it('401 without a session, 400 for a malformed id, 404 for an unknown one', async () => {
    const id = await upload(handler, tinyPng());
    expect((await get(`/api/uploads/${id}`)).statusCode).toBe(401);
    expect((await get('/api/uploads/not-a-uuid', handler)).statusCode).toBe(400);
    expect((await get('/api/uploads/7d4b1c52-3f7a-4e0b-9a51-1a2b3c4d5e6f', handler)).statusCode).toBe(404);
  });

  it('answers the bytes with the stored type, nosniff, inline and a private cache', async () => {
    const bytes = tinyJpeg();
    const id = await upload(handler, bytes);
    const res = await get(`/api/uploads/${id}`, handler);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe('inline');
    expect(String(res.headers['cache-control'])).toMatch(/^private/);
    const { data } = await env.ownerDb
      .selectFrom('upload')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Buffer.compare(res.rawPayload, data)).toBe(0);
  });

  it('an unattached upload only to its uploader', async () => {
    const id = await upload(handler, tinyPng());
    // stored under the district of the uploader's unit until it is attached
    const { rows } = await sql<{ district_code: string; path: string }>`
      SELECT p.district_code, n.jurisdiction_path AS path FROM upload p
        JOIN app_user u ON u.id = p.created_by JOIN unit n ON n.id = u.unit_id WHERE p.id = ${id}`.execute(
      env.ownerDb,
    );
    expect(rows[0]!.district_code).toBe(districtOfPath(rows[0]!.path));
    expect((await get(`/api/uploads/${id}`, handler)).statusCode).toBe(200);
    expect((await get(`/api/uploads/${id}`, operator)).statusCode).toBe(404);
    expect((await get(`/api/uploads/${id}`, otherStreet)).statusCode).toBe(404);
  });

  it('a photo of a case only inside the jurisdiction (another street answers 404), or to an assigned unit', async () => {
    const id = await upload(handler, tinyPng());
    const caseId = await insertCase(ownStreetPath);
    await attach([id], caseId, handler.userId);
    expect((await get(`/api/uploads/${id}`, handler)).statusCode).toBe(200);
    expect((await get(`/api/uploads/${id}`, operator)).statusCode).toBe(200); // the district sees its streets
    const denied = await get(`/api/uploads/${id}`, otherStreet);
    expect(denied.statusCode).toBe(404);
    expect(denied.body).not.toContain('PNG');

    // the other street's office is assigned to the case (e.g. as co-unit): now it may see the photo
    const unit = await env.ownerDb
      .selectFrom('app_user')
      .select('unit_id')
      .where('username', '=', 'street_lead2')
      .executeTakeFirstOrThrow();
    await env.ownerDb
      .insertInto('assignment')
      .values({
        case_id: caseId,
        district_code: caseDistrictOf(caseId),
        unit_id: unit.unit_id,
        role: 'assist',
        status: 'pending',
      })
      .execute();
    expect((await get(`/api/uploads/${id}`, otherStreet)).statusCode).toBe(200);
  });

  it('a photo of a case in another street is hidden from the uploader once attached there', async () => {
    const id = await upload(otherStreet, tinyPng());
    const caseId = await insertCase(otherStreetPath);
    await attach([id], caseId, otherStreet.userId);
    expect((await get(`/api/uploads/${id}`, otherStreet)).statusCode).toBe(200);
    expect((await get(`/api/uploads/${id}`, handler)).statusCode).toBe(404);
  });
});

describe('POST /api/public/uploads', () => {
  it('needs no session, stores an anonymous upload; the same type checks apply', async () => {
    const res = await post('/api/public/uploads', tinyPng(), { session: null });
    expect(res.statusCode).toBe(201);
    const { id } = res.json<{ id: string }>();
    const row = await env.ownerDb
      .selectFrom('upload')
      .select(['created_by', 'case_id', 'district_code'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    // not attached, by a resident without a unit: stored under the city's code (domain writerDistrict)
    const city = await sql<{ code: string }>`SELECT code FROM region WHERE level = 'city'`.execute(
      env.ownerDb,
    );
    expect(row).toEqual({ created_by: null, case_id: null, district_code: city.rows[0]!.code });
    expect((await post('/api/public/uploads', 'text', { session: null })).statusCode).toBe(415);
    expect((await post('/api/public/uploads', null, { session: null })).statusCode).toBe(400);
    // nobody can read an unattached anonymous upload
    expect((await get(`/api/uploads/${id}`, operator)).statusCode).toBe(404);
  });

  it('is rate-limited per client: 429 after 30 a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (await post('/api/public/uploads', TINY_GIF, { session: null, remote: '203.0.113.50' })).statusCode,
      );
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe('GET /api/public/uploads/:id', () => {
  it('answers a photo of the case to the holder of its tracking token, 404 otherwise', async () => {
    const id = await upload(null, tinyJpeg());
    const token = 'resident-token-abc';
    const caseId = await insertCase(ownStreetPath, token);
    await attach([id], caseId, null);
    const url = (c: string, t: string) => `/api/public/uploads/${id}?case=${c}&t=${encodeURIComponent(t)}`;
    const ok = await get(url(caseId, token));
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('image/jpeg');
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['content-disposition']).toBe('inline');
    expect(String(ok.headers['cache-control'])).toMatch(/^private/);
    expect((await get(url(caseId, 'wrong-token'))).statusCode).toBe(404);
    const otherCase = await insertCase(ownStreetPath, token);
    expect((await get(url(otherCase, token))).statusCode).toBe(404);
    expect((await get(`/api/public/uploads/${id}?case=${caseId}`)).statusCode).toBe(400);
    expect((await get(`/api/public/uploads/${id}?case=abc&t=x`)).statusCode).toBe(400);
  });

  it('a photo of an internal timeline event stays internal', async () => {
    const token = 'resident-token-internal';
    const caseId = await insertCase(ownStreetPath, token);
    const { id: eventId } = await env.ownerDb
      .insertInto('case_event')
      .values({ case_id: caseId, district_code: caseDistrictOf(caseId), action: 'progress', public: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = await upload(handler, tinyPng());
    await attach([id], caseId, handler.userId, eventId);
    expect((await get(`/api/public/uploads/${id}?case=${caseId}&t=${token}`)).statusCode).toBe(404);
    expect((await get(`/api/uploads/${id}`, handler)).statusCode).toBe(200);
  });
});

describe('attachUploads', () => {
  it('attaches the uploader’s own photos to the case and event', async () => {
    const ids = [await upload(handler, tinyPng()), await upload(handler, tinyJpeg())];
    const caseId = await insertCase(ownStreetPath);
    await attach([...ids, ids[0]!], caseId, handler.userId); // duplicates are harmless
    const rows = await env.ownerDb
      .selectFrom('upload')
      .select(['case_id', 'event_id'])
      .where('id', 'in', ids)
      .execute();
    expect(rows).toEqual([
      { case_id: caseId, event_id: null },
      { case_id: caseId, event_id: null },
    ]);
    await attach([], caseId, handler.userId); // nothing to do
  });

  it('rejects reuse, someone else’s upload, unknown and malformed ids — and attaches nothing', async () => {
    const used = await upload(handler, tinyPng());
    await attach([used], await insertCase(ownStreetPath), handler.userId);
    const fresh = await upload(handler, tinyPng());
    const foreign = await upload(operator, tinyPng());
    const caseId = await insertCase(ownStreetPath);
    for (const ids of [
      [fresh, used],
      [fresh, foreign],
      [fresh, '7d4b1c52-3f7a-4e0b-9a51-1a2b3c4d5e6f'],
      [fresh, 'not-a-uuid'],
    ]) {
      const err = await attachError(ids, caseId, handler.userId);
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.details?.map((d) => d.path)).toEqual(['photoIds']);
      // a message key with the upload named in its parameters (the text is added per request language)
      expect((err.details?.[0] as { params?: { id?: string } }).params?.id).toBe(ids[1]);
    }
    const row = await env.ownerDb
      .selectFrom('upload')
      .select('case_id')
      .where('id', '=', fresh)
      .executeTakeFirstOrThrow();
    expect(row.case_id).toBeNull();
  });

  it('a resident attaches only anonymous uploads of the last 24 hours', async () => {
    const caseId = await insertCase(ownStreetPath);
    const staffs = await upload(handler, tinyPng());
    expect((await attachError([staffs], caseId, null)).code).toBe('VALIDATION_FAILED');
    const old = await upload(null, tinyPng());
    await env.ownerDb
      .updateTable('upload')
      .set({ created_at: sql`now() - interval '25 hours'` })
      .where('id', '=', old)
      .execute();
    expect((await attachError([old], caseId, null)).code).toBe('VALIDATION_FAILED');
    const recent = await upload(null, tinyPng());
    expect((await attachError([recent], caseId, handler.userId)).code).toBe('VALIDATION_FAILED');
    await attach([recent], caseId, null);
  });

  it('two transactions cannot both take the same photo', async () => {
    const id = await upload(handler, tinyPng());
    const [a, b] = [await insertCase(ownStreetPath), await insertCase(ownStreetPath)];
    const results = await Promise.allSettled([
      attach([id], a, handler.userId),
      attach([id], b, handler.userId),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});

describe('purgeUnattachedUploads', () => {
  it('deletes abandoned uploads past the cutoff, keeps attached and recent ones', async () => {
    const abandoned = await upload(null, tinyPng());
    const recent = await upload(null, tinyPng());
    const attached = await upload(handler, tinyPng());
    await attach([attached], await insertCase(ownStreetPath), handler.userId);
    await env.ownerDb
      .updateTable('upload')
      .set({ created_at: sql`now() - interval '3 days'` })
      .where('id', 'in', [abandoned, attached])
      .execute();
    expect(await purgeUnattachedUploads(env.db)).toBeGreaterThanOrEqual(1);
    const left = await env.ownerDb
      .selectFrom('upload')
      .select('id')
      .where('id', 'in', [abandoned, recent, attached])
      .execute();
    expect(left.map((r) => r.id).sort()).toEqual([recent, attached].sort());
  });
});
