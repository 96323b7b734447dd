import crypto from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import type { AssignmentTable, CaseTable, NotificationTable } from '../../db/schema.ts';
import { writeCaseEvents, type NewCaseEvent } from '../../modules/cases/case-events.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import { hashToken } from '../../modules/auth/auth.service.ts';
import type { DeadlineClock } from '../../modules/deadlines/deadline-clock.ts';
import { randomBetween, rngFor, type Rng } from '../random.ts';
import { ParentClosed, type CaseSim } from './case-sim.ts';
import { loadMessages, type DemoMessage } from './messages.ts';
import {
  DAY,
  H,
  MIN,
  SHARES,
  TooLate,
  createdAtFor,
  draftCase,
  play,
  playMerged,
  type Kind,
  type StoryContext,
} from './stories.ts';
import { loadWorld } from './world.ts';
import { caseSearchWords } from '../../modules/cases/search-words.ts';

export interface DemoCasesOptions {
  /** About 600 by default. */
  count?: number;
  /** The demo's "now"; the cases lie in the 60 days before it. */
  now?: Date;
  /** Another seed gives another, equally plausible demo. */
  seed?: string;
}

export interface DemoCasesSummary {
  cases: number;
  byStatus: Record<string, number>;
  events: number;
  notifications: number;
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** yyyymmdd of the instant in Beijing time (UTC+8 all year). */
export function shanghaiDate(t: number | Date): string {
  return new Date(new Date(t).getTime() + 8 * H).toISOString().slice(0, 10).replaceAll('-', '');
}

const OPEN_PARENT_KINDS = new Set<Kind>([
  'closed',
  'closed_awaiting_callback',
  'in_progress',
  'reported',
  'rework_closed',
]);
const PARENT_STATUSES = new Set(['registered', 'dispatched', 'in_progress', 'reported', 'returned']);

/** Plays every story; the messages go round so that every category the texts support appears. */
async function playAll(ctx: StoryContext, count: number, seed: string) {
  const { world } = ctx;
  const now = world.now.getTime();
  const messages = loadMessages();
  const categorised = shuffle(
    messages.filter((m) => m.category && world.categoryByName.has(m.category)),
    rngFor(`${seed}:messages`),
  );
  const unclassified = messages.filter((m) => !m.category);
  const kinds: Kind[] = [];
  for (const [kind, share] of Object.entries(SHARES) as [Kind, number][])
    if (kind !== 'merged') for (let i = 0; i < Math.max(1, Math.round(share * count)); i++) kinds.push(kind);
  const merged = Math.max(1, Math.round(SHARES.merged * count));
  while (kinds.length < count - merged) kinds.push('closed');
  const order = shuffle(kinds, rngFor(`${seed}:kinds`));

  const played: { sim: CaseSim; kind: Kind; msg: DemoMessage }[] = [];
  let nextCategorised = 0;
  let nextUnclassified = 0;
  for (const [i, kind] of order.entries()) {
    const guess = rngFor(`${seed}:case:${i}:kind`);
    const vague = (kind === 'registered' && guess() < 0.6) || (kind === 'void' && guess() < 0.35);
    const msg = vague
      ? unclassified[nextUnclassified++ % unclassified.length]!
      : categorised[nextCategorised++ % categorised.length]!;
    const category = msg.category ? world.categoryByName.get(msg.category) : undefined;
    // A caller who named no place: the dispatcher routes it by hand (the queue's other half).
    const noPlace =
      Boolean(category) && (kind === 'registered' || (kind !== 'close_direct' && guess() < 0.05));
    const window = category ? await ctx.windowOf(category.code, category.urgency) : 7 * DAY;
    let createdAt = createdAtFor(kind, world, rngFor(`${seed}:case:${i}:created`), window);
    for (let attempt = 0; ; attempt++) {
      const rng = rngFor(`${seed}:case:${i}:story`);
      try {
        const draft = await draftCase(world, rng, msg, {
          kind,
          createdAt,
          located: !noPlace,
          ...(noPlace ? { channel: 'hotline' as const } : {}),
        });
        played.push({ sim: await play(ctx, kind, draft, rng), kind, msg });
        break;
      } catch (e) {
        if (!(e instanceof TooLate) || attempt >= 8) throw e;
        // Start earlier by what it ran over, and a bit more; never before the 60 days.
        createdAt = Math.max(now - 60 * DAY + H, createdAt - e.overshoot - randomBetween(rng, 1, 24) * H);
      }
    }
  }

  // Duplicates: the same problem reported again while the first case was open, merged into it.
  const parents = played.filter(
    (p) =>
      OPEN_PARENT_KINDS.has(p.kind) &&
      p.sim.base.grid &&
      p.sim.base.categoryCode &&
      p.sim.base.urgency !== 'emergency',
  );
  const children: CaseSim[] = [];
  for (let j = 0; j < merged; j++) {
    const rng = rngFor(`${seed}:merged:${j}`);
    for (let attempt = 0; attempt < 30; attempt++) {
      const p = parents[Math.floor(rng() * parents.length)]!;
      const start = p.sim.base.createdAt;
      const end = p.sim.history.find((h) => !PARENT_STATUSES.has(h.status))?.at ?? now;
      const createdAt = Math.round(start + (end - start) * randomBetween(rng, 0.05, 0.5));
      const mergeAt = createdAt + Math.min(randomBetween(rng, 10, 240) * MIN, (end - createdAt) * 0.5);
      if (createdAt - start < 10 * MIN || mergeAt >= now || !p.sim.openAt(mergeAt)) continue;
      const draft = await draftCase(world, rng, p.msg, { kind: 'merged', createdAt, grid: p.sim.base.grid! });
      try {
        children.push(await playMerged(ctx, p.sim, draft, mergeAt, rng));
        break;
      } catch (e) {
        if (!(e instanceof ParentClosed)) throw e;
      }
    }
  }
  return [...played.map((p) => p.sim), ...children];
}

/**
 * Several hundred demo cases over the last 60 days, in every status and side path, with their assignments,
 * deadlines (some overdue, some due soon), timelines, callbacks and recent notifications — written in one
 * transaction, as the case services would have written them. For the first start in demo mode, after the
 * governance demo data. Case numbers carry the case's own Beijing creation date and a running number; the case
 * number sequence continues after them.
 */
export async function loadDemoCases(
  db: Db,
  pii: PiiCipher,
  clock: DeadlineClock,
  opts: DemoCasesOptions = {},
): Promise<DemoCasesSummary> {
  const now = opts.now ?? new Date();
  const seed = opts.seed ?? 'demo-cases';
  return db.transaction().execute(async (tx) => {
    const world = await loadWorld(tx, now);
    const windows = new Map<string, Promise<number>>();
    const ctx: StoryContext = {
      clock,
      world,
      share: await clock.warningShare(),
      windowOf(code, urgency) {
        const key = `${code}:${urgency}`;
        let w = windows.get(key);
        if (!w) {
          w = clock.forCategory(now, code, urgency).then((d) => d.resolveDue.getTime() - now.getTime());
          windows.set(key, w);
        }
        return w;
      },
    };
    const sims = await playAll(ctx, opts.count ?? 600, seed);
    sims.sort((a, b) => a.base.createdAt - b.base.createdAt);
    sims.forEach((s, i) => {
      s.id = `${shanghaiDate(s.base.createdAt)}${String(i + 1).padStart(8, '0')}`;
    });
    return write(tx, pii, sims, now, seed);
  });
}

async function write(
  tx: Tx,
  pii: PiiCipher,
  sims: CaseSim[],
  now: Date,
  seed: string,
): Promise<DemoCasesSummary> {
  const d = (t: number | null) => (t === null ? null : new Date(t));
  const cases: Insertable<CaseTable>[] = sims.map((s) => {
    const b = s.base;
    const last = Math.max(b.createdAt, ...s.events.map((e) => e.at));
    return {
      id: s.id,
      created_at: d(b.createdAt)!,
      updated_at: d(last)!,
      status: s.status,
      previous_status: s.previousStatus,
      request_type: b.requestType,
      channel: b.channel,
      category_code: b.categoryCode,
      category_source: b.categorySource,
      category_confidence: b.confidence,
      urgency: b.urgency,
      title: b.title,
      description: b.description,
      address: b.address,
      lon: b.lon,
      lat: b.lat,
      grid_code: b.grid?.code ?? null,
      community_code: b.grid?.communityCode ?? null,
      street_code: b.grid?.streetCode ?? null,
      district_code: s.world.districtCode,
      region_path: b.regionPath,
      reporter_name_enc: b.reporterName ? pii.encrypt(b.reporterName) : null,
      reporter_phone_enc: b.reporterPhone ? pii.encrypt(b.reporterPhone) : null,
      reporter_phone_hash: b.reporterPhone ? pii.blindIndex(b.reporterPhone) : null,
      anonymous: b.anonymous,
      created_by: b.createdBy?.id ?? null,
      tracking_hash: hashToken(crypto.randomBytes(18).toString('base64url')),
      parent_id: s.parent?.id ?? null,
      lead_unit_id: s.leadUnitId,
      route_source: s.routeSource,
      suggestions: JSON.stringify(b.suggestions),
      return_count: s.returnCount,
      reopen_count: s.reopenCount,
      answer: s.answer,
      resolve_due_at: d(s.resolveDueAt),
      closed_at: d(s.closedAt),
      callback_at: d(s.rated?.at ?? null),
      callback_resolved: s.rated?.resolved ?? null,
      callback_rating: s.rated?.rating ?? null,
      callback_comment: s.rated?.comment ?? null,
    };
  });
  const assignments: Insertable<AssignmentTable>[] = sims.flatMap((s) =>
    s.assignments.map((a) => ({
      id: a.id,
      case_id: s.id,
      district_code: s.world.districtCode,
      unit_id: a.unitId,
      role: a.role,
      status: a.status,
      created_at: d(a.createdAt)!,
      accepted_at: d(a.acceptedAt),
      responded_at: d(a.acceptedAt),
      reported_at: d(a.reportedAt),
      accept_due_at: d(a.acceptDueAt),
      respond_due_at: d(a.respondDueAt),
      resolve_due_at: d(a.resolveDueAt),
      warned_at: d(a.warnedAt),
      overdue_at: d(a.overdueAt),
      timer_version: a.timerVersion,
      extension_until: d(a.extensionUntil),
      extension_reason: a.extensionReason,
      return_reason: a.returnReason,
      result: a.result,
    })),
  );
  // In time order across all cases, so the timeline's ids read chronologically as the services' would.
  const events: NewCaseEvent[] = sims
    .flatMap((s, i) => s.events.map((e) => ({ s, i, e })))
    .sort((x, y) => x.e.at - y.e.at || x.i - y.i || x.e.seq - y.e.seq)
    .map(({ s, e }) => {
      const late = e.late?.();
      return {
        caseId: s.id,
        at: d(e.at)!,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorId: e.actorId,
        actorName: e.actorName,
        unitId: e.unitId,
        note: late ? late.note : e.note,
        data: late ? late.data : e.data,
        public: e.public,
      };
    });
  // A few for the bell: those of the last day; what is older than a few hours has been read.
  const rng = rngFor(`${seed}:read`);
  const since = now.getTime() - DAY;
  const notifications: Insertable<NotificationTable>[] = sims
    .flatMap((s, i) => s.notifications.filter((n) => n.at >= since).map((n) => ({ s, i, n })))
    .sort((x, y) => x.n.at - y.n.at || x.i - y.i || x.n.seq - y.n.seq)
    .map(({ s, n }) => ({
      user_id: n.userId,
      unit_id: n.unitId,
      case_id: s.id,
      kind: n.kind,
      title: null,
      params: JSON.stringify(n.params),
      created_at: d(n.at)!,
      read_at: n.at < now.getTime() - 4 * H ? d(n.at + randomBetween(rng, 5, 180) * MIN) : null,
    }));

  // 案件查询's words (issue 14), as intake writes them
  for (const part of chunks(cases, 400))
    await tx
      .insertInto('case')
      .values(part.map((c) => ({ ...c, search_words: caseSearchWords(c) })))
      .execute();
  for (const part of chunks(assignments, 1000)) await tx.insertInto('assignment').values(part).execute();
  for (const part of chunks(events, 1000)) await writeCaseEvents(tx, part);
  for (const part of chunks(notifications, 1000)) await tx.insertInto('notification').values(part).execute();
  // New cases continue the running number after the demo's.
  await sql`SELECT setval('case_seq', greatest(${sims.length}, (SELECT last_value FROM case_seq)))`.execute(
    tx,
  );
  const byStatus: Record<string, number> = {};
  for (const s of sims) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  const summary = {
    cases: sims.length,
    byStatus,
    events: events.length,
    notifications: notifications.length,
  };
  await writeAudit(tx, null, { action: 'import', entity: 'demo_cases', after: summary });
  return summary;
}
