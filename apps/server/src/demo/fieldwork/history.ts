import type pg from 'pg';
import {
  districtOf,
  DEFAULT_FIELD_SETTINGS,
  DEFAULT_VISIT_RULES,
  HOUR_MS,
  MINUTE_MS,
  dayNumberOf,
  dayStartMs,
  distanceM,
  tagClass,
  visitRuleFor,
  weekdayOf,
  type Interval,
  type TagType,
} from '@onegrid/domain';
import { uuidMaker } from '../basedata/address-plan.ts';
import { copyRows } from '../basedata/bulk.ts';
import { bbox, insideRing, round6, type Point, type Ring } from '../geometry.ts';
import { randomBetween, randomInt, rngFor, type Rng } from '../random.ts';
import { DEMO_STREET } from '../users.ts';
import type { DemoGridWorker } from './workers.ts';

/** How far back the demo's field work goes: three weeks (tracks stay inside the 30-day retention). */
export const HISTORY_DAYS = 21;

const QUICK_FIXES = [
  '楼道堆放杂物，已协助清理',
  '共享单车乱停放，已摆放整齐',
  '小广告张贴，已清除',
  '井盖松动，已设置警示并复位',
  '绿地垃圾，已捡拾清运',
  '电动车楼道充电，已劝离',
  '路灯不亮，已联系物业修复',
  '消防通道被占，已劝导挪车',
];
const PATROL_NOTES = ['日常巡查', '重点部位巡查', '出租屋走访途中巡查', '节前安全巡查', null, null];
const ANOMALY_NOTES = [
  '老人近日摔倒，行动不便，需上门照护',
  '情绪低落，拒绝服药，建议专业人员评估',
  '燃气软管老化，已告知更换，需跟进',
  '家中无人应答，电话未接通，需核实去向',
  '与邻居发生口角，存在矛盾隐患',
];
const CHECK_ITEMS = ['health', 'mind', 'gas_water_power', 'living', 'needs'] as const;

export interface GridShape {
  code: string;
  ring: Ring;
}

/**
 * A point inside the grid (rounded to 6 decimals, about 0.1 m): rejection sampling in its bounding box, else the mean
 * of its vertices (the demo's grids are convex cells, so that mean lies inside).
 */
function pointIn(rng: Rng, ring: Ring): Point {
  const [x0, y0, x1, y1] = bbox(ring);
  for (let i = 0; i < 30; i++) {
    const p: Point = [round6(randomBetween(rng, x0, x1)), round6(randomBetween(rng, y0, y1))];
    if (insideRing(p, ring)) return p;
  }
  const vs = ring.slice(0, -1);
  return [
    round6(vs.reduce((a, v) => a + v[0], 0) / vs.length),
    round6(vs.reduce((a, v) => a + v[1], 0) / vs.length),
  ];
}

function intervalDays(every: Interval): number {
  return every.unit === 'day' ? every.count : every.unit === 'week' ? 7 * every.count : 30 * every.count;
}

export interface HistoryCounts {
  patrols: number;
  trackPoints: number;
  checkins: number;
  quickFixes: number;
  visits: number;
  anomalies: number;
  signoffs: number;
}

/**
 * Three weeks of patrols (some grids every working day, some rarely, a few not at all this week), short tracks of a
 * few points inside the grid for the patrols whose worker switched tracking on, check-ins, quick fixes (小事不出格),
 * then household visits by rule to the tagged persons of each grid: most on time, some due, some overdue, a few
 * never visited; anomalies go to the tag's responsible department with sign-offs in every state. Deterministic
 * for a given day (`now`): seeded by the grid code, times counted back from today in Asia/Shanghai.
 */
