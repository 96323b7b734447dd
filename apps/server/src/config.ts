import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** The owner's connection (migrations, pg-boss); with it, DATABASE_APP_URL is the role serving requests. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_APP_URL: z.string().url().optional(),
  /** Start even when the serving connection is a superuser (not recommended). */
  ALLOW_SUPERUSER: z.enum(['true', 'false']).default('false'),
  /** Port of the embedded PostgreSQL; 0 = pick a free one. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Load demo data on the first start and print the demo accounts. */
  DEMO: z.enum(['true', 'false']).optional(),
  /** 32-byte key (hex or base64) for personal data at rest; generated under DATA_DIR when absent. */
  ONEGRID_SECRET: z.string().optional(),
  /** A key file kept outside DATA_DIR (one key per line, oldest first; the last encrypts). Wins over ONEGRID_SECRET. */
  ONEGRID_SECRET_FILE: z.string().optional(),
  /** Cipher of personal data written from now on; values under another key or cipher are re-encrypted. */
  PII_ALGORITHM: z.enum(['aes-256-gcm', 'sm4-gcm']).default('aes-256-gcm'),
  /** Audit rows older than this are archived to DATA_DIR/audit-archive (等保: at least 180 days). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180).default(180),
  /**
   * Graceful shutdown (SIGTERM/SIGINT): readiness answers 503 'draining' at once; the server keeps listening for
   * SHUTDOWN_DELAY_MS (so a balancer polling readiness stops sending), then refuses new connections, lets requests
   * in flight finish for up to SHUTDOWN_GRACE_MS, stops its jobs (a running job finishes or goes back to the queue)
   * and exits 0.
   */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to true behind HTTPS so cookies get the Secure flag (auto-detected from X-Forwarded-Proto too). */
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  /** Behind a reverse proxy: true, the number of proxies, or their addresses/CIDRs (comma-separated). */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/, ]+)$/, 'true, false, a hop count or addresses')
    .default('false'),
  WEB_DIST: z.string().optional(),
  /** Photo bytes one address (or one signed-in user) may store in 24 hours, and all photos together (MB). */
  UPLOAD_DAILY_MB: z.coerce.number().positive().default(100),
  UPLOAD_STORE_MAX_MB: z.coerce.number().positive().default(10240),
  /**
   * An optional raster tile layer under the maps' roads and buildings (off by default: the demo needs no network).
   * MAP_TILE_URL: an https XYZ template with {z}/{x}/{y} (and {s} for MAP_TILE_SUBDOMAINS, comma-separated);
   * or TIANDITU_KEY: 天地图's WMTS vector map with its labels. Coordinates must be WGS-84/CGCS2000 (not GCJ-02).
   */
  MAP_TILE_URL: z
    .string()
    .regex(/^(https:\/\/|\/)[^\s]*\{z\}[^\s]*$/, 'an https URL template with {z}, {x} and {y}')
    .refine((u) => u.includes('{x}') && u.includes('{y}'), 'an https URL template with {z}, {x} and {y}')
    .optional(),
  MAP_TILE_SUBDOMAINS: z.string().optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(200).optional(),
  MAP_TILE_MAX_ZOOM: z.coerce.number().int().min(1).max(22).default(18),
  TIANDITU_KEY: z
    .string()
    .regex(/^[0-9a-zA-Z]{8,64}$/)
    .optional(),
  /** Months of case partitions kept made ahead of the current one (issue 14; modules/partitions). */
  CASE_PARTITIONS_AHEAD: z.coerce.number().int().min(1).max(120).default(12),
  // lane replica (issue 14): physical backups and the read replica (db/physical.ts, db/read-replica.ts)
  /** A read replica for dashboards and rankings (the serving role's connection string on the standby). */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** Start (and make, the first time) a streaming replica of the embedded database beside it. */
  REPLICA: z.enum(['true', 'false', '1', '0']).default('false'),
  /** Dashboards and rankings read the primary when the replica is further behind than this. */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(30_000),
  // lane ops (issue 14): readiness warns of a replication slot keeping more WAL than this (modules/health/slots.ts)
  SLOT_WARN_MB: z.coerce.number().int().min(1).default(1024),
  /** When the embedded database's base backup is taken (cron, Asia/Shanghai), or 'off'. */
  BASE_BACKUP_CRON: z
    .string()
    .regex(/^(off|\S+ \S+ \S+ \S+ \S+)$/, "a cron expression with five fields, or 'off'")
    .default('0 2 * * *'),
  /** How many base backups are kept (with the archived WAL they need); older ones are removed. */
  BASE_BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
});

