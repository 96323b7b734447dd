import { buildApp, type App } from './app.ts';
import type { Config } from './config.ts';
import { assertServingRole, createDb, type Db } from './db/database.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadKeyRing, PiiCipher } from './lib/pii.ts';
import { GeoService } from './modules/geo/geo.service.ts';
import { ReferenceService } from './modules/reference/reference.service.ts';
import { DeadlineClock } from './modules/deadlines/deadline-clock.ts';
import { isEmpty, loadDemoData } from './demo/seed.ts';
import { ensureDemoApiKey } from './modules/apikeys/apikeys.service.ts';
import { startHotspots } from './modules/hotspots/hotspots.jobs.ts';
import { startOpinionOverdue } from './modules/opinion/opinion.jobs.ts';
import { startPointsBoards } from './modules/points/boards.service.ts';
import { startDisclosureOverdue } from './modules/disclosure/disclosure.jobs.ts';
import { AddressService } from './modules/addresses/public.ts';
import { createPgBoss, createPgBossTimers } from './modules/timers/timers.pgboss.ts';
import { startClassifyRetrain } from './modules/classify/classify.jobs.ts';
import { startTimers } from './modules/timers/timers.runtime.ts';
import { startAssessmentFold } from './modules/assessment/assessment.jobs.ts';
import { startContactRetention } from './modules/privacy/privacy.jobs.ts';
import { startTrackPurge } from './modules/fieldwork/public.ts';
import { startTaskOverdue } from './modules/fieldtasks/overdue.jobs.ts';
import { startServiceOverdue } from './modules/services/services.jobs.ts';
import { startRectificationOverdue } from './modules/services/rating.jobs.ts';
import { createPgBossWhistleTimers, rearmWhistleDeadlines } from './modules/whistles/whistles.jobs.ts';
import { startNotificationListener } from './modules/notifications/notifications.live.ts';
import { ClassifierService } from './modules/classify/classify.service.ts';
import { startAuditArchive } from './modules/audit/audit.archive.ts';
import { startPiiRotation } from './modules/pii/pii.rotation.ts';
import { startUploadPurge } from './modules/uploads/uploads.jobs.ts';
import { startCasePartitions } from './modules/partitions/partitions.jobs.ts';
import { DevOutbox } from './modules/notifications/notifier.ts';
import path from 'node:path';
// lane replica (issue 14): physical backups and the read replica
import { embeddedReplicaUrl, replicaDirOf, startReplica } from './db/physical.ts';
import { backupPaths, startBaseBackups } from './db/physical.jobs.ts';
import { ReadRouter } from './db/read-replica.ts';

export interface Running {
  app: App;
  db: Db;
  url: string;
  demoAccounts:
    { username: string; password: string; name: string; roles: string[]; unitName: string }[] | null;
  /** Messages out of the app: SMS to residents, notices to units (no gateway: kept here and logged). */
  notifier: DevOutbox;
  close(): Promise<void>;
}

/**
 * Stops accepting connections and waits for the requests in flight (Fastify's close: the preClose hooks end the
 * live streams, idle keep-alive connections close, a request arriving on a busy one is answered 503). Requests
 * still running after `graceMs` lose their connections.
 */
async function closeHttp(app: App, graceMs: number): Promise<void> {
  const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
  // A keep-alive connection whose request finished after close() began would otherwise stay open until its timeout.
  const idle = setInterval(() => app.server.closeIdleConnections(), 200);
  try {
    await app.close();
  } finally {
    clearTimeout(force);
    clearInterval(idle);
  }
}

