import type { Channel, RequestType, Urgency } from '@onegrid/domain';
import { randomBetween, rngFor, type Rng } from '../random.ts';
import type { DeadlineClock } from '../../modules/deadlines/deadline-clock.ts';
import { CaseSim, TooLate, type CaseBase } from './case-sim.ts';
import type { DemoMessage } from './messages.ts';
import * as T from './texts.ts';
import { pick } from './texts.ts';
import { DEMO_STREET } from '../users.ts';
import { pointIn, type Person, type Route, type World, type WorldGrid } from './world.ts';

export const MIN = 60_000;
export const H = 60 * MIN;
export const DAY = 24 * H;

/** How a demo case's life went; every status and side path of the lifecycle has its kind. */
export type Kind =
  | 'closed'
  | 'closed_awaiting_callback'
  | 'close_direct'
  | 'rework_closed'
  | 'return_closed'
  | 'reopened_closed'
  | 'reopened_open'
  | 'registered'
  | 'dispatched'
  | 'in_progress'
  | 'reported'
  | 'returned'
  | 'arbitration'
  | 'suspended'
  | 'void'
  | 'merged';

/** Shares of the demo (the rest is plain closed cases): most cases are done, a working day's worth are open. */
export const SHARES: Record<Exclude<Kind, 'closed'>, number> = {
  closed_awaiting_callback: 0.05,
  close_direct: 0.05,
  rework_closed: 0.03,
  return_closed: 0.03,
  reopened_closed: 0.015,
  reopened_open: 0.025,
  registered: 0.05,
  dispatched: 0.07,
  in_progress: 0.12,
  reported: 0.05,
  returned: 0.025,
  arbitration: 0.015,
  suspended: 0.025,
  void: 0.03,
  merged: 0.03,
};

const CHANNELS: [Channel, number][] = [
  ['hotline', 0.45],
  ['grid_patrol', 0.18],
  ['web', 0.15],
  ['app', 0.12],
  ['open311', 0.1],
];

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

function requestTypeOf(text: string, rng: Rng): RequestType {
  if (/咨询|请问|能否|是否|如何|怎么办|何时|什么时候/.test(text)) return 'consult';
  if (/建议|希望能/.test(text)) return 'suggestion';
  if (/举报/.test(text)) return 'report';
  if (/投诉/.test(text)) return 'complaint';
  return rng() < 0.5 ? 'complaint' : 'help';
}

export interface Draft {
  base: CaseBase;
  /** Where the problem is even when the caller gave no point (for the dispatcher's manual routing). */
  place: WorldGrid;
  creator: Person;
}

