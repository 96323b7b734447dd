// npm run backup [-- <file>] — an encrypted logical backup of the database (see db/backup.ts) to <file>, by
// default DATA_DIR/backups/onegrid-<time>.ogbk. Uses DATABASE_URL, or the embedded database of DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../db/backup.ts';
import { withOwnerUrl } from '../db/maintenance.ts';
import { loadKeyRing, PiiCipher } from '../lib/pii.ts';

const config = loadConfig();
const pii = new PiiCipher(loadKeyRing({ ...config, algorithm: config.piiAlgorithm }));
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = path.resolve(process.argv[2] ?? path.join(config.dataDir, 'backups', `onegrid-${stamp}.ogbk`));
fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
const r = await withOwnerUrl(config, (url) => backupDatabase(url, file, pii));
console.log(`Backup written: ${file} (${r.tables} tables, ${fs.statSync(file).size} bytes, encrypted).`);
console.log(
  'Keep the personal-data key (secret.key / ONEGRID_SECRET_FILE) apart from it: it is needed to restore.',
);