/** Starts the whole platform: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Running> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  let appUrl = config.databaseAppUrl;
  if (!url) {
    log(`Starting embedded PostgreSQL in ${path.join(config.dataDir, 'pg')} …`);
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      database: 'onegrid',
      // WAL archived for point-in-time restore (db/physical.ts)
      archiveDir: backupPaths(config.dataDir).archiveDir,
    });
    url = embedded.url('onegrid');
    appUrl = embedded.appUrl('onegrid');
  }
  // REPLICA=true: a streaming standby of the embedded database beside it, for dashboards and rankings
  let replica: EmbeddedDatabase | undefined;
  if (embedded && config.replica && !embeddedReplicaUrl(config.dataDir)) {
    log(`Starting the read replica in ${replicaDirOf(config.dataDir)} …`);
    try {
      replica = await startReplica({
        ownerUrl: url,
        clusterDir: backupPaths(config.dataDir).clusterDir,
        primaryPort: embedded.port,
        replicaDir: replicaDirOf(config.dataDir),
        archiveDir: backupPaths(config.dataDir).archiveDir,
      });
    } catch (err) {
      await embedded.stop().catch(() => undefined);
      throw err;
    }
  }
  try {
    return await startOn(url, appUrl ?? url, embedded, config, log, replica);
  } catch (err) {
    // e.g. the port is taken: do not leave the embedded PostgreSQL running behind us
    await replica?.stop().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw err;
  }
}

async function startOn(
  url: string,
  appUrl: string,
  embedded: EmbeddedDatabase | undefined,
  config: Config,
  log: (line: string) => void,
  replica?: EmbeddedDatabase,
): Promise<Running> {
  // Migrations run as the owner (DATABASE_URL, or the embedded superuser); requests are served through the
  // login role onegrid_app (DATABASE_APP_URL, or the embedded cluster's generated one), which owns nothing, may
  // only insert and read audit rows, and has no superuser to RESET ROLE back to.
  const owner = createDb({ connectionString: url, max: 2, appRole: false });
  await migrateToLatest(owner.db);
  const pii = new PiiCipher(
    loadKeyRing({
      secret: config.secret,
      secretFile: config.secretFile,
      dataDir: config.dataDir,
      algorithm: config.piiAlgorithm,
    }),
  );
  const { db, pool } = createDb({ connectionString: appUrl, max: 20 });
  await assertServingRole(pool, config.allowSuperuser);
  let demoAccounts: Running['demoAccounts'] = null;
  if (config.demo) {
    const fresh = await isEmpty(owner.db);
    if (fresh) {
      log('Loading demo data (first start) …');
      const { buildDemoData } = await import('./demo/demo-data.ts');
      await loadDemoData(owner.db, pii, buildDemoData());
      await (
        await import('./demo/cases/load.ts')
      ).loadDemoCases(owner.db, pii, new DeadlineClock(owner.db, 0));
      await (await import('./demo/whistles.ts')).loadDemoWhistles(owner.db);
    }
    // lane city (issue 14): DEMO_SCOPE=city adds the rest of 北京市 (regions, desks, the city 12345 centre), once
    const { demoScopeFromEnv, loadDemoCityIfMissing } = await import('./demo/city/load.ts');
    if (demoScopeFromEnv() === 'city') {
      const city = await loadDemoCityIfMissing(owner.db, pii);
      if (city)
        log(
          `City demo loaded: ${city.regions} regions, ${city.units} units, ${city.duties} city-wide duty entries in ${city.ms} ms`,
        );
    }
    // The base data (一标三实) once, also into a demo database made before it existed (DEMO_BASE_SCALE).
    const { loadDemoBaseDataIfEmpty, baseScaleFromEnv } = await import('./demo/basedata/load.ts');
    await loadDemoBaseDataIfEmpty(owner.pool, pii, { scale: baseScaleFromEnv(), log });
    // Field work (issue 11): a grid worker for every grid and weeks of their patrols, visits, tasks, mediations
    const { loadDemoFieldworkIfEmpty } = await import('./demo/fieldwork/load.ts');
    await loadDemoFieldworkIfEmpty(owner.pool, pii, { log });
    // Issue 12: the real messages (MIT) as the district's closed past cases, then a first trained classifier
    const { loadDemoHistoryIfEmpty } = await import('./demo/history/load.ts');
    await loadDemoHistoryIfEmpty(owner.db, { log });
    const { hasModel, retrain } = await import('./modules/classify/classify.training.ts');
    if (!(await hasModel(owner.db))) {
      const m = await retrain(owner.db, 'start');
      log(`Classifier v${m.version} trained on ${m.trainingSize} cases (threshold ${m.threshold ?? 'none'})`);
    }
    // 知识库 (issue 12): the demo entries once, also into a demo database made before it existed
    await (await import('./demo/knowledge/load.ts')).loadDemoKnowledgeIfEmpty(owner.db);
    // 一窗通办 (issue 13): the service catalogue and some weeks of applications, once
    await (await import('./demo/services/load.ts')).loadDemoServicesIfEmpty(owner.db, pii);
    // 好差评 on the demo applications, once (after them)
    await (await import('./demo/services/ratings.ts')).loadDemoRatingsIfEmpty(owner.db);
    // 一表通: after the base data, so that the sent instances are pre-filled from it
    if (fresh) await (await import('./demo/reports.ts')).loadDemoReports(owner.db);
    // 社区准入 (issue 13): after 一表通, so that the admitted surveys name their templates
    await (await import('./demo/admission.ts')).loadDemoAdmission(owner.db);
    // 积分制 (issue 13): rules adopted by a vote, weeks of entries, the shop, last month's 红黑榜, once
    await (await import('./demo/points.ts')).loadDemoPointsIfEmpty(owner.db);
    // 志愿服务 (issue 13): the social organisation's volunteers, past activities with hours, an open one, a certificate
    await (await import('./demo/volunteers.ts')).loadDemoVolunteers(owner.db);
    // 小微权力清单 and 村(居)务公开 (issue 13): items, catalogues, months of publications, queries, once
    await (await import('./demo/disclosure.ts')).loadDemoDisclosure(owner.db, pii);
    // 答复质量 and 舆情 (issue 12): scores of the history's replies, a few public posts and their alerts
    if (fresh) await (await import('./demo/replies.ts')).loadDemoRepliesAndOpinion(owner.db);
    await ensureDemoApiKey(owner.db);
    const rows = await db
      .selectFrom('app_user as u')
      .innerJoin('unit as n', 'n.id', 'u.unit_id')
      .select(['u.username', 'u.name', 'u.roles', 'n.name as unit_name'])
      .where('u.username', 'not like', 'gw-%')
      .orderBy('u.created_at')
      .execute();
    // of the generated grid workers (one a grid, gw-<grid code>) a few of the demo street
    const gw = await db
      .selectFrom('app_user as u')
      .innerJoin('unit as n', 'n.id', 'u.unit_id')
      .select(['u.username', 'u.name', 'u.roles', 'n.name as unit_name'])
      .where('u.username', 'like', 'gw-110117001%')
      .orderBy('u.username')
      .limit(3)
      .execute();
    demoAccounts = [...rows, ...gw].map((r) => ({
      username: r.username,
      password: 'Demo@12345',
      name: r.name,
      roles: r.roles,
      unitName: r.unit_name,
    }));
  }
  await owner.db.destroy();
  // The audit archiver removes (archived) audit rows, which only the owner may: its own one-connection pool.
  const archiver = createDb({ connectionString: url, max: 1, appRole: false });

  // Dashboards and rankings read a replica when one runs and is close enough behind (db/read-replica.ts)
  const replicaUrl = config.databaseReplicaUrl;
  const read = new ReadRouter(db, {
    replicaUrl: replicaUrl
      ? () => replicaUrl
      : embedded
        ? () => embeddedReplicaUrl(config.dataDir)
        : () => undefined,
    maxLagMs: config.replicaMaxLagMs,
  });
  const geo = new GeoService(db);
  // Timers and their jobs live in this database (pg-boss, schema pgboss): pg-boss connects as the owner because
  // it creates and migrates its own schema; it runs only its own fixed, parameterised SQL. Job handlers use `db`.
  const boss = createPgBoss(url);
  // Build the classifier (jieba's dictionary) before the first report rather than during it.
  const classifier = new ClassifierService(db);
  // The address library in memory, shared by the requests and the hotspots job's gazetteer
  const addresses = new AddressService(db);
  await classifier.warm();
  // No SMS gateway yet: outbound messages (tracking-link codes, overdue notices) are logged and kept in memory.
  const notifier = new DevOutbox();
  const app = await buildApp({
    ctx: {
      db,
      read,
      pii,
      geo,
      reference: new ReferenceService(db),
      deadlines: new DeadlineClock(db),
      timers: createPgBossTimers(boss),
      whistleTimers: createPgBossWhistleTimers(boss),
      classifier,
      addresses,
      notifier,
      config: {
        cookieSecure: config.cookieSecure,
        demo: config.demo,
        uploads: config.uploads,
        mapTiles: config.mapTiles,
        slotWarnBytes: config.slotWarnBytes,
      },
    },
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
  });
  notifier.log = app.log;
  read.log = app.log;
  const timers = await startTimers(boss, { db, log: app.log, notifier });
  // Folds case events into the rankings' and dashboard's aggregates (a job a minute; see assessment.fold.ts).
  const assessment = await startAssessmentFold(boss, { db, log: app.log });
  // Erases case contact data past its retention (PIPL; a job a day, see privacy.jobs.ts).
  const retention = await startContactRetention(boss, { db, log: app.log });
  // Deletes patrol track points past their retention (a job a day, fieldwork.jobs.ts).
  const trackPurge = await startTrackPurge(boss, { db, log: app.log });
  // Field tasks past their deadline: their worker and issuer are told once (a sweep a minute, overdue.jobs.ts).
  const taskOverdue = await startTaskOverdue(boss, { db, log: app.log });
  // Service stages past their limit: their department and the window are told once (services.jobs.ts).
  const serviceOverdue = await startServiceOverdue(boss, { db, log: app.log });
  const rectificationOverdue = await startRectificationOverdue(boss, { db, log: app.log });
  // Clusters the last 30 days' cases into hot issues (a job an hour; hotspots.jobs.ts).
  const hotspots = await startHotspots(boss, { ctx: { db, addresses }, log: app.log });
  // 舆情 alerts whose 24 h / 48 h clock ran out unanswered: the district is told once (a sweep a minute).
  const opinionOverdue = await startOpinionOverdue(boss, { db, log: app.log });
  // 红黑榜: last month's lists published on the 1st (points/boards.service.ts).
  const pointsBoards = await startPointsBoards(boss, { db, log: app.log });
  const disclosureOverdue = await startDisclosureOverdue(boss, { db, log: app.log });
  // Whistles written without the queue (the demo data) get their deadline job now; existing jobs stay one.
  await rearmWhistleDeadlines(db, createPgBossWhistleTimers(boss));
  const live = await startNotificationListener({ connectionString: appUrl, db, log: app.log });
  // Values under an older key or another algorithm are re-encrypted in the background (a no-op when all are current).
  const rotation = startPiiRotation({ db, pii, log: app.log });
  const auditArchive = startAuditArchive({
    db: archiver.db,
    dataDir: config.dataDir,
    retentionDays: config.auditRetentionDays,
    log: app.log,
  });
  // Purges abandoned photos and stale rate-limit counters (a job every 10 minutes; uploads.jobs.ts).
  const uploadPurge = await startUploadPurge(boss, { db, log: app.log });
  // Retrains the classifier nightly and after enough dispatcher corrections (classify.jobs.ts).
  const classifyRetrain = await startClassifyRetrain(boss, { db, log: app.log });
  // Keeps the monthly case partitions made ahead and empties the DEFAULT ones (daily; partitions.jobs.ts).
  const casePartitions = await startCasePartitions(boss, {
    db,
    log: app.log,
    monthsAhead: config.casePartitionsAhead,
  });
  // The embedded database's base backup, daily, with its retention (db/physical.jobs.ts); an external database
  // is backed up by its operator's own tools.
  const baseBackups = embedded
    ? await startBaseBackups(boss, {
        ...backupPaths(config.dataDir),
        ownerUrl: url,
        cron: config.baseBackupCron,
        keep: config.baseBackupKeep,
        log: app.log,
      })
    : undefined;
  const address = await app.listen({ port: config.port, host: config.host });
  const port = new URL(address).port;
  return {
    app,
    db,
    url: `http://localhost:${port}`,
    demoAccounts,
    notifier,
    async close() {
      // Graceful (SIGTERM, a rolling restart): not ready at once; after the delay no new connections; the
      // requests in flight finish (bounded), live streams end so their clients reconnect to another process.
      app.draining = true;
      if (config.shutdownDelayMs > 0) await new Promise((r) => setTimeout(r, config.shutdownDelayMs));
      await closeHttp(app, config.shutdownGraceMs);
      await live.close();
      await auditArchive.stop();
      await rotation.stop();
      await archiver.db.destroy();
      await assessment.stop();
      await retention.stop();
      await trackPurge.stop();
      await taskOverdue.stop();
      await serviceOverdue.stop();
      await rectificationOverdue.stop();
      await hotspots.stop();
      await opinionOverdue.stop();
      await pointsBoards.stop();
      await disclosureOverdue.stop();
      await uploadPurge.stop();
      await classifyRetrain.stop();
      await casePartitions.stop();
      await baseBackups?.stop();
      await read.close();
      await timers.stop();
      await db.destroy();
      if (replica) await replica.stop();
      if (embedded) await embedded.stop();
    },
  };
}
