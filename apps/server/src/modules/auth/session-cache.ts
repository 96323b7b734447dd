import type { SessionActorRow } from './auth.repository.ts';

/**
 * Sessions this process resolved in the last moments. A client working on one session (a hotline desk, a phone
 * sending a patrol burst, a system posting cases) costs one database lookup per `ttlMs`, not one per request.
 * Changes made in this process (logout, users, units, imports) clear it at once; a change made by another process
 * is seen within `ttlMs` — a bound far below any session lifetime. The expiry itself is always checked exactly.
 */
export class SessionCache {
  private readonly rows = new Map<string, { row: SessionActorRow; at: number }>();
  /** Lookups under way: requests on one session arriving together share one query, not one each. */
  private readonly pending = new Map<string, Promise<SessionActorRow | undefined>>();
  /** Moved by clear(): a lookup that started before a clear does not store its (possibly stale) row. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 2000,
    private readonly max = 10_000,
  ) {}

  get(idHash: string, now = Date.now()): SessionActorRow | undefined {
    const e = this.rows.get(idHash);
    if (!e) return undefined;
    if (now - e.at >= this.ttlMs || e.row.expires_at.getTime() <= now) {
      this.rows.delete(idHash);
      return undefined;
    }
    return e.row;
  }

  set(idHash: string, row: SessionActorRow, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    // Oldest first out when full: a Map iterates in insertion order.
    if (this.rows.size >= this.max) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(idHash, { row, at: now });
  }

  /** The cached row, else one lookup shared by everyone asking for this session while it runs. */
  async resolve(
    idHash: string,
    lookup: () => Promise<SessionActorRow | undefined>,
  ): Promise<SessionActorRow | undefined> {
    const hit = this.get(idHash);
    if (hit) return hit;
    let p = this.pending.get(idHash);
    if (!p) {
      const generation = this.generation;
      p = lookup()
        .then((row) => {
          if (row && generation === this.generation) this.set(idHash, row);
          return row;
        })
        .finally(() => this.pending.delete(idHash));
      this.pending.set(idHash, p);
    }
    return p;
  }

  clear(): void {
    this.rows.clear();
    this.pending.clear();
    this.generation++;
  }

  get size(): number {
    return this.rows.size;
  }
}

/**
 * Writes after which cached sessions may be wrong: sign-in steps, password and second-factor changes, sign-out,
 * ended sessions, users, units and the imports that write them.
 */
export const INVALIDATING_WRITE =
  /^\/api\/(auth\/(logout|password|totp|sessions)|sessions|users|units|import)(\/|\?|$)/;
