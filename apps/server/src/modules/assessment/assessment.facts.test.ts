import {
  callbackOutcome,
  caseRateFacts,
  countFacts,
  type CallbackEventFacts,
  type LeadAssignmentFacts,
  type RateCounts,
  districtOfPath,
} from '@onegrid/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { nextCaseId } from '../cases/cases.repository.ts';
import { foldAssessment } from './assessment.fold.ts';
import { recomputeUnitCounts } from './assessment.recompute.ts';
import { callbackFacts, responseFacts, unitCounts } from './assessment.repository.ts';
import { caseDistrictOf } from '../cases/public.ts';

/**
 * The SQL fold (and the naive SQL recompute) against the domain's rate rules (packages/domain assessment/facts.ts),
 * on random case histories: each history is applied to a real database step by step, as the case service writes
 * assignments and case_event rows; after each phase the fold runs and its facts and counters must equal what
 * caseRateFacts / countFacts say of the same history — never SQL checked against SQL.
 */

let env: TestEnv;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

beforeAll(async () => {
  env = await createTestEnv();
  // The demo's events first, at the real time: later folds judge deadlines at earlier instants than this one, so
  // nothing of the demo changes under them (all figures compared below belong to units of this test only).
  await foldAssessment(env.db, { lagSeconds: 0 });
});
afterAll(async () => env.close());

type Step =
  | { kind: 'dispatch'; unit: number; due: number | null }
  | { kind: 'accept' }
  | { kind: 'contact' }
  | { kind: 'return' }
  | { kind: 'withdraw' }
  | { kind: 'report' }
  | { kind: 'callback'; resolved: boolean | null; rating: string | null };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('dispatch' as const),
      unit: fc.nat({ max: 2 }),
      due: fc.option(fc.constantFrom(30 * MIN, 4 * HOUR, 2 * DAY, 9 * DAY), { nil: null }),
    }),
    weight: 3,
  },
  { arbitrary: fc.constant({ kind: 'accept' as const }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'contact' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'return' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'withdraw' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'report' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('callback' as const),
      resolved: fc.option(fc.boolean(), { nil: null }),
      rating: fc.option(fc.constantFrom('satisfied', 'basically_satisfied', 'unsatisfied', 'so-so'), {
        nil: null,
      }),
    }),
    weight: 2,
  },
);

/** A case: when it was created (ms after the start of the history) and its steps, each some time after the last. */
const caseArb = fc.record({
  start: fc.integer({ min: 0, max: 5 * DAY }),
  steps: fc.array(fc.tuple(fc.integer({ min: MIN, max: 2 * DAY }), stepArb), { maxLength: 8 }),
});

const historyArb = fc.record({
  cases: fc.array(caseArb, { minLength: 1, maxLength: 6 }),
  /** Where the history is cut into phases, as shares of its length; a fold runs after each. */
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
  batchSize: fc.constantFrom(2, 7, 5000),
});

interface ModelCase {
  id: string;
  leads: LeadAssignmentFacts[];
  callbacks: CallbackEventFacts[];
}

/** One timed write of the history, applied to the database and to the model alike. */
interface Write {
  at: number;
  c: number;
  step: Step | { kind: 'create' };
}

