import { caseDistrict, caseNumberOf } from '@onegrid/domain';
import type { Insertable } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import type { AssignmentTable, CaseTable } from '../../db/schema.ts';
import type { AuditEntry } from '../../lib/audit.ts';
import type { Actor } from '../../lib/actor.ts';
import type { NewNotification } from '../notifications/public.ts';
import type { AssignmentTimer, TimerScheduler } from '../../lib/timer-port.ts';
import { attachUploads } from '../uploads/uploads.service.ts';
import * as repo from './cases.repository.ts';

/** Every row one new case writes, made once its number is known. */
export interface CaseRows {
  case: Insertable<CaseTable> & { id: string };
  events: repo.NewCaseEvent[];
  assignments: Insertable<AssignmentTable>[];
  timers: AssignmentTimer[];
  notifications: NewNotification[];
  audit: { actor: Pick<Actor, 'userId' | 'username' | 'scopePath' | 'ip' | 'requestId'>; entry: AuditEntry };
  photos: { ids: string[]; uploaderId: string | null };
}

/** A planned case waiting to be written: the idempotency claim and its rows for a given case number. */
export interface IntakeItem {
  scope: string;
  key: string | undefined;
  /** requestHash() of the request, stored with the key: a replay of another request is refused */
  requestHash?: string;
  createdAt: Date;
  build(id: string): CaseRows;
  /** The answer stored with the idempotency key and returned to a repeat. */
  response(id: string): unknown;
  /**
   * The whole first answer, made in the case's transaction once its rows are written and stored with the key in
   * place of `response`: a repeat then answers exactly what the first request answered, without reading the case
   * again as the sender (who may not see it any more, e.g. a grid worker reporting outside their community).
   */
  answer?(tx: Tx, id: string, rows: CaseRows, eventIds: string[]): Promise<unknown>;
}

export type WriteResult =
  | { replayed: false; id: string; rows: CaseRows; eventIds: string[]; answer?: unknown }
  | { replayed: true; status: number; body: unknown; requestHash: string | null };

interface Pending {
  item: IntakeItem;
  resolve: (r: WriteResult) => void;
  reject: (e: unknown) => void;
}

/** yyyymmdd of the instant in Shanghai followed by 8 digits of the sequence: the case number (packages/domain). */
export function caseIdOf(at: Date, seq: bigint): string {
  return caseNumberOf(at, seq);
}

/**
 * Group commit for intake. Creates that arrive while earlier ones are being written share one transaction, with
 * one statement for all their rows — so the database commits (and flushes its log) once per batch, not
 * once per case. An idle writer starts a transaction at once, so a lone create waits for nothing. A batch that
 * fails is retried case by case, so one bad case (a photo that cannot be attached) fails alone. Each case's
 * answer is given only after its transaction committed: an acknowledged case is never lost.
 */
/**
 * Case numbers drawn from the sequence ahead, a block at a time, so most batches need no round trip for them. A
 * number drawn and never used is a gap, as a rolled-back nextval always was; case numbers promise order and
 * uniqueness, not density.
 */
export class CaseSeqPool {
  private next: bigint[] = [];
  constructor(private readonly block = 256) {}

  async take(tx: Tx, n: number): Promise<bigint[]> {
    if (this.next.length < n) this.next.push(...(await repo.nextCaseSeqs(tx, Math.max(n, this.block))));
    return this.next.splice(0, n);
  }
}

export class IntakeWriter {
  private queue: Pending[] = [];
  private readonly seqs = new CaseSeqPool();
  private inFlight = 0;

  constructor(
    private readonly db: Db,
    private readonly timers: TimerScheduler,
    private readonly maxBatch = 64,
    // Two: one batch commits while the next is written (bench:intake: 1, 2 and 3 all within the machine's noise,
    // 460–640 cases/s; two has the best p99).
    private readonly maxInFlight = 2,
  ) {}

  write(item: IntakeItem): Promise<WriteResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: Pending[]): Promise<void> {
    // A key repeated inside one batch: the first one writes, the others wait for its answer.
    const leaders: Pending[] = [];
    const followers = new Map<Pending, Pending[]>();
    const byKey = new Map<string, Pending>();
    for (const p of batch) {
      const k = p.item.key === undefined ? undefined : `${p.item.scope}\n${p.item.key}`;
      const leader = k === undefined ? undefined : byKey.get(k);
      if (leader) followers.get(leader)!.push(p);
      else {
        if (k !== undefined) byKey.set(k, p);
        leaders.push(p);
        followers.set(p, []);
      }
    }
    const items = leaders.map((p) => p.item);
    let results: (WriteResult | Error)[];
    try {
      try {
        // Optimistic: the keys are claimed inside the one statement that writes the cases.
        results = await this.db
          .transaction()
          .execute((tx) => writeBatch(tx, this.seqs, this.timers, items, false));
      } catch (err) {
        if (!isKeyRepeat(err)) throw err;
        // A key was used before (a client's retry): claim first, answer repeats from the stored result.
        results = await this.db
          .transaction()
          .execute((tx) => writeBatch(tx, this.seqs, this.timers, items, true));
      }
    } catch (err) {
      if (leaders.length === 1) results = [err as Error];
      else {
        // Find the culprit: each case alone, in its own transaction.
        results = await Promise.all(
          leaders.map((p) =>
            this.db
              .transaction()
              .execute((tx) => writeBatch(tx, this.seqs, this.timers, [p.item], true))
              .then(
                (r) => r[0]!,
                (e: unknown) => e as Error,
              ),
          ),
        );
      }
    }
    leaders.forEach((p, i) => {
      const r = results[i]!;
      const waiting = followers.get(p)!;
      if (r instanceof Error) {
        p.reject(r);
        // The first of a repeated key failed and claimed nothing: the repeats run anew.
        for (const f of waiting) this.queue.push(f);
        return;
      }
      p.resolve(r);
      const answer: WriteResult = r.replayed
        ? r
        : {
            replayed: true,
            status: 201,
            body: r.answer ?? p.item.response(r.id),
            requestHash: p.item.requestHash ?? null,
          };
      for (const f of waiting) f.resolve(answer);
    });
    if (this.queue.length > 0) this.pump();
  }
}

