import type { ReportColumn } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { communitiesUnder, runQueries, type QueryResults } from './reports.compile.ts';

export { reportRoutes } from './reports.routes.ts';
export type { QueryResults };

/**
 * A template's queried columns for every community under a region path (the whole deployment by default), on a
 * reference day: one statement per entity the columns name. The benchmark (`npm run bench:basedata`,
 * report_all_communities_ms) times this.
 */
export async function runTemplateForAllCommunities(
  db: DbOrTx,
  columns: readonly ReportColumn[],
  referenceDay: string,
  regionPath = '',
): Promise<{ communities: number; results: QueryResults }> {
  const communities = await communitiesUnder(db, regionPath);
  const results = await runQueries(
    db,
    columns,
    communities.map((c) => c.code),
    referenceDay,
  );
  return { communities: communities.length, results };
}

// For the demo loader: a sending written for all communities, and its due time on the working calendar.
export { dueAtOf, writeSending } from './reports.service.ts';