/** What intake would have made of this message from this channel at this place (before any story). */
export async function draftCase(
  world: World,
  rng: Rng,
  msg: DemoMessage,
  opts: { kind: Kind; createdAt: number; grid?: WorldGrid; located?: boolean; channel?: Channel },
): Promise<Draft> {
  const categoryName = msg.category;
  const category = categoryName ? world.categoryByName.get(categoryName) : undefined;
  const channel: Channel =
    opts.channel ?? (opts.kind === 'close_direct' ? 'hotline' : weighted(rng, CHANNELS));
  const worker = world.accounts.get('grid_worker');
  let grid = opts.grid;
  if (!grid) {
    if (channel === 'grid_patrol' && worker && rng() < 0.35 && world.workerGrids.size > 0) {
      const codes = [...world.workerGrids].sort();
      grid = world.grids.find((g) => g.code === pick(rng, codes));
    }
    // A third of the demo in 滨河街道 (the demo street office's own), the rest over every street by size.
    grid ??=
      rng() < 0.3 ? pick(rng, world.gridsByStreet.get(DEMO_STREET) ?? world.grids) : pick(rng, world.grids);
  }
  const located = opts.located ?? true;
  const [lon, lat] = located ? pointIn(world, grid, rng) : [null, null];
  const title = T.localise(msg.subject, grid.streetName).slice(0, 100);
  const description = T.localise(msg.detail, grid.streetName);
  const anonymous = channel !== 'grid_patrol' && rng() < 0.06;
  const named = !anonymous && channel !== 'grid_patrol' && (channel !== 'open311' || rng() < 0.5);
  const classifier = (channel === 'web' || channel === 'app' || channel === 'open311') && rng() < 0.55;
  let urgency = category?.urgency ?? 'ordinary';
  if (channel === 'hotline' && urgency === 'ordinary' && rng() < 0.08) urgency = 'urgent';
  const communityUnit = [...world.units.values()].find(
    (u) => u.kind === 'community' && u.jurisdictionCode === grid.communityCode,
  );
  const creator: Person =
    channel === 'hotline'
      ? world.accounts.get('operator')!
      : channel === 'grid_patrol'
        ? worker && world.workerGrids.has(grid.code)
          ? worker
          : {
              id: null,
              name: T.personName(rngFor(`grid-worker:${grid.code}`)),
              unitId: communityUnit?.id ?? null,
            }
        : channel === 'open311'
          ? { id: null, name: 'Open311', unitId: null }
          : { id: null, name: '居民', unitId: null };
  const base: CaseBase = {
    createdAt: opts.createdAt,
    requestType: opts.kind === 'close_direct' ? 'consult' : requestTypeOf(msg.subject, rng),
    channel,
    categoryCode: category?.code ?? null,
    categorySource: category && classifier ? 'classifier' : 'given',
    confidence: category && classifier ? Math.round(randomBetween(rng, 0.6, 0.97) * 100) / 100 : null,
    urgency,
    title,
    description,
    address: `平谷区${grid.streetName}${grid.communityName}${located ? '' : '（来电人口述）'}`,
    grid: located ? grid : null,
    lon,
    lat,
    regionPath: located ? grid.path : world.government.jurisdictionPath,
    reporterName: named ? T.personName(rng) : null,
    reporterPhone: named ? T.mobile(rng) : null,
    anonymous,
    createdBy: creator.id ? creator : null,
    suggestions: [],
  };
  return { base, place: grid, creator };
}

function suggestionsOf(world: World, route: Route, categoryName: string, score: number) {
  const reason =
    route.via === 'grid'
      ? `小事不出格：${categoryName} 可由网格就地解决`
      : route.via === 'duty'
        ? `职责清单：${categoryName}`
        : route.via === 'local_fallback'
          ? `属地兜底：${categoryName} 无清单条目，由属地街乡镇负责`
          : `区级兜底：${categoryName} 无法确定属地`;
  return [route.leadUnitId, ...route.assistUnitIds].flatMap((id, i) => {
    const u = id ? world.units.get(id) : undefined;
    if (!u) return [];
    return [
      {
        unit: { id: u.id, name: u.name, kind: u.kind },
        role: i === 0 ? 'lead' : 'assist',
        reason,
        score: Math.round(score * (i === 0 ? 1 : 0.5) * 100) / 100,
      },
    ];
  });
}

/** The units a dispatcher would send it to: the duty list's answer for the place, else its street office. */
function manualPlan(world: World, d: Draft) {
  const route = world.route(d.base.categoryCode!, d.place, false);
  const lead = route.leadUnitId ?? world.streetOffice(d.place.streetCode)?.id ?? world.government.id;
  return { leadUnitId: lead, assistUnitIds: route.assistUnitIds, via: 'manual' };
}

/** Another competent unit for a re-dispatch after a return: a co-unit, else the district's law enforcement. */
function otherUnit(world: World, sim: CaseSim, exclude: string[]): string {
  const assists = sim.assignments.map((a) => a.unitId).filter((u) => !exclude.includes(u));
  if (assists[0]) return assists[0];
  const enforcement = [...world.units.values()].find((u) => u.name.includes('综合行政执法'));
  if (enforcement && !exclude.includes(enforcement.id)) return enforcement.id;
  return world.streetOffice(sim.base.grid?.streetCode ?? world.streets[0]!.code)!.id;
}

