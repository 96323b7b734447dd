import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../test/wait.ts';
import { createPgBoss } from '../modules/timers/timers.pgboss.ts';
import { BASE_BACKUP_QUEUE, startBaseBackups } from './physical.jobs.ts';
import { archiveCommand, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.ts';
import {
  archivedWal,
  backupFor,
  listBaseBackups,
  parseRestoreTarget,
  prunableWal,
  pruneBackups,
  restoreCommand,
  restorePointInTime,
  skippedInBaseBackup,
  takeBaseBackup,
  type BaseBackup,
} from './physical.ts';

describe('physical backup rules', () => {
  it('reads a restore target as Beijing time unless a zone is given', () => {
    expect(parseRestoreTarget('2026-12-07 14:03').toISOString()).toBe('2026-12-07T06:03:00.000Z');
    expect(parseRestoreTarget('2026-12-07T14:03:27.25').toISOString()).toBe('2026-12-07T06:03:27.250Z');
    expect(parseRestoreTarget('2026-12-07 14:03:00Z').toISOString()).toBe('2026-12-07T14:03:00.000Z');
    expect(parseRestoreTarget('2026-12-07 14:03 -0500').toISOString()).toBe('2026-12-07T19:03:00.000Z');
    expect(() => parseRestoreTarget('yesterday')).toThrow(/Not a time/);
  });

  it('leaves out of a base backup what PostgreSQL rebuilds or must not see in a copy', () => {
    expect(skippedInBaseBackup('postmaster.pid')).toBe(true);
    expect(skippedInBaseBackup('pg_wal/000000010000000000000003')).toBe(true);
    expect(skippedInBaseBackup('pg_wal')).toBe(false); // the directory stays, empty
    expect(skippedInBaseBackup('pg_replslot/onegrid_replica/state')).toBe(true);
    expect(skippedInBaseBackup('base/5/pgsql_tmp/pgsql_tmp123.0')).toBe(true);
    expect(skippedInBaseBackup('global/pg_internal.init')).toBe(true);
    expect(skippedInBaseBackup('base/5/16384')).toBe(false);
    expect(skippedInBaseBackup('global/pg_control')).toBe(false);
    expect(skippedInBaseBackup('postgresql.auto.conf')).toBe(false);
  });

  it('prunes the archived WAL before the oldest kept backup, whatever the timeline, but not history files', () => {
    const files = [
      '000000010000000000000001',
      '000000010000000000000001.gz',
      '000000010000000000000003.gz',
      '000000010000000000000002.00000028.backup',
      '000000010000000000000003',
      '000000020000000000000004',
      '000000010000000000000004.partial',
      '00000002.history',
      '000000010000000000000002.tmp',
    ];
    expect(prunableWal(files, '000000020000000000000003')).toEqual([
      '000000010000000000000001',
      '000000010000000000000001.gz',
      '000000010000000000000002.00000028.backup',
    ]);
  });

  it('archives a segment once: a copy of the same bytes is fine, a different file of that name fails loudly', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-test-archive-'));
    try {
      const archive = path.join(dir, "wal archive's");
      fs.mkdirSync(archive);
      fs.mkdirSync(path.join(dir, 'pg_wal'));
      const name = '000000010000000000000007';
      fs.writeFileSync(path.join(dir, 'pg_wal', name), 'segment bytes');
      // as PostgreSQL runs it: %p relative to the data directory, %f the file name, through the shell
      const run = () =>
        spawnSync(
          'sh',
          ['-c', archiveCommand(archive).replaceAll('%p', `pg_wal/${name}`).replaceAll('%f', name)],
          {
            cwd: dir,
          },
        ).status;
      expect(run()).toBe(0);
      // gzipped
      expect(zlib.gunzipSync(fs.readFileSync(path.join(archive, `${name}.gz`))).toString()).toBe(
        'segment bytes',
      );
      expect(fs.readdirSync(archive)).toEqual([`${name}.gz`]); // no temporary file left
      expect(run()).toBe(0); // archived again after a crash: the same bytes
      fs.writeFileSync(path.join(dir, 'pg_wal', name), 'other bytes');
      expect(run()).not.toBe(0);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(archive, `${name}.gz`))).toString()).toBe(
        'segment bytes',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('restores a segment gunzipped, or as archived before compression, else from the fallback, else fails', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-test-archive-'));
    try {
      const archive = path.join(dir, "wal archive's");
      const fallback = path.join(dir, 'live pg_wal');
      for (const d of [archive, fallback, path.join(dir, 'pg_wal')]) fs.mkdirSync(d);
      fs.writeFileSync(path.join(archive, '000000010000000000000001.gz'), zlib.gzipSync('compressed'));
      fs.writeFileSync(path.join(archive, '000000010000000000000002'), 'plain');
      fs.writeFileSync(path.join(fallback, '000000010000000000000003'), 'not archived yet');
      const restore = (name: string, withFallback: boolean) => {
        fs.rmSync(path.join(dir, 'pg_wal', 'RECOVERYXLOG'), { force: true });
        const cmd = restoreCommand(archive, withFallback ? fallback : undefined)
          .replaceAll('%p', 'pg_wal/RECOVERYXLOG')
          .replaceAll('%f', name);
        const status = spawnSync('sh', ['-c', cmd], { cwd: dir }).status;
        return status === 0 ? fs.readFileSync(path.join(dir, 'pg_wal', 'RECOVERYXLOG'), 'utf8') : status;
      };
      expect(restore('000000010000000000000001', false)).toBe('compressed');
      expect(restore('000000010000000000000002', false)).toBe('plain');
      expect(restore('000000010000000000000003', false)).not.toBe(0);
      expect(restore('000000010000000000000003', true)).toBe('not archived yet');
      expect(restore('000000010000000000000004', true)).not.toBe(0);
      expect(archivedWal(archive, '000000010000000000000001')).toMatch(/\.gz$/);
      expect(archivedWal(archive, '000000010000000000000002')).toMatch(/2$/);
      expect(archivedWal(archive, '000000010000000000000004')).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('restores from the latest backup that finished before the target', () => {
    const b = (id: string, finishedAt: string) => ({ id, finishedAt }) as BaseBackup;
    const list = [b('a', '2026-12-01T00:00:00Z'), b('b', '2026-12-02T00:00:00Z')];
    expect(backupFor(list, new Date('2026-12-01T12:00:00Z'))?.id).toBe('a');
    expect(backupFor(list, new Date('2026-12-03T00:00:00Z'))?.id).toBe('b');
    expect(backupFor(list, new Date('2026-11-30T00:00:00Z'))).toBeUndefined();
  });
});

describe('base backup, WAL archive and point-in-time restore (the drill)', () => {
  let tmp: string;
  let primary: EmbeddedDatabase;
  let restored: EmbeddedDatabase | undefined;
  const archiveDir = () => path.join(tmp, 'wal-archive');
  const backupsDir = () => path.join(tmp, 'base-backups');

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-test-physical-'));
    fs.chmodSync(tmp, 0o755);
    primary = await startEmbeddedPostgres({
      dir: path.join(tmp, 'pg'),
      database: 'onegrid',
      archiveDir: archiveDir(),
    });
  }, 120_000);

  afterAll(async () => {
    await restored?.stop();
    await primary?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<T>(text, values)).rows;
    } finally {
      await c.end();
    }
  }

  it('restores to a noted moment: the rows before it are there, the rows after it are not', async () => {
    const url = primary.url('onegrid');
    await query(url, 'CREATE TABLE drill (n int PRIMARY KEY, note text)');
    const backup = await takeBaseBackup({
      ownerUrl: url,
      clusterDir: path.join(tmp, 'pg'),
      backupsDir: backupsDir(),
    });
    expect(backup.files).toBeGreaterThan(100);
    expect(fs.readFileSync(path.join(backup.dir, 'backup_label'), 'utf8')).toContain('START WAL LOCATION');
    expect(fs.existsSync(path.join(backup.dir, 'postmaster.pid'))).toBe(false);
    expect(fs.readdirSync(path.join(backup.dir, 'pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f))).toEqual(
      [],
    );
    expect(listBaseBackups(backupsDir()).map((b) => b.id)).toEqual([backup.id]);
    // the backup's own WAL was archived before pg_backup_stop returned
    expect(archivedWal(archiveDir(), backup.startWal)).toMatch(/\.gz$/);

    await query(url, `INSERT INTO drill SELECT g, 'before' FROM generate_series(1, 50) g`);
    const [{ at }] = (await query<{ at: Date }>(url, 'SELECT clock_timestamp() AS at')) as [{ at: Date }];
    // `at` lies after the first batch's commits and before the second's
    await query(url, `INSERT INTO drill SELECT g, 'after' FROM generate_series(51, 80) g`);
    await query(url, `UPDATE drill SET note = 'changed after' WHERE n = 1`);
    // close the current segment so the later commits are in the archive (a live server does it on its own)
    const [{ wal }] = (await query<{ wal: string }>(
      url,
      'SELECT pg_walfile_name(pg_switch_wal()) AS wal',
    )) as [{ wal: string }];
    await waitFor(() => archivedWal(archiveDir(), wal), { what: `segment ${wal} archived` });

    const target = path.join(tmp, 'restored', 'pg');
    const r = await restorePointInTime({
      backupsDir: backupsDir(),
      archiveDir: archiveDir(),
      to: at,
      targetDir: target,
    });
    restored = r.db;
    expect(r.backup.id).toBe(backup.id);
    expect(r.lastReplayed).not.toBeNull();
    expect(r.lastReplayed!.getTime()).toBeLessThanOrEqual(at.getTime());
    const rows = await query<{ note: string; n: number }>(
      restored.url('onegrid'),
      'SELECT note, count(*)::int AS n FROM drill GROUP BY note ORDER BY note',
    );
    expect(rows).toEqual([{ note: 'before', n: 50 }]);
    // promoted: it takes writes
    await query(restored.url('onegrid'), `INSERT INTO drill VALUES (1000, 'restored')`);
    // the live cluster is untouched
    const live = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM drill');
    expect(live[0]!.n).toBe(80);
    // a restore never writes into a directory that holds something
    await expect(
      restorePointInTime({ backupsDir: backupsDir(), archiveDir: archiveDir(), to: at, targetDir: target }),
    ).rejects.toThrow(/not empty/);
    // nor restores to before the first backup
    await expect(
      restorePointInTime({
        backupsDir: backupsDir(),
        archiveDir: archiveDir(),
        to: new Date(Date.parse(backup.finishedAt) - 60_000),
        targetDir: path.join(tmp, 'never'),
      }),
    ).rejects.toThrow(/No base backup finished before/);
  }, 180_000);

  it('the base-backup job is scheduled daily in Beijing time and takes a backup when it runs', async () => {
    const boss = createPgBoss(primary.url('onegrid'), { max: 2 });
    await boss.start();
    const errors: unknown[] = [];
    const worker = await startBaseBackups(boss, {
      clusterDir: path.join(tmp, 'pg'),
      backupsDir: path.join(tmp, 'job-backups'),
      archiveDir: archiveDir(),
      ownerUrl: primary.url('onegrid'),
      cron: '0 2 * * *',
      keep: 1,
      pollingIntervalSeconds: 0.5,
      log: { info: () => undefined, error: (o) => errors.push(o) },
    });
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((x) => [x.name, x.cron, x.options?.tz])).toContainEqual([
        BASE_BACKUP_QUEUE,
        '0 2 * * *',
        'Asia/Shanghai',
      ]);
      await boss.send(BASE_BACKUP_QUEUE, {});
      const done = await waitFor(
        () => listBaseBackups(path.join(tmp, 'job-backups')).length === 1 || undefined,
        {
          timeout: 120_000,
          interval: 250,
          what: "the job's base backup",
        },
      );
      expect(done).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await worker.stop();
      await boss.stop({ graceful: false });
    }
  }, 180_000);

  it('keeps the newest backups and the WAL they need', async () => {
    const url = primary.url('onegrid');
    const second = await takeBaseBackup({
      ownerUrl: url,
      clusterDir: path.join(tmp, 'pg'),
      backupsDir: backupsDir(),
    });
    const before = fs.readdirSync(archiveDir());
    const r = pruneBackups({ backupsDir: backupsDir(), archiveDir: archiveDir(), keep: 1 });
    expect(r.removedBackups).toHaveLength(1);
    expect(listBaseBackups(backupsDir()).map((b) => b.id)).toEqual([second.id]);
    const after = fs.readdirSync(archiveDir());
    expect(after.length).toBeLessThan(before.length);
    expect(after).toContain(`${second.startWal}.gz`);
    expect(
      after
        .filter((f) => /^[0-9A-F]{24}\.gz$/.test(f))
        .every((f) => f.slice(8, 24) >= second.startWal.slice(8)),
    ).toBe(true);
  }, 120_000);
});