export async function writeFieldHistory(
  client: pg.ClientBase,
  workers: DemoGridWorker[],
  shapes: Map<string, Ring>,
  now: Date,
): Promise<HistoryCounts> {
  const today = dayNumberOf(now);
  const nowMs = +now;
  const patrolId = uuidMaker('demo-patrol');
  const categories = (
    await client.query<{ code: string }>(
      `SELECT code FROM category WHERE is_leaf AND grid_solvable ORDER BY code LIMIT 20`,
    )
  ).rows.map((r) => r.code);
  const keyUnits = new Map<string, { id: string; lon: number; lat: number }[]>();
  for (const o of (
    await client.query<{ id: string; grid_code: string; lon: number; lat: number }>(
      `SELECT id, grid_code, lon, lat FROM organisation
        WHERE grid_code IS NOT NULL AND lon IS NOT NULL AND (key_fire OR key_public_order OR key_work_safety)
        ORDER BY id`,
    )
  ).rows) {
    keyUnits.set(o.grid_code, [...(keyUnits.get(o.grid_code) ?? []), o]);
  }

  const patrols: unknown[][] = [];
  const points: unknown[][] = [];
  const checkins: unknown[][] = [];
  const fixes: unknown[][] = [];
  for (const w of workers) {
    const ring = shapes.get(w.gridCode);
    if (!ring) continue;
    const rng = rngFor(`patrols:${w.gridCode}`);
    // how diligent this grid's worker is: a few patrol rarely, so that coverage has gaps to show
    const diligence = rng() < 0.06 ? 0.05 : randomBetween(rng, 0.45, 0.95);
    for (let back = HISTORY_DAYS - 1; back >= 0; back--) {
      const day = today - back;
      const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
      if (rng() > diligence * (weekend ? 0.3 : 1)) continue;
      const start = dayStartMs(day) + (8.5 * 60 + randomInt(rng, 0, 7 * 60)) * MINUTE_MS;
      const minutes = randomInt(rng, 30, 120);
      const end = start + minutes * MINUTE_MS;
      if (end > nowMs) continue;
      const id = patrolId();
      const tracking = rng() < 0.6;
      let distance: number | null = null;
      if (tracking) {
        const n = randomInt(rng, 5, 8);
        let prev: Point | null = null;
        distance = 0;
        for (let k = 0; k < n; k++) {
          const p = pointIn(rng, ring);
          const at = new Date(start + Math.round(((end - start) * k) / (n - 1)));
          const accuracy = rng() < 0.9 ? randomInt(rng, 4, 30) : randomInt(rng, 60, 150);
          points.push([id, districtOf(w.streetCode), at.toISOString(), round6(p[0]), round6(p[1]), accuracy]);
          if (prev) distance += distanceM({ lon: prev[0], lat: prev[1] }, { lon: p[0], lat: p[1] });
          prev = p;
        }
        distance = Math.round(distance);
      }
      patrols.push([
        id,
        w.userId,
        w.gridCode,
        w.communityCode,
        w.streetCode,
        new Date(start).toISOString(),
        new Date(end).toISOString(),
        tracking,
        distance,
        PATROL_NOTES[randomInt(rng, 0, PATROL_NOTES.length - 1)],
        new Date(end + randomInt(rng, 1, 90) * MINUTE_MS).toISOString(),
      ]);
      if (rng() < 0.4) {
        const units = keyUnits.get(w.gridCode) ?? [];
        const unit = units.length ? units[randomInt(rng, 0, units.length - 1)]! : null;
        const p = unit ? ([unit.lon, unit.lat] as Point) : pointIn(rng, ring);
        checkins.push([
          id,
          districtOf(w.streetCode),
          new Date(start + Math.round((end - start) / 2)).toISOString(),
          unit?.id ?? null,
          round6(p[0]),
          round6(p[1]),
          randomInt(rng, 5, 25),
          unit ? '重点单位检查' : '点位打卡',
        ]);
      }
      if (rng() < 0.15) {
        const p = pointIn(rng, ring);
        fixes.push([
          id,
          w.userId,
          categories.length ? categories[randomInt(rng, 0, categories.length - 1)]! : null,
          QUICK_FIXES[randomInt(rng, 0, QUICK_FIXES.length - 1)],
          round6(p[0]),
          round6(p[1]),
          randomInt(rng, 5, 25),
          new Date(start + Math.round((end - start) * 0.7)).toISOString(),
          w.gridCode,
          w.communityCode,
          w.streetCode,
        ]);
      }
    }
  }
  await copyRows(
    client,
    'patrol',
    [
      'id',
      'worker_id',
      'grid_code',
      'community_code',
      'street_code',
      'started_at',
      'ended_at',
      'tracking',
      'distance_m',
      'note',
      'created_at',
    ],
    patrols,
  );
  await copyRows(
    client,
    'patrol_point',
    ['patrol_id', 'district_code', 'at', 'lon', 'lat', 'accuracy_m'],
    points,
  );
  await copyRows(
    client,
    'patrol_checkin',
    ['patrol_id', 'district_code', 'at', 'organisation_id', 'lon', 'lat', 'accuracy_m', 'note'],
    checkins,
  );
  await copyRows(
    client,
    'quick_fix',
    [
      'patrol_id',
      'worker_id',
      'category_code',
      'description',
      'lon',
      'lat',
      'accuracy_m',
      'settled_at',
      'grid_code',
      'community_code',
      'street_code',
    ],
    fixes,
  );
  const visits = await writeVisits(client, workers, shapes, now);
  return {
    patrols: patrols.length,
    trackPoints: points.length,
    checkins: checkins.length,
    quickFixes: fixes.length,
    ...visits,
  };
}