/** A unique violation on idempotency_key: some key of the batch was claimed before. */
function isKeyRepeat(err: unknown): boolean {
  const e = err as { code?: string; table?: string };
  return e.code === '23505' && e.table === 'idempotency_key';
}

/**
 * One transaction: number the cases, claim the keys, then one statement for all their rows. `claimFirst`: claim
 * in a statement of its own and answer the keys already taken from their stored result; otherwise the claims go
 * into the rows' statement as plain inserts (one round trip fewer), and a key taken before fails the batch with a
 * unique violation, for the caller to run again with claimFirst.
 */
async function writeBatch(
  tx: Tx,
  seqPool: CaseSeqPool,
  timers: TimerScheduler,
  items: IntakeItem[],
  claimFirst: boolean,
): Promise<WriteResult[]> {
  const seqs = await seqPool.take(tx, items.length);
  const ids = items.map((it, i) => caseIdOf(it.createdAt, seqs[i]!));
  const results: WriteResult[] = new Array<WriteResult>(items.length);
  // Claims in key order, so two batches claiming the same keys wait for each other instead of deadlocking.
  const keyed = items
    .map((it, i) => ({ it, i }))
    .filter((x) => x.it.key !== undefined)
    .sort((a, b) =>
      a.it.scope === b.it.scope ? (a.it.key! < b.it.key! ? -1 : 1) : a.it.scope < b.it.scope ? -1 : 1,
    );
  const claims = keyed.map(({ it, i }) => ({
    scope: it.scope,
    key: it.key!,
    status: 201,
    response: JSON.stringify(it.response(ids[i]!)),
    request_hash: it.requestHash ?? null,
  }));
  if (claimFirst && claims.length > 0) {
    const claimed = await tx
      .insertInto('idempotency_key')
      .values(claims)
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning(['scope', 'key'])
      .execute();
    const won = new Set(claimed.map((c) => `${c.scope}\n${c.key}`));
    for (const { it, i } of keyed) {
      if (won.has(`${it.scope}\n${it.key}`)) continue;
      const prior = await tx
        .selectFrom('idempotency_key')
        .select(['status', 'response', 'request_hash'])
        .where('scope', '=', it.scope)
        .where('key', '=', it.key!)
        .executeTakeFirstOrThrow();
      results[i] = {
        replayed: true,
        status: prior.status,
        body: prior.response,
        requestHash: prior.request_hash,
      };
    }
  }
  const fresh = items.flatMap((it, i) => (results[i] ? [] : [{ i, rows: it.build(ids[i]!) }]));
  if (fresh.length > 0) {
    // Case, timeline, assignments, notifications and audit rows in one statement (data-modifying CTEs; foreign keys
    // are checked at its end): one round trip to the database instead of five.
    const eventIds = await repo.insertCaseRows(tx, {
      cases: fresh.map((f) => f.rows.case),
      events: fresh.flatMap((f) => f.rows.events),
      assignments: fresh.flatMap((f) => f.rows.assignments),
      notifications: fresh.flatMap((f) => f.rows.notifications),
      audits: fresh.map((f) => f.rows.audit),
      claims: claimFirst ? [] : claims,
    });
    let e = 0;
    for (const f of fresh) {
      const mine = eventIds.slice(e, e + f.rows.events.length);
      e += f.rows.events.length;
      const done: WriteResult = { replayed: false, id: f.rows.case.id, rows: f.rows, eventIds: mine };
      results[f.i] = done;
      if (f.rows.photos.ids.length > 0)
        await attachUploads(
          tx,
          f.rows.photos.ids,
          f.rows.case.id,
          mine[0] ?? null,
          f.rows.photos.uploaderId,
          caseDistrict({
            district_code: f.rows.case.district_code ?? null,
            region_path: f.rows.case.region_path,
          }),
        );
      const it = items[f.i]!;
      if (it.key !== undefined && it.answer) {
        done.answer = await it.answer(tx, done.id, f.rows, mine);
        await tx
          .updateTable('idempotency_key')
          .set({ response: JSON.stringify(done.answer) })
          .where('scope', '=', it.scope)
          .where('key', '=', it.key)
          .execute();
      }
    }
    await timers.schedule(
      tx,
      fresh.flatMap((f) => f.rows.timers),
    );
  }
  return results;
}