export interface StoryContext {
  /** The deadline policies, calendar and warning share (the server's cached clock). */
  clock: DeadlineClock;
  world: World;
  share: number;
  /** Length of the resolve deadline of (category, urgency) if it started now. */
  windowOf(categoryCode: string, urgency: Urgency): Promise<number>;
}

/** Intake: the create event, then auto-dispatch when category and place give a lead unit, else the queue. */
async function intake(ctx: StoryContext, d: Draft, rng: Rng, answer?: string): Promise<CaseSim> {
  const sim = new CaseSim(ctx.clock, ctx.world, d.base, rng, ctx.share);
  const code = d.base.categoryCode;
  const name = ctx.world.categories.find((c) => c.code === code)?.nameZh ?? '';
  const route = code ? ctx.world.route(code, d.base.grid, d.base.channel === 'grid_patrol') : null;
  if (route) d.base.suggestions = suggestionsOf(ctx.world, route, name, d.base.confidence ?? 1);
  sim.create(d.creator);
  if (answer) {
    // A consultation answered at intake: closed in the same transaction, nobody dispatched.
    await sim.closeDirect(d.base.createdAt, answer);
  } else if (route?.leadUnitId && route.via !== 'district_fallback') {
    await sim.dispatch(d.base.createdAt, { id: null, name: '自动派单', unitId: null }, 'system', {
      leadUnitId: route.leadUnitId,
      assistUnitIds: route.assistUnitIds,
      via: route.via,
    });
  } else {
    sim.queue();
  }
  return sim;
}

async function ensureDispatched(ctx: StoryContext, sim: CaseSim, d: Draft, rng: Rng): Promise<number> {
  if (sim.status === 'dispatched') return sim.t;
  const at = sim.t + randomBetween(rng, 5, 60) * MIN;
  await sim.dispatch(at, ctx.world.accounts.get('dispatcher')!, 'dispatcher', manualPlan(ctx.world, d));
  return at;
}

function rating(rng: Rng): {
  rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
  resolved: boolean;
} {
  const x = rng();
  if (x < 0.62) return { rating: 'satisfied', resolved: true };
  if (x < 0.86) return { rating: 'basically_satisfied', resolved: rng() < 0.85 };
  // An unsatisfied "not resolved" would reopen the case: those are the reopen stories.
  return { rating: 'unsatisfied', resolved: true };
}

async function rate(sim: CaseSim, at: number, rng: Rng, r = rating(rng)) {
  const byResident = sim.base.channel !== 'hotline' && sim.base.channel !== 'grid_patrol' && rng() < 0.4;
  await sim.callback(
    at,
    byResident,
    r.resolved,
    r.rating,
    rng() < 0.7 ? pick(rng, T.CALLBACK_COMMENTS[r.rating]) : null,
  );
}

/**
 * Handling by the lead unit from dispatch to report: sign, sometimes a note, an assist's note, an extension, an
 * urge when late. `f` is where the report falls in the resolve window (past 1: late).
 */
async function handle(ctx: StoryContext, sim: CaseSim, at: number, w: number, f: number, rng: Rng) {
  const now = ctx.world.now.getTime();
  const accepted = acceptTime(sim, at, now, rng);
  await sim.accept(accepted, pick(rng, T.ACCEPT_NOTES));
  const reportAt = Math.max(accepted + 20 * MIN, at + w * f);
  if (rng() < 0.5)
    await sim.progress(
      accepted + (reportAt - accepted) * randomBetween(rng, 0.2, 0.6),
      pick(rng, T.PROGRESS_NOTES),
    );
  if (sim.assignments.some((a) => a.role === 'assist' && a.status === 'accepted') && rng() < 0.25)
    await sim.progress(
      accepted + (reportAt - accepted) * randomBetween(rng, 0.6, 0.8),
      T.PROGRESS_NOTES[6],
      true,
    );
  const due = sim.resolveDueAt ?? reportAt;
  if (reportAt > due && rng() < 0.6)
    await sim.urge(due + (reportAt - due) * randomBetween(rng, 0.2, 0.6), pick(rng, T.URGE_NOTES));
  return reportAt;
}