async function newUnits(n: number): Promise<string[]> {
  const place = await env.ownerDb
    .selectFrom('unit')
    .select(['jurisdiction_code', 'jurisdiction_path'])
    .where('kind', '=', 'department')
    .executeTakeFirstOrThrow();
  const rows = await env.ownerDb
    .insertInto('unit')
    .values(
      Array.from({ length: n }, (_, i) => ({
        name: `考核测试单位 ${crypto.randomUUID().slice(0, 8)} ${i}`,
        kind: 'department' as const,
        jurisdiction_code: place.jurisdiction_code,
        jurisdiction_path: place.jurisdiction_path,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

async function event(caseId: string, at: number, action: string, data: unknown = null): Promise<string> {
  const row = await env.ownerDb
    .insertInto('case_event')
    .values({
      case_id: caseId,
      district_code: caseDistrictOf(caseId),
      at: new Date(at),
      action,
      data: data === null ? null : JSON.stringify(data),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies one write as the case service would: the assignment rows it changes and its timeline event. */
async function apply(w: Write, m: ModelCase, units: string[], placePath: string) {
  const at = new Date(w.at);
  const s = w.step;
  const open = m.leads.filter((a) => a.status === 'pending' || a.status === 'accepted');
  const current = m.leads.at(-1);
  const setStatus = async (a: LeadAssignmentFacts, patch: Partial<LeadAssignmentFacts>) => {
    Object.assign(a, patch);
    await env.ownerDb
      .updateTable('assignment')
      .set({ status: a.status, accepted_at: a.acceptedAt, responded_at: a.respondedAt })
      .where('id', '=', a.id)
      .execute();
  };
  switch (s.kind) {
    case 'create':
      await env.ownerDb
        .insertInto('case')
        .values({
          id: m.id,
          created_at: at,
          status: 'registered',
          request_type: 'complaint',
          channel: 'hotline',
          urgency: 'ordinary',
          title: '考核测试',
          description: '生成的案件历史',
          region_path: placePath,
          district_code: districtOfPath(placePath),
        })
        .execute();
      await event(m.id, w.at, 'create');
      return;
    case 'dispatch': {
      // A new dispatch withdraws what the case's units still hold.
      for (const a of open) await setStatus(a, { status: 'cancelled' });
      const unitId = units[s.unit]!;
      const due = s.due === null ? null : new Date(w.at + s.due);
      const row = await env.ownerDb
        .insertInto('assignment')
        .values({
          case_id: m.id,
          district_code: caseDistrictOf(m.id),
          unit_id: unitId,
          role: 'lead',
          status: 'pending',
          created_at: at,
          accept_due_at: due,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // A co-unit: never counted.
      await env.ownerDb
        .insertInto('assignment')
        .values({
          case_id: m.id,
          district_code: caseDistrictOf(m.id),
          unit_id: units[(s.unit + 1) % units.length]!,
          role: 'assist',
          status: 'pending',
          created_at: at,
          accept_due_at: due,
        })
        .execute();
      m.leads.push({
        id: row.id,
        unitId,
        createdAt: at,
        status: 'pending',
        acceptedAt: null,
        respondedAt: null,
        acceptDueAt: due,
      });
      await event(m.id, w.at, 'dispatch');
      return;
    }
    case 'accept':
      if (current?.status !== 'pending') return;
      await setStatus(current, {
        status: 'accepted',
        acceptedAt: at,
        respondedAt: current.respondedAt ?? at,
      });
      await event(m.id, w.at, 'accept');
      return;
    case 'contact':
      if (current?.status !== 'pending' || current.respondedAt) return;
      await setStatus(current, { respondedAt: at });
      await event(m.id, w.at, 'progress');
      return;
    case 'return':
      if (current?.status !== 'pending') return;
      await setStatus(current, { status: 'returned' });
      await event(m.id, w.at, 'return');
      return;
    case 'withdraw':
      if (current?.status !== 'pending') return;
      await setStatus(current, { status: 'cancelled' });
      await event(m.id, w.at, 'void');
      return;
    case 'report':
      if (current?.status !== 'accepted') return;
      await setStatus(current, { status: 'done' });
      await event(m.id, w.at, 'verify_pass');
      return;
    case 'callback': {
      const data: Record<string, unknown> = {};
      if (s.resolved !== null) data.resolved = s.resolved;
      if (s.rating !== null) data.rating = s.rating;
      const eventId = await event(m.id, w.at, 'callback', data);
      m.callbacks.push({ eventId, at, resolved: s.resolved, rating: s.rating });
      return;
    }
  }
}

const sortBy = <T>(rows: T[], key: (t: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
const only = (counts: Map<string, RateCounts>, units: string[]) =>
  new Map(
    [...counts].filter(([u, c]) => units.includes(u) && c.responseHit + c.responseMiss + c.callbacks > 0),
  );

describe('the fold and the recompute agree with the domain’s rate rules on generated histories', () => {
  it('facts, daily counters and the naive recompute equal caseRateFacts / countFacts after every phase', async () => {
    const place = await env.ownerDb
      .selectFrom('unit')
      .select('jurisdiction_path')
      .where('kind', '=', 'street_office')
      .executeTakeFirstOrThrow();
    await fc.assert(
      fc.asyncProperty(historyArb, async (h) => {
        const units = await newUnits(3);
        // Every instant lies in the past (the fold reads only events older than the database's now()).
        const origin = Date.now() - 30 * DAY;
        const writes: Write[] = [];
        const model: ModelCase[] = [];
        for (const [c, k] of h.cases.entries()) {
          const created = origin + k.start;
          model.push({ id: await nextCaseId(env.ownerDb, new Date(created)), leads: [], callbacks: [] });
          writes.push({ at: created, c, step: { kind: 'create' } });
          let t = created;
          for (const [gap, step] of k.steps) writes.push({ at: (t += gap), c, step });
        }
        writes.sort((a, b) => a.at - b.at || a.c - b.c);
        const end = writes.at(-1)!.at + MIN;
        const phases = [...h.cuts.map((x) => origin + x * (end - origin)), end].sort((a, b) => a - b);
        const period = { from: '2000-01-01', to: '2100-12-31' };
        let next = 0;
        for (const now of phases) {
          while (next < writes.length && writes[next]!.at <= now) {
            const w = writes[next++]!;
            await apply(w, model[w.c]!, units, place.jurisdiction_path);
          }
          await foldAssessment(env.db, { lagSeconds: 0, now: new Date(now), batchSize: h.batchSize });

          const facts = model.map((m) => caseRateFacts(m, new Date(now)));
          const responses = facts.flatMap((f) => f.responses);
          const callbacks = facts.flatMap((f) => f.callbacks);
          const ids = model.map((m) => m.id);
          const folded = await env.db
            .selectFrom('assessment_response')
            .select(['assignment_id', 'unit_id', sql<string>`day::text`.as('day'), 'outcome'])
            .where('case_id', 'in', ids)
            .execute();
          expect(
            sortBy(
              folded.map((r) => ({
                assignmentId: r.assignment_id,
                unitId: r.unit_id,
                day: String(r.day),
                outcome: r.outcome,
              })),
              (r) => r.assignmentId,
            ),
          ).toEqual(sortBy(responses, (r) => r.assignmentId));
          const foldedCallbacks = await env.db
            .selectFrom('assessment_callback')
            .select(['event_id', 'unit_id', sql<string>`day::text`.as('day'), 'resolved', 'rating'])
            .where('case_id', 'in', ids)
            .execute();
          expect(
            sortBy(
              foldedCallbacks.map((r) => ({
                eventId: r.event_id,
                unitId: r.unit_id,
                day: String(r.day),
                resolved: r.resolved,
                rating: r.rating,
              })),
              (r) => r.eventId.padStart(20, '0'),
            ),
          ).toEqual(sortBy(callbacks, (r) => r.eventId.padStart(20, '0')));

          // The drill-down lists exactly the cases behind each figure, by the domain's outcome of each fact.
          for (const unitId of units) {
            for (const outcome of ['hit', 'miss'] as const) {
              const want = (pick: (f: (typeof facts)[number]) => number) =>
                model.flatMap((m, i) => Array<string>(pick(facts[i]!)).fill(m.id)).sort();
              const got = async (measure: 'response' | 'resolution' | 'satisfaction') =>
                (measure === 'response'
                  ? await responseFacts(env.db, unitId, period, outcome, 1000)
                  : await callbackFacts(env.db, unitId, period, measure, outcome, 1000)
                )
                  .map((r) => r.caseId)
                  .sort();
              expect(await got('response')).toEqual(
                want((f) => f.responses.filter((r) => r.unitId === unitId && r.outcome === outcome).length),
              );
              for (const measure of ['resolution', 'satisfaction'] as const)
                expect(await got(measure)).toEqual(
                  want(
                    (f) =>
                      f.callbacks.filter(
                        (c) => c.unitId === unitId && callbackOutcome(measure, c) === outcome,
                      ).length,
                  ),
                );
            }
          }

          const expected = countFacts({ responses, callbacks }, period);
          expect(only(await unitCounts(env.db, period), units)).toEqual(expected);
          expect(only(await recomputeUnitCounts(env.db, period, new Date(now)), units)).toEqual(expected);
        }
      }),
      {
        numRuns: Number(process.env.FACTS_RUNS ?? 12),
        examples: [
          // Three accept deadlines pass in a phase without events, more than one batch decides: the fold used to
          // stop after the first empty batch and leave the third 'open' (a ranking missing a miss until later).
          [
            {
              cases: [
                ...[0, 1, 2].map(() => ({
                  start: 0,
                  steps: [[MIN, { kind: 'dispatch', unit: 0, due: 30 * MIN }]] as [number, Step][],
                })),
                { start: 0, steps: [[2 * DAY, { kind: 'accept' }]] as [number, Step][] },
              ],
              cuts: [0.01],
              batchSize: 2,
            },
          ],
        ],
      },
    );
  }, 600_000);
});