/** The raster tile layers the maps draw under the address library's roads and buildings, bottom first. */
export interface MapTiles {
  urls: string[];
  subdomains: string[];
  attribution: string;
  maxZoom: number;
}

/** 天地图 (WMTS, web-mercator tile matrix set "w"): the vector map and its Chinese labels. */
const TIANDITU = (layer: 'vec' | 'cva', key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
  `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`;

/** The tile layer the environment configures, or null (MAP_TILE_URL wins over TIANDITU_KEY). */
export function mapTilesOf(e: {
  MAP_TILE_URL?: string | undefined;
  MAP_TILE_SUBDOMAINS?: string | undefined;
  MAP_TILE_ATTRIBUTION?: string | undefined;
  MAP_TILE_MAX_ZOOM: number;
  TIANDITU_KEY?: string | undefined;
}): MapTiles | null {
  if (e.MAP_TILE_URL) {
    return {
      urls: [e.MAP_TILE_URL],
      subdomains: (e.MAP_TILE_SUBDOMAINS ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      attribution: e.MAP_TILE_ATTRIBUTION ?? '',
      maxZoom: e.MAP_TILE_MAX_ZOOM,
    };
  }
  if (e.TIANDITU_KEY) {
    return {
      urls: [TIANDITU('vec', e.TIANDITU_KEY), TIANDITU('cva', e.TIANDITU_KEY)],
      subdomains: ['0', '1', '2', '3', '4', '5', '6', '7'],
      attribution: e.MAP_TILE_ATTRIBUTION ?? '© 天地图 tianditu.gov.cn',
      maxZoom: Math.min(e.MAP_TILE_MAX_ZOOM, 18),
    };
  }
  return null;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseAppUrl: string | undefined;
  allowSuperuser: boolean;
  embeddedPgPort: number;
  demo: boolean;
  secret: string | undefined;
  secretFile: string | undefined;
  piiAlgorithm: 'aes-256-gcm' | 'sm4-gcm';
  auditRetentionDays: number;
  shutdownDelayMs: number;
  shutdownGraceMs: number;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  cookieSecure: 'true' | 'false' | 'auto';
  trustProxy: boolean | number | string;
  webDist: string;
  uploads: UploadLimits;
  mapTiles: MapTiles | null;
  casePartitionsAhead: number;
  // lane replica (issue 14)
  databaseReplicaUrl: string | undefined;
  replica: boolean;
  replicaMaxLagMs: number;
  baseBackupCron: string | null;
  baseBackupKeep: number;
  // lane ops (issue 14)
  slotWarnBytes: number;
}

export interface UploadLimits {
  dailyBytesPerClient: number;
  maxTotalBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    allowSuperuser: e.ALLOW_SUPERUSER === 'true',
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    demo: e.DEMO ? e.DEMO === 'true' : !e.DATABASE_URL,
    secret: e.ONEGRID_SECRET,
    secretFile: e.ONEGRID_SECRET_FILE ? path.resolve(e.ONEGRID_SECRET_FILE) : undefined,
    piiAlgorithm: e.PII_ALGORITHM,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    webDist: path.resolve(e.WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
    uploads: {
      dailyBytesPerClient: Math.round(e.UPLOAD_DAILY_MB * 1024 * 1024),
      maxTotalBytes: Math.round(e.UPLOAD_STORE_MAX_MB * 1024 * 1024),
    },
    mapTiles: mapTilesOf(e),
    casePartitionsAhead: e.CASE_PARTITIONS_AHEAD,
    // lane replica (issue 14)
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    replica: e.REPLICA === 'true' || e.REPLICA === '1',
    replicaMaxLagMs: e.REPLICA_MAX_LAG_MS,
    baseBackupCron: e.BASE_BACKUP_CRON === 'off' ? null : e.BASE_BACKUP_CRON,
    baseBackupKeep: e.BASE_BACKUP_KEEP,
    // lane ops (issue 14)
    slotWarnBytes: e.SLOT_WARN_MB * 1024 * 1024,
  };
}

function parseTrustProxy(v: string): boolean | number | string {
  if (v === 'true' || v === 'false') return v === 'true';
  return /^\d+$/.test(v) ? Number(v) : v;
}
