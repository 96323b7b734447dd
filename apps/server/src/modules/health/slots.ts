/**
 * Replication slots that fill the disk (issue 14, operating it). A physical slot makes the primary keep every WAL
 * segment its standby has not confirmed: a replica stopped, removed without dropping its slot, or far behind keeps
 * WAL growing in pg_wal until the disk is full. Readiness warns (it does not fail: the primary serves on) and
 * Prometheus gets the bytes each slot retains. The embedded cluster also caps what a slot may hold
 * (max_slot_wal_keep_size, db/embedded.ts): past it the slot is "lost" and its standby catches up from the WAL
 * archive or is made again.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

export interface SlotState {
  slot: string;
  active: boolean;
  /** Bytes of WAL kept for it (from its restart LSN to the current one); null when it reserves none yet. */
  retainedBytes: number | null;
  /** PostgreSQL's wal_status: reserved, extended, unreserved (about to be lost), lost; null when not reserving. */
  walStatus: string | null;
}

export type SlotWarningReason = 'inactive' | 'retains_wal' | 'lost';

export interface SlotWarning {
  slot: string;
  reasons: SlotWarningReason[];
  retainedBytes: number | null;
}

/** Warn at a slot retaining more than this, by default (SLOT_WARN_MB). */
export const DEFAULT_SLOT_WARN_BYTES = 1024 * 1024 * 1024;

/**
 * The slots worth an operator's look: inactive (no standby connected: it keeps WAL for nobody reading it),
 * retaining more than `warnBytes` (or about to lose WAL it needs: wal_status unreserved), or lost (its standby can
 * no longer stream: rebuild it, or let it read the archive).
 */
export function slotWarnings(slots: readonly SlotState[], warnBytes: number): SlotWarning[] {
  const out: SlotWarning[] = [];
  for (const s of slots) {
    const reasons: SlotWarningReason[] = [];
    if (!s.active) reasons.push('inactive');
    if (s.walStatus === 'lost') reasons.push('lost');
    else if ((s.retainedBytes ?? 0) > warnBytes || s.walStatus === 'unreserved') reasons.push('retains_wal');
    if (reasons.length > 0) out.push({ slot: s.slot, reasons, retainedBytes: s.retainedBytes });
  }
  return out;
}

/** The primary's replication slots (pg_replication_slots is readable by any role); none on a standby. */
export async function replicationSlots(db: DbOrTx): Promise<SlotState[]> {
  const r = await sql<{ slot: string; active: boolean; retained: number | null; wal_status: string | null }>`
    SELECT slot_name AS slot, active, wal_status,
           CASE WHEN restart_lsn IS NULL OR pg_is_in_recovery() THEN NULL
                ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::float8 END AS retained
    FROM pg_replication_slots
    ORDER BY slot_name`.execute(db);
  return r.rows.map((x) => ({
    slot: x.slot,
    active: x.active,
    retainedBytes: x.retained === null ? null : Math.max(0, Number(x.retained)),
    walStatus: x.wal_status,
  }));
}