async function closeOut(sim: CaseSim, reportAt: number, rng: Rng) {
  await sim.report(reportAt, pick(rng, T.RESULTS));
  const closed = reportAt + randomBetween(rng, 0.5, 30) * H;
  await sim.verifyPass(closed, pick(rng, T.VERIFY_PASS_NOTES));
  return closed;
}

/** Units sign within the accept deadline, a few late; never after `limit`. */
function acceptTime(sim: CaseSim, at: number, limit: number, rng: Rng): number {
  const due = sim.lead?.acceptDueAt ?? at + 2 * H;
  const f = rng() < 0.9 ? randomBetween(rng, 0.1, 0.9) : randomBetween(rng, 1.1, 3);
  return Math.min(at + (due - at) * f, at + (limit - at) * 0.5);
}

/** Report position in the window for a finished case: most in time, some late. */
const finishF = (rng: Rng) => (rng() < 0.86 ? randomBetween(rng, 0.12, 0.9) : randomBetween(rng, 1.03, 1.5));

/**
 * Plays one story. Finished stories start at `createdAt` and throw TooLate when they would run past now; open ones
 * are laid out backwards from now, so that some are in time, some due soon and some overdue.
 */
export async function play(ctx: StoryContext, kind: Kind, d: Draft, rng: Rng): Promise<CaseSim> {
  const now = ctx.world.now.getTime();
  const code = d.base.categoryCode;
  const window = code ? await ctx.windowOf(code, d.base.urgency) : 7 * DAY;
  const w = Math.min(window, 12 * DAY);
  const sim = await intake(ctx, d, rng, kind === 'close_direct' ? pick(rng, T.CONSULT_ANSWERS) : undefined);
  const t0 = d.base.createdAt;
  switch (kind) {
    case 'closed':
    case 'closed_awaiting_callback':
    case 'reopened_closed':
    case 'reopened_open': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      if (rng() < 0.12 && kind === 'closed') {
        const accepted = acceptTime(sim, at, now, rng);
        await sim.accept(accepted, null);
        const until = (sim.resolveDueAt ?? accepted) + randomBetween(rng, 2, 7) * DAY;
        await sim.requestExtension(accepted + w * 0.3, until, pick(rng, T.EXTENSION_REASONS));
        await sim.approveExtension(accepted + w * 0.3 + randomBetween(rng, 1, 20) * H, '同意延期');
        const closed = await closeOut(sim, until - randomBetween(rng, 0.5, 2) * DAY, rng);
        await rate(sim, closed + randomBetween(rng, 2, 72) * H, rng);
        break;
      }
      const closed = await closeOut(sim, await handle(ctx, sim, at, w, finishF(rng), rng), rng);
      if (kind === 'closed') await rate(sim, closed + randomBetween(rng, 2, 72) * H, rng);
      if (kind === 'reopened_closed' || kind === 'reopened_open') {
        const cb = closed + randomBetween(rng, 2, 48) * H;
        await rate(sim, cb, rng, { rating: 'unsatisfied', resolved: false });
        if (kind === 'reopened_closed') {
          const again = cb + w * randomBetween(rng, 0.2, 0.6);
          await sim.progress(cb + (again - cb) / 2, pick(rng, T.PROGRESS_NOTES));
          const closed2 = await closeOut(sim, again, rng);
          await rate(sim, closed2 + randomBetween(rng, 2, 48) * H, rng, {
            rating: 'satisfied',
            resolved: true,
          });
        }
      }
      break;
    }
    case 'close_direct':
      if (rng() < 0.4)
        await rate(sim, t0 + randomBetween(rng, 1, 48) * H, rng, { rating: 'satisfied', resolved: true });
      break;
    case 'rework_closed': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      const first = await handle(ctx, sim, at, w, randomBetween(rng, 0.1, 0.5), rng);
      await sim.report(first, pick(rng, T.RESULTS));
      const failed = first + randomBetween(rng, 1, 24) * H;
      await sim.verifyFail(failed, pick(rng, T.VERIFY_FAIL_REASONS));
      await sim.progress(failed + randomBetween(rng, 2, 24) * H, pick(rng, T.PROGRESS_NOTES));
      const closed = await closeOut(sim, failed + randomBetween(rng, 1, 4) * DAY, rng);
      await rate(sim, closed + randomBetween(rng, 2, 72) * H, rng);
      break;
    }
    case 'return_closed': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      const first = sim.leadUnitId!;
      const back = acceptTime(sim, at, now, rng);
      await sim.return(back, pick(rng, T.RETURN_REASONS));
      const again = back + randomBetween(rng, 20, 240) * MIN;
      const lead = otherUnit(ctx.world, sim, [first]);
      await sim.dispatch(
        again,
        ctx.world.accounts.get('dispatcher')!,
        'dispatcher',
        {
          leadUnitId: lead,
          assistUnitIds: [],
          via: 'manual',
        },
        '经核实职责，改派',
      );
      const closed = await closeOut(sim, await handle(ctx, sim, again, w, finishF(rng), rng), rng);
      await rate(sim, closed + randomBetween(rng, 2, 72) * H, rng);
      break;
    }
    case 'void':
      if (sim.status === 'dispatched') {
        await sim.void(t0 + randomBetween(rng, 1, 30) * H, T.VOID_REASONS[1]);
      } else {
        await sim.void(t0 + randomBetween(rng, 10, 600) * MIN, pick(rng, T.VOID_REASONS));
      }
      break;
    case 'registered':
      break;
    case 'dispatched':
      await ensureDispatched(ctx, sim, d, rng);
      break;
    case 'in_progress': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      const accepted = acceptTime(sim, at, now, rng);
      await sim.accept(accepted, pick(rng, T.ACCEPT_NOTES));
      const span = now - accepted;
      const x = rng();
      if (x < 0.5)
        await sim.progress(accepted + span * randomBetween(rng, 0.2, 0.9), pick(rng, T.PROGRESS_NOTES));
      if (sim.assignments.some((a) => a.role === 'assist' && a.status === 'accepted') && rng() < 0.3)
        await sim.progress(accepted + span * randomBetween(rng, 0.3, 0.95), T.PROGRESS_NOTES[6], true);
      if (x > 0.82 && span > DAY) {
        // Asked for more time: some requests are waiting, some approved, some refused.
        const asked = accepted + span * randomBetween(rng, 0.3, 0.6);
        const until = Math.max(sim.resolveDueAt ?? asked, asked) + randomBetween(rng, 3, 10) * DAY;
        await sim.requestExtension(asked, until, pick(rng, T.EXTENSION_REASONS));
        const y = rng();
        if (y < 0.45) await sim.approveExtension(asked + (now - asked) * randomBetween(rng, 0.2, 0.8), null);
        else if (y < 0.7)
          await sim.rejectExtension(
            asked + (now - asked) * randomBetween(rng, 0.2, 0.8),
            '理由不充分，请按期办结',
          );
      } else if (x > 0.72 && span > 6 * H) {
        const reported = accepted + span * randomBetween(rng, 0.3, 0.6);
        await sim.report(reported, pick(rng, T.RESULTS));
        await sim.verifyFail(
          reported + (now - reported) * randomBetween(rng, 0.2, 0.7),
          pick(rng, T.VERIFY_FAIL_REASONS),
        );
      }
      const due = sim.resolveDueAt ?? now;
      if (due < now && rng() < 0.5)
        await sim.urge(due + (now - due) * randomBetween(rng, 0.1, 0.9), pick(rng, T.URGE_NOTES));
      break;
    }
    case 'reported': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      const accepted = acceptTime(sim, at, now, rng);
      await sim.accept(accepted, pick(rng, T.ACCEPT_NOTES));
      await sim.report(
        now - Math.min(randomBetween(rng, 10, 2880) * MIN, (now - accepted) * 0.4),
        pick(rng, T.RESULTS),
      );
      break;
    }
    case 'returned':
    case 'arbitration': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      const first = sim.leadUnitId!;
      await sim.return(acceptTime(sim, at, now, rng), pick(rng, T.RETURN_REASONS));
      if (kind === 'arbitration') {
        const again = sim.t + (now - sim.t) * randomBetween(rng, 0.1, 0.3);
        await sim.dispatch(again, ctx.world.accounts.get('dispatcher')!, 'dispatcher', {
          leadUnitId: otherUnit(ctx.world, sim, [first]),
          assistUnitIds: [],
          via: 'manual',
        });
        await sim.return(acceptTime(sim, again, now, rng), pick(rng, T.RETURN_REASONS));
      }
      break;
    }
    case 'suspended': {
      const at = await ensureDispatched(ctx, sim, d, rng);
      if (rng() < 0.75) await sim.accept(acceptTime(sim, at, now, rng), pick(rng, T.ACCEPT_NOTES));
      if (rng() < 0.3) {
        // Parked once before and picked up again, then parked for good.
        const s1 = sim.t + (now - sim.t) * randomBetween(rng, 0.1, 0.3);
        await sim.suspend(s1, pick(rng, T.SUSPEND_REASONS));
        await sim.resume(s1 + (now - s1) * randomBetween(rng, 0.1, 0.4), '条件具备，恢复办理');
      }
      await sim.suspend(sim.t + (now - sim.t) * randomBetween(rng, 0.2, 0.9), pick(rng, T.SUSPEND_REASONS));
      break;
    }
    case 'merged':
      throw new Error('merged cases are played by playMerged');
  }
  sim.finish();
  return sim;
}

