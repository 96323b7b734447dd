import type pg from 'pg';
import type { PiiCipher } from '../../lib/pii.ts';
import { givenName, pickSurname } from '../basedata/person-names.ts';
import { rngFor } from '../random.ts';

/** The generated grid workers' user names: gw-<15-digit grid code>. */
export const gridWorkerUsername = (gridCode: string): string => `gw-${gridCode}`;

export interface DemoGridWorker {
  userId: string;
  username: string;
  name: string;
  gridCode: string;
  communityCode: string;
  streetCode: string;
}

/**
 * A grid worker (网格员) for every grid of the demo district that has none yet: one account `gw-<grid code>` per
 * grid, in the grid's community committee, with the demo password. The password hash is the demo `grid_worker`'s,
 * copied in SQL — a thousand accounts must not cost a thousand argon2 hashes. Names and phone numbers are invented
 * and seeded by the grid code. One INSERT … SELECT over unnest() for the users and one for their grids; the tags
 * of each grid's persons then get their grid's worker, as the base data's tags of the demo worker's grids have.
 */
export async function writeGridWorkers(client: pg.ClientBase, pii: PiiCipher): Promise<number> {
  const grids = (
    await client.query<{ code: string; community_code: string }>(
      `SELECT g.code, g.community_code FROM grid g
        WHERE NOT EXISTS (SELECT 1 FROM grid_worker w WHERE w.grid_code = g.code)
        ORDER BY g.code`,
    )
  ).rows;
  if (grids.length === 0) return 0;
  const usernames: string[] = [];
  const names: string[] = [];
  const phonesEnc: string[] = [];
  const phoneHashes: string[] = [];
  const communities: string[] = [];
  for (const [i, g] of grids.entries()) {
    const rng = rngFor(`grid-worker:${g.code}`);
    const gender = rng() < 0.7 ? 'female' : 'male';
    const name = pickSurname(rng) + givenName(rng, gender, 1975 + Math.floor(rng() * 25));
    // 1580xxxxxxx: a block of invented mobile numbers, one per grid
    const phone = `1580${String(1_000_000 + i * 7).padStart(7, '0')}`;
    usernames.push(gridWorkerUsername(g.code));
    names.push(name);
    phonesEnc.push(pii.encrypt(phone));
    phoneHashes.push(pii.blindIndex(phone));
    communities.push(g.community_code);
  }
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO app_user (username, name, phone_enc, phone_hash, unit_id, roles, password_hash)
     SELECT x.username, x.name, x.phone_enc, x.phone_hash, u.id, ARRAY['grid_worker']::text[],
            (SELECT password_hash FROM app_user WHERE username = 'grid_worker')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
            AS x(username, name, phone_enc, phone_hash, community_code)
       JOIN unit u ON u.kind = 'community' AND u.jurisdiction_code = x.community_code
     RETURNING id`,
    [usernames, names, phonesEnc, phoneHashes, communities],
  );
  await client.query(
    `INSERT INTO grid_worker (grid_code, user_id)
     SELECT substr(u.username, 4), u.id FROM app_user u
      WHERE u.username LIKE 'gw-%' AND NOT EXISTS (SELECT 1 FROM grid_worker w WHERE w.user_id = u.id)`,
  );
  // the persons' tags of each grid are the grid worker's (as the base data does for the demo worker's grids)
  await client.query(
    `UPDATE person_tag t SET assigned_user_id = w.user_id
       FROM grid_worker w JOIN app_user u ON u.id = w.user_id AND u.username LIKE 'gw-%'
      WHERE t.grid_code = w.grid_code AND t.assigned_user_id IS NULL`,
  );
  return inserted.rowCount ?? 0;
}

/** The generated grid workers with their grids (one grid each). */
export async function readGridWorkers(client: pg.ClientBase): Promise<DemoGridWorker[]> {
  const rows = await client.query<{
    id: string;
    username: string;
    name: string;
    grid_code: string;
    community_code: string;
    street_code: string;
  }>(
    `SELECT u.id, u.username, u.name, g.code AS grid_code, g.community_code, c.parent_code AS street_code
       FROM app_user u
       JOIN grid_worker w ON w.user_id = u.id
       JOIN grid g ON g.code = w.grid_code
       JOIN region c ON c.code = g.community_code
      WHERE u.username LIKE 'gw-%'
      ORDER BY g.code`,
  );
  return rows.rows.map((r) => ({
    userId: r.id,
    username: r.username,
    name: r.name,
    gridCode: r.grid_code,
    communityCode: r.community_code,
    streetCode: r.street_code,
  }));
}
