/**
 * Prometheus metrics of this server process (prom-client), served at GET /metrics (modules/health). What a
 * centre's operator watches: requests and their latency per route, cases taken in, the job queue's depth, how late
 * due timers run, and reference-cache reloads. One registry per process: several server processes are several
 * Prometheus targets, summed by the query, as usual.
 *
 * Queue depth and timer lag are read from the database when scraped (see health.service.ts); the rest counts here.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'onegrid_' });

export const httpRequests = new Counter({
  name: 'onegrid_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'onegrid_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const casesTakenIn = new Counter({
  name: 'onegrid_cases_created_total',
  help: 'Cases taken in (not counting replays of the same Idempotency-Key), by channel',
  labelNames: ['channel'] as const,
  registers: [registry],
});

export const cacheReloads = new Counter({
  name: 'onegrid_cache_reloads_total',
  help: 'Reloads of a process cache after its version moved in the database, by cache',
  labelNames: ['cache'] as const,
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'onegrid_job_queue_depth',
  help: 'Jobs waiting in the pg-boss queue (created or retry, due now or later), by queue',
  labelNames: ['queue', 'due'] as const,
  registers: [registry],
});

export const timerLag = new Gauge({
  name: 'onegrid_timer_lag_seconds',
  help: 'How long the oldest due job (deadline timers, sweeps) has waited past its start time; 0 when none is late',
  registers: [registry],
});

// lane ops (issue 14): WAL kept on the primary for each replication slot (modules/health/slots.ts)
export const slotRetained = new Gauge({
  name: 'onegrid_replication_slot_retained_bytes',
  help: 'Bytes of WAL the primary keeps for a replication slot (a stopped or far-behind standby makes it grow)',
  labelNames: ['slot', 'active'] as const,
  registers: [registry],
});

// lane replica (issue 14): the read replica's lag
export const replicaLag = new Gauge({
  name: 'onegrid_replica_lag_seconds',
  help: 'How far the read replica is behind the primary, in seconds; -1 when there is none or it does not answer',
  registers: [registry],
});

/** The route pattern of a request for a label: the registered URL, never the raw path (no ids, no tokens). */
export function routeLabel(pattern: string | undefined): string {
  return pattern ?? 'unmatched';
}