/** A duplicate report of `parent`'s problem, merged into it by the dispatcher while the parent was open. */
export async function playMerged(
  ctx: StoryContext,
  parent: CaseSim,
  d: Draft,
  mergeAt: number,
  rng: Rng,
): Promise<CaseSim> {
  const sim = await intake(ctx, d, rng);
  await sim.merge(mergeAt, parent);
  sim.finish();
  return sim;
}

/** When a finished story may start: anywhere in the 60 days, or recently for the ones waiting on someone. */
export function createdAtFor(kind: Kind, world: World, rng: Rng, window: number): number {
  const now = world.now.getTime();
  return Math.max(now - 59.5 * DAY, createdAt(kind, now, rng, window));
}

function createdAt(kind: Kind, now: number, rng: Rng, window: number): number {
  const u = rng();
  // Open cases sit at a point of their deadline: mostly in time, some due soon, some overdue.
  const position =
    u < 0.7
      ? randomBetween(rng, 0.05, 0.75)
      : u < 0.85
        ? randomBetween(rng, 0.82, 0.97)
        : randomBetween(rng, 1.05, 2);
  switch (kind) {
    case 'registered':
      return now - randomBetween(rng, 5, 2880) * MIN;
    case 'dispatched':
      return now - (rng() < 0.7 ? randomBetween(rng, 5, 90) * MIN : randomBetween(rng, 3, 72) * H);
    case 'returned':
      return now - randomBetween(rng, 1, 72) * H;
    case 'arbitration':
      return now - randomBetween(rng, 6, 192) * H;
    case 'in_progress':
      return now - Math.max(window * position, 30 * MIN);
    case 'reported':
      return now - Math.max(window * randomBetween(rng, 0.2, 1.1), 2 * H);
    case 'suspended':
      return now - Math.max(window * randomBetween(rng, 0.2, 1.5), 6 * H);
    case 'closed_awaiting_callback':
      return now - Math.min(window, 5 * DAY) * randomBetween(rng, 0.3, 1.2) - randomBetween(rng, 0, 2) * DAY;
    case 'reopened_open':
      return now - Math.min(window, 12 * DAY) * randomBetween(rng, 0.8, 1.2) - randomBetween(rng, 2, 6) * DAY;
    case 'closed':
    case 'close_direct':
    case 'rework_closed':
    case 'return_closed':
    case 'reopened_closed':
    case 'void':
    case 'merged':
      return now - randomBetween(rng, 0.5, 60) * DAY;
  }
}

export { TooLate };
