import {
  DEFAULT_FIELD_SETTINGS,
  DEFAULT_VISIT_RULES,
  dayNumberOf,
  mediationFileNumber,
  nextVisit,
  parseDay,
  visitRuleFor,
} from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { insideRing, type Ring } from '../geometry.ts';
import { DEMO_STREET } from '../users.ts';
import { HISTORY_DAYS } from './history.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

describe('demo field work (in the test template, as on a first start)', () => {
  it('gives every grid its grid worker, one account a grid with the demo password hash', async () => {
    const db = env.ownerDb;
    const orphans = await db
      .selectFrom('grid as g')
      .select('g.code')
      .where('g.code', 'not in', db.selectFrom('grid_worker').select('grid_code'))
      .execute();
    expect(orphans).toEqual([]);
    const gw = await db
      .selectFrom('app_user as u')
      .innerJoin('grid_worker as w', 'w.user_id', 'u.id')
      .innerJoin('unit as n', 'n.id', 'u.unit_id')
      .innerJoin('grid as g', 'g.code', 'w.grid_code')
      .select([
        'u.username',
        'u.roles',
        'u.password_hash',
        'w.grid_code',
        'n.jurisdiction_code',
        'g.community_code',
      ])
      .where('u.username', 'like', 'gw-%')
      .execute();
    const grids = await db
      .selectFrom('grid')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    // the demo grid_worker keeps its three grids
    expect(gw.length).toBe(grids.n - 3);
    const demoHash = (
      await db
        .selectFrom('app_user')
        .select('password_hash')
        .where('username', '=', 'grid_worker')
        .executeTakeFirstOrThrow()
    ).password_hash;
    for (const u of gw) {
      expect(u.username).toBe(`gw-${u.grid_code}`);
      expect(u.roles).toEqual(['grid_worker']);
      expect(u.password_hash).toBe(demoHash);
      expect(u.jurisdiction_code).toBe(u.community_code);
    }
    // the tags of a generated worker's grid are that worker's
    const unassigned = await db
      .selectFrom('person_tag')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('assigned_user_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(unassigned.n).toBe(0);
  });

  it('a generated worker signs in with the demo password', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'gw-110117001001004', password: 'Demo@12345' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('has three weeks of patrols with short tracks inside the grid, and gaps in coverage', async () => {
    const db = env.ownerDb;
    const now = Date.now();
    const patrols = await db
      .selectFrom('patrol as p')
      .innerJoin('grid as g', 'g.code', 'p.grid_code')
      .innerJoin('grid_worker as w', (j) =>
        j.onRef('w.grid_code', '=', 'p.grid_code').onRef('w.user_id', '=', 'p.worker_id'),
      )
      .select(['p.id', 'p.started_at', 'p.ended_at', 'p.tracking', 'g.boundary', 'g.code'])
      .execute();
    expect(patrols.length).toBeGreaterThan(1000);
    const points = await db.selectFrom('patrol_point').selectAll().execute();
    const byPatrol = new Map<string, typeof points>();
    for (const pt of points) byPatrol.set(pt.patrol_id, [...(byPatrol.get(pt.patrol_id) ?? []), pt]);
    const rings = new Map(
      patrols.map((p) => [p.id, (p.boundary as unknown as { coordinates: Ring[] }).coordinates[0]!]),
    );
    for (const p of patrols) {
      expect(+p.started_at).toBeGreaterThan(now - (HISTORY_DAYS + 1) * 86_400_000);
      expect(+p.ended_at!).toBeLessThanOrEqual(now);
      const track = byPatrol.get(p.id) ?? [];
      if (!p.tracking) expect(track).toEqual([]);
      else expect(track.length).toBeGreaterThanOrEqual(5);
    }
    for (const pt of points) {
      expect(insideRing([pt.lon, pt.lat], rings.get(pt.patrol_id)!)).toBe(true);
      expect(+pt.at).toBeGreaterThan(now - DEFAULT_FIELD_SETTINGS.trackKeepDays * 86_400_000);
    }
    expect(await db.selectFrom('patrol_checkin').select('id').limit(1).execute()).toHaveLength(1);
    expect(await db.selectFrom('quick_fix').select('id').limit(1).execute()).toHaveLength(1);
    // the demo grid_worker's day starts from the rules alone
    const own = await db
      .selectFrom('patrol as p')
      .innerJoin('app_user as u', 'u.id', 'p.worker_id')
      .select('p.id')
      .where('u.username', '=', 'grid_worker')
      .execute();
    expect(own).toEqual([]);
    // coverage of the last seven days: most grids, not all
    const week = new Set(patrols.filter((p) => +p.started_at > now - 7 * 86_400_000).map((p) => p.code));
    const grids = await db.selectFrom('grid').select('code').execute();
    expect(week.size).toBeGreaterThan(grids.length / 2);
    expect(week.size).toBeLessThan(grids.length);
  });

  it('has visits by rule: some done, some due, some overdue; anomalies with sign-offs in every state', async () => {
    const db = env.ownerDb;
    const now = new Date();
    const tags = await db
      .selectFrom('person_tag as t')
      .innerJoin('app_user as u', 'u.id', 't.assigned_user_id')
      .select(['t.tag', 't.level', 't.started_on', 't.last_visit_at', 't.major_change_at'])
      .where('u.username', 'like', 'gw-%')
      .where('t.ended_on', 'is', null)
      .execute();
    const states = { overdue: 0, due: 0, upcoming: 0 };
    for (const t of tags) {
      const rule = visitRuleFor(DEFAULT_VISIT_RULES, t.tag, t.level);
      if (!rule) continue;
      const due = nextVisit(
        rule,
        {
          tagStartedOn: t.started_on ? parseDay(t.started_on) : null,
          lastVisitAt: t.last_visit_at,
          majorChangeAt: t.major_change_at,
        },
        now,
      );
      states[due.state]++;
    }
    expect(states.overdue).toBeGreaterThan(0);
    expect(states.due).toBeGreaterThan(0);
    expect(states.upcoming).toBeGreaterThan(0);
    // each visit moved its tag's clock: the tag's last visit is its latest visit
    const clock = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM person_tag t
       WHERE t.last_visit_at IS DISTINCT FROM (SELECT max(v.visited_at) FROM visit v WHERE v.tag_id = t.id)`.execute(
      db,
    );
    expect(clock.rows[0]!.n).toBe(0);
    const signoffs = await db
      .selectFrom('visit_signoff as s')
      .innerJoin('visit as v', 'v.id', 's.visit_id')
      .select(['s.yellow_at', 's.red_at', 's.signed_at', 's.replied_at', 'v.anomaly', 'v.street_code'])
      .execute();
    expect(signoffs.every((s) => s.anomaly)).toBe(true);
    const inStreet = signoffs.filter((s) => s.street_code === DEMO_STREET);
    const stateOf = (s: (typeof signoffs)[number]) =>
      s.replied_at
        ? 'replied'
        : s.signed_at
          ? 'signed'
          : now >= s.red_at
            ? 'red'
            : now >= s.yellow_at
              ? 'yellow'
              : 'pending';
    expect(new Set(inStreet.map(stateOf))).toEqual(
      new Set(['replied', 'signed', 'red', 'yellow', 'pending']),
    );
  });

  it('has tasks in every state and mediation files in every status, numbered by the domain rule', async () => {
    const db = env.ownerDb;
    const now = new Date();
    const tasks = await db.selectFrom('field_task').select(['status', 'due_at', 'done_at']).execute();
    const taskStates = new Set(
      tasks.map((t) =>
        t.status === 'done'
          ? t.done_at! > t.due_at
            ? 'done_late'
            : 'done'
          : (t.status === 'assigned' || t.status === 'accepted') && t.due_at < now
            ? `${t.status}_overdue`
            : t.status,
      ),
    );
    expect(taskStates).toEqual(
      new Set([
        'assigned',
        'assigned_overdue',
        'accepted',
        'accepted_overdue',
        'done',
        'done_late',
        'cancelled',
      ]),
    );
    const files = await db
      .selectFrom('mediation_file as f')
      .innerJoin('region as r', 'r.code', 'f.community_code')
      .select(['f.file_no', 'f.year', 'f.seq', 'f.status', 'f.street_code', 'r.name'])
      .execute();
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(new Set(files.map((f) => f.status))).toEqual(
      new Set(['received', 'referred', 'assigned', 'mediating', 'agreed', 'terminated', 'closed']),
    );
    for (const f of files) {
      expect(f.street_code).toBe(DEMO_STREET);
      expect(f.file_no).toBe(
        mediationFileNumber(f.year, f.name.replace(/(社区居委会|社区|村委会|村)$/, ''), f.seq),
      );
    }
    const parties = await db.selectFrom('mediation_party').select(['name_enc', 'name_masked']).execute();
    expect(parties.length).toBe(files.length * 2);
    for (const p of parties)
      expect(env.pii.decrypt(p.name_enc!)).toMatch(new RegExp(`^${p.name_masked!.replace(/\*/g, '.')}$`));
    expect(dayNumberOf(now)).toBeGreaterThan(0);
  });
});
