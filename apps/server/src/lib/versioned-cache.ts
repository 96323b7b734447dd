import type { Db } from '../db/database.ts';
import { cacheReloads } from './metrics.ts';

/** The number that moves with every change to the reference tables (migration 0004: triggers move it). */
export async function referenceVersion(db: Db): Promise<string> {
  const row = await db.selectFrom('reference_version').select('version').executeTakeFirstOrThrow();
  return String(row.version);
}

/**
 * The one pattern of a process cache (held by the AppContext, never a module global): a copy of data derived from
 * the reference tables, reloaded when the reference version in the database moves, checked at most once per
 * `checkEveryMs`. Several server processes stay in step without sharing memory: another process's change is seen
 * within that interval, this process's own at once after `invalidate()` (call it after the change committed).
 *
 * The version is read before the data: a copy is never labelled newer than what it holds, so a change committed
 * during a load is picked up by the next check.
 */
export class VersionedCache<T> {
  private value: { version: string; data: T } | undefined;
  /** The check under way: callers arriving together share it rather than each querying. */
  private checking: Promise<T> | undefined;
  private checkedAt = 0;
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly load: (db: Db, version: string) => Promise<T>,
    private readonly checkEveryMs = 1000,
    /** the version the copy follows (the reference version unless given, e.g. the address library's) */
    private readonly versionOf: (db: Db) => Promise<string> = referenceVersion,
    /** the cache's name in the reload metric */
    private readonly name = 'reference',
  ) {}

  async current(): Promise<T> {
    if (this.value && Date.now() - this.checkedAt < this.checkEveryMs) return this.value.data;
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /** Check the version on the next use, e.g. right after this process changed reference data. */
  invalidate(): void {
    this.checkedAt = 0;
    this.generation++;
    this.checking = undefined;
  }

  private async check(): Promise<T> {
    const started = this.generation;
    const checkedAt = Date.now();
    const version = await this.versionOf(this.db);
    if (this.value?.version === version) {
      if (started === this.generation) this.checkedAt = checkedAt;
      return this.value.data;
    }
    const data = await this.load(this.db, version);
    cacheReloads.inc({ cache: this.name });
    // A copy loaded across an invalidate() may predate the change: answer with it, do not keep it as checked.
    if (started === this.generation) {
      this.value = { version, data };
      this.checkedAt = checkedAt;
    }
    return data;
  }
}