async function writeVisits(
  client: pg.ClientBase,
  workers: DemoGridWorker[],
  shapes: Map<string, Ring>,
  now: Date,
): Promise<{ visits: number; anomalies: number; signoffs: number }> {
  const nowMs = +now;
  const today = dayNumberOf(now);
  const workerOf = new Map(workers.map((w) => [w.gridCode, w]));
  const tags = (
    await client.query<{
      id: string;
      person_id: string;
      tag: TagType;
      level: string | null;
      grid_code: string;
      responsible_unit_id: string | null;
    }>(
      `SELECT t.id, t.person_id, t.tag, t.level, t.grid_code, t.responsible_unit_id
         FROM person_tag t JOIN person p ON p.id = t.person_id
        WHERE t.ended_on IS NULL AND NOT p.deceased AND t.grid_code IS NOT NULL
        ORDER BY t.id`,
    )
  ).rows;
  const signers = new Map(
    (
      await client.query<{ unit_id: string; id: string }>(
        `SELECT DISTINCT ON (unit_id) unit_id, id FROM app_user
          WHERE 'handler' = ANY(roles) ORDER BY unit_id, username`,
      )
    ).rows.map((r) => [r.unit_id, r.id]),
  );
  const visitId = uuidMaker('demo-visit');
  const visits: unknown[][] = [];
  const lastVisit: [string, string][] = [];
  const signoffs: unknown[][] = [];
  const { signoffYellowHours, signoffRedHours } = DEFAULT_FIELD_SETTINGS;
  let anomalies = 0;
  // the sign-off states to show, cycled over the anomalies with a responsible department (newest first)
  const forced: ('pending' | 'yellow' | 'red')[] = ['pending', 'yellow', 'red'];
  for (const t of tags) {
    const w = workerOf.get(t.grid_code);
    const ring = shapes.get(t.grid_code);
    const rule = visitRuleFor(DEFAULT_VISIT_RULES, t.tag, t.level);
    if (!w || !ring || !rule) continue;
    const rng = rngFor(`visits:${t.id}`);
    const every = intervalDays(rule.every);
    // 10 % never visited (their first visit is overdue or due), the others last visited up to 1.4 intervals ago
    if (rng() < 0.1) continue;
    let daysAgo = Math.floor(randomBetween(rng, 0, Math.min(every * 1.4, 120)));
    const made: number[] = [];
    while (made.length < 4) {
      const at = dayStartMs(today - daysAgo) + (9 * 60 + randomInt(rng, 0, 8 * 60)) * MINUTE_MS;
      if (at < nowMs) made.push(at);
      daysAgo += Math.max(1, Math.round(every * randomBetween(rng, 0.7, 1)));
      if (daysAgo > HISTORY_DAYS * 3) break;
    }
    if (made.length === 0) continue;
    lastVisit.push([t.id, new Date(Math.max(...made)).toISOString()]);
    for (const [k, at] of made.entries()) {
      const id = visitId();
      const p = pointIn(rng, ring);
      let anomaly = rng() < 0.05;
      let state: 'pending' | 'yellow' | 'red' | null = null;
      let atMs = at;
      // on a care group (P2), which the street's lead may count, not a special population (P3)
      if (
        k === 0 &&
        t.responsible_unit_id &&
        tagClass(t.tag) === 'P2' &&
        w.streetCode === DEMO_STREET &&
        forced.length &&
        rng() < 0.3
      ) {
        // a fresh anomaly whose sign-off is pending, past yellow or past red right now
        state = forced.shift()!;
        anomaly = true;
        atMs =
          nowMs -
          (state === 'pending'
            ? 2
            : state === 'yellow'
              ? (signoffYellowHours + signoffRedHours) / 2
              : signoffRedHours + 12) *
            HOUR_MS;
        lastVisit[lastVisit.length - 1] = [t.id, new Date(atMs).toISOString()];
      }
      const checklist: Record<string, string> = {};
      for (const item of CHECK_ITEMS)
        checklist[item] = anomaly && rng() < 0.5 ? 'problem' : rng() < 0.1 ? 'attention' : 'ok';
      const mode = rng() < 0.75 ? 'door' : rng() < 0.8 ? 'phone' : 'video';
      visits.push([
        id,
        t.person_id,
        t.id,
        t.tag,
        w.userId,
        mode,
        new Date(atMs).toISOString(),
        mode === 'door' ? round6(p[0]) : null,
        mode === 'door' ? round6(p[1]) : null,
        mode === 'door' ? randomInt(rng, 5, 30) : null,
        checklist,
        anomaly,
        anomaly ? ANOMALY_NOTES[randomInt(rng, 0, ANOMALY_NOTES.length - 1)] : null,
        t.grid_code,
        w.communityCode,
        w.streetCode,
        new Date(atMs + randomInt(rng, 1, 120) * MINUTE_MS).toISOString(),
      ]);
      if (!anomaly) continue;
      anomalies++;
      if (!t.responsible_unit_id) continue;
      const yellow = atMs + signoffYellowHours * HOUR_MS;
      const red = atMs + signoffRedHours * HOUR_MS;
      // older anomalies: most signed for (and answered), some signed late, some never
      const roll = rng();
      const signed = state === null && roll < 0.85;
      const signedAt = signed ? atMs + randomBetween(rng, 1, roll < 0.7 ? 20 : 40) * HOUR_MS : null;
      const replied = signed && roll < 0.6;
      signoffs.push([
        id,
        districtOf(w.streetCode),
        t.responsible_unit_id,
        new Date(yellow).toISOString(),
        new Date(red).toISOString(),
        signedAt ? new Date(signedAt).toISOString() : null,
        signedAt ? (signers.get(t.responsible_unit_id) ?? null) : null,
        replied ? '已签收，已安排专人跟进处置' : null,
        replied && signedAt ? new Date(signedAt + 6 * HOUR_MS).toISOString() : null,
      ]);
    }
  }
  await copyRows(
    client,
    'visit',
    [
      'id',
      'person_id',
      'tag_id',
      'tag',
      'worker_id',
      'mode',
      'visited_at',
      'lon',
      'lat',
      'accuracy_m',
      'checklist',
      'anomaly',
      'anomaly_note',
      'grid_code',
      'community_code',
      'street_code',
      'created_at',
    ],
    visits,
  );
  await copyRows(
    client,
    'visit_signoff',
    [
      'visit_id',
      'district_code',
      'unit_id',
      'yellow_at',
      'red_at',
      'signed_at',
      'signed_by',
      'reply',
      'replied_at',
    ],
    signoffs,
  );
  if (lastVisit.length)
    await client.query(
      `UPDATE person_tag t SET last_visit_at = x.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, at) WHERE t.id = x.id`,
      [lastVisit.map((v) => v[0]), lastVisit.map((v) => v[1])],
    );
  return { visits: visits.length, anomalies, signoffs: signoffs.length };
}
