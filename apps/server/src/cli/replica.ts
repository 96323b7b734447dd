// npm run replica — starts the streaming read replica of the embedded database of DATA_DIR (made the first time
// from a copy of the running database: db/physical.ts) and keeps it running until Ctrl-C. A OneGrid server of the
// same DATA_DIR finds it and reads its dashboards and rankings there; REPLICA=true npm start does both at once.
import fs from 'node:fs';
import { loadConfig } from '../config.ts';
import { passwordFiles, readSecret, runningCluster } from '../db/embedded.ts';
import { backupPaths } from '../db/physical.jobs.ts';
import { replicaDirOf, startReplica } from '../db/physical.ts';

const config = loadConfig();
if (config.databaseUrl) {
  console.error(
    'DATABASE_URL is set: make the replica of an external PostgreSQL with its own tools (pg_basebackup -R) and ' +
      "give the servers DATABASE_REPLICA_URL (the serving role's connection string on the standby).",
  );
  process.exit(2);
}
const paths = backupPaths(config.dataDir);
const primary = runningCluster(paths.clusterDir);
if (!primary) {
  console.error(
    `The embedded database of ${config.dataDir} is not running: start OneGrid first (npm start).`,
  );
  process.exit(2);
}
const password = readSecret(passwordFiles(paths.clusterDir).superuser) ?? '';
const replicaDir = replicaDirOf(config.dataDir);
const fresh = !fs.existsSync(replicaDir);
const replica = await startReplica({
  ownerUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${primary.port}/onegrid`,
  clusterDir: paths.clusterDir,
  primaryPort: primary.port,
  replicaDir,
  archiveDir: paths.archiveDir,
  log: (l) => process.stdout.write(`  ${l}`),
});
console.log(
  `\nRead replica ${fresh ? 'made and ' : ''}running in ${replicaDir} on port ${replica.port}, streaming from port ` +
    `${primary.port}.\nThe OneGrid server of this DATA_DIR reads dashboards and rankings there now. Ctrl-C stops it.`,
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await replica.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
