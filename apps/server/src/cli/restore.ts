// npm run restore -- <file> --yes — replaces the database with the backup in <file> (see db/backup.ts). Stop
// OneGrid first. Uses DATABASE_URL, or the embedded database of DATA_DIR.
import { loadConfig } from '../config.ts';
import { restoreDatabase } from '../db/backup.ts';
import { prepareSchema, withOwnerUrl } from '../db/maintenance.ts';
import { loadKeyRing, PiiCipher } from '../lib/pii.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file || !process.argv.includes('--yes')) {
  console.error('usage: npm run restore -- <backup file> --yes   (replaces everything in the database)');
  process.exit(2);
}
const config = loadConfig();
const pii = new PiiCipher(loadKeyRing({ ...config, algorithm: config.piiAlgorithm }));
const r = await withOwnerUrl(config, async (url, info) => {
  if (info.embedded && info.running) throw new Error('OneGrid is running on this DATA_DIR: stop it first.');
  return restoreDatabase(url, file, pii, prepareSchema);
});
console.log(`Restored ${r.tables} tables from ${file}.`);
