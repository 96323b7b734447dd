import { type AreaGeometry, type BoundaryProblem, type CodedArea, boundaryProblems } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { childBoundaries, regionBoundaries } from '../regions/public.ts';
import { gridBoundariesOfCommunity } from './grids.repository.ts';

/**
 * Loads what a boundary write is checked against — the parent area, the siblings and the children, as they stand in
 * the caller's transaction — and asks the domain rule (packages/domain/src/geo/tiling.ts). Callers lock the parent
 * first (lockRegions) so that two writes under one parent are checked one after the other.
 */

const codesOfPath = (path: string) => path.split('/').filter(Boolean);

/** The nearest of the given ancestors (nearest last in the list) that has a boundary. */
async function nearestBoundary(db: DbOrTx, ancestors: string[]): Promise<CodedArea | undefined> {
  const rows = await regionBoundaries(db, ancestors);
  for (const code of [...ancestors].reverse()) {
    const row = rows.find((r) => r.code === code);
    if (row?.boundary) return { code, boundary: row.boundary };
  }
  return undefined;
}

/** A grid's boundary: inside its community, no overlap with the community's other grids. */
export async function gridBoundaryProblems(
  db: DbOrTx,
  grid: { code: string; communityCode: string; communityPath: string },
  boundary: AreaGeometry,
): Promise<BoundaryProblem[]> {
  const parent = await nearestBoundary(db, codesOfPath(grid.communityPath));
  const siblings = (await gridBoundariesOfCommunity(db, grid.communityCode)).filter(
    (g) => g.code !== grid.code,
  );
  return boundaryProblems({ boundary, parent, siblings });
}

/** A street's or community's boundary: inside its parent, no overlap with its siblings, its children still inside. */
export async function regionBoundaryProblems(
  db: DbOrTx,
  region: { code: string; path: string; level: string },
  boundary: AreaGeometry,
): Promise<BoundaryProblem[]> {
  const ancestors = codesOfPath(region.path).filter((c) => c !== region.code);
  const parent = await nearestBoundary(db, ancestors);
  const parentCode = ancestors[ancestors.length - 1];
  const siblings = parentCode
    ? (await childBoundaries(db, parentCode)).flatMap((r) =>
        r.code !== region.code && r.boundary ? [{ code: r.code, boundary: r.boundary }] : [],
      )
    : [];
  const children =
    region.level === 'community'
      ? await gridBoundariesOfCommunity(db, region.code)
      : (await childBoundaries(db, region.code)).flatMap((r) =>
          r.boundary ? [{ code: r.code, boundary: r.boundary }] : [],
        );
  return boundaryProblems({ boundary, parent, siblings, children });
}

/** The error of the first problem, naming the area written and the areas in the way (params of the message). */
export function boundaryError(code: string, problems: BoundaryProblem[]): AppError | undefined {
  const p = problems[0];
  if (!p) return undefined;
  switch (p.kind) {
    case 'invalid':
      return new AppError('BOUNDARY_INVALID', { params: { code, flaw: p.flaw } });
    case 'outside':
      return new AppError('BOUNDARY_OUTSIDE_PARENT', { params: { code, parent: p.parent } });
    case 'overlap':
      return new AppError('BOUNDARY_OVERLAP', { params: { code, codes: p.codes.join(',') } });
    case 'orphans':
      return new AppError('BOUNDARY_ORPHANS', { params: { code, codes: p.codes.join(',') } });
  }
}
