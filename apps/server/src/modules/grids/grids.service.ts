import type { AreaGeometry } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { changedFields, writeAudit } from '../../lib/audit.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { directoryScope } from '../../lib/scope.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import { maskPhone } from '../../lib/pii.ts';
import { findRegion, lockRegions } from '../regions/public.ts';
import * as repo from './grids.repository.ts';
import { boundaryError, gridBoundaryProblems } from './grids.tiling.ts';

export async function listGrids(
  db: DbOrTx,
  actor: Actor,
  f: { regionCode?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  let prefix = actor.scopePath;
  if (f.regionCode) {
    const region = await findRegion(db, f.regionCode);
    if (!region || !inScope(actor, region.path)) throw notFound('region');
    prefix = region.path;
  }
  const { items, total } = await repo.searchGrids(db, {
    pathPrefix: prefix,
    q: f.q,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return {
    total,
    items: items.map((g) => ({
      code: g.code,
      name: g.name,
      communityCode: g.community_code,
      communityName: g.community_name,
      households: g.households,
      workerCount: g.worker_count ?? 0,
    })),
  };
}

async function getGridInScope(db: DbOrTx, actor: Actor, code: string, forUpdate = false) {
  const grid = forUpdate ? await repo.findGridForUpdate(db, code) : await repo.findGrid(db, code);
  if (!grid || !inScope(actor, grid.region_path)) throw notFound('grid');
  return grid;
}

export async function gridDetail(db: DbOrTx, pii: PiiCipher, actor: Actor, code: string) {
  // The grid's workers are staff directory: none for a resident, only a territorial unit's staff list them.
  const directory = directoryScope(actor);
  if (directory.kind === 'none') throw new AppError('FORBIDDEN');
  const grid = await getGridInScope(db, actor, code);
  const community = await findRegion(db, grid.community_code);
  const street = community?.parent_code ? await findRegion(db, community.parent_code) : undefined;
  const workers = directory.kind === 'jurisdiction' ? await repo.gridWorkers(db, code) : [];
  return {
    code: grid.code,
    name: grid.name,
    households: grid.households,
    community: community ? { code: community.code, name: community.name } : null,
    street: street ? { code: street.code, name: street.name } : null,
    boundary: grid.boundary,
    workers: workers.map((w) => ({
      id: w.id,
      username: w.username,
      name: w.name,
      phoneMasked: w.phone_enc ? maskPhone(pii.decrypt(w.phone_enc)) : null,
    })),
  };
}

export async function createGrid(
  db: Db,
  actor: Actor,
  input: { code: string; name: string; communityCode: string; households: number; boundary: AreaGeometry },
) {
  requireRole(actor, 'admin');
  if (!input.code.startsWith(input.communityCode)) {
    throw invalid([{ path: 'code', key: 'grid_code_prefix' }]);
  }
  return db.transaction().execute(async (tx) => {
    const community = await findRegion(tx, input.communityCode);
    if (!community || !inScope(actor, community.path)) throw notFound('region');
    if (community.level !== 'community') throw invalid([{ path: 'communityCode', key: 'not_a_community' }]);
    await lockRegions(tx, [community.code]);
    if (await repo.findGrid(tx, input.code)) throw conflict('grid_code_exists');
    const problem = boundaryError(
      input.code,
      await gridBoundaryProblems(
        tx,
        { code: input.code, communityCode: community.code, communityPath: community.path },
        input.boundary,
      ),
    );
    if (problem) throw problem;
    const row = {
      code: input.code,
      name: input.name,
      community_code: input.communityCode,
      region_path: community.path,
      households: input.households,
      boundary: JSON.stringify(input.boundary),
    };
    await repo.insertGrid(tx, row);
    await repo.bumpGeoVersion(tx);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'grid',
      entityId: input.code,
      after: { ...input },
    });
    return { code: input.code };
  });
}

export async function updateGrid(
  db: Db,
  actor: Actor,
  code: string,
  patch: { name?: string | undefined; households?: number | undefined; boundary?: AreaGeometry | undefined },
) {
  requireRole(actor, 'admin');
  await db.transaction().execute(async (tx) => {
    const found = await getGridInScope(tx, actor, code);
    // The community first, then the grid: the lock order of every boundary writer (see lockRegions).
    if (patch.boundary) await lockRegions(tx, [found.community_code]);
    const grid = await getGridInScope(tx, actor, code, true);
    const diff = changedFields(
      { name: grid.name, households: grid.households, boundary: grid.boundary },
      patch,
    );
    if (!diff) return;
    if (patch.boundary && diff.after.boundary !== undefined) {
      const problem = boundaryError(
        code,
        await gridBoundaryProblems(
          tx,
          { code, communityCode: grid.community_code, communityPath: grid.region_path },
          patch.boundary,
        ),
      );
      if (problem) throw problem;
    }
    await repo.updateGrid(tx, code, patch);
    if (patch.boundary) await repo.bumpGeoVersion(tx);
    await writeAudit(tx, actor, { action: 'update', entity: 'grid', entityId: code, ...diff });
  });
}

export async function setGridWorkers(db: Db, actor: Actor, code: string, userIds: string[]) {
  requireRole(actor, 'admin');
  const unique = [...new Set(userIds)];
  await db.transaction().execute(async (tx) => {
    await getGridInScope(tx, actor, code, true);
    const users = unique.length
      ? await tx
          .selectFrom('app_user as u')
          .innerJoin('unit as n', 'n.id', 'u.unit_id')
          .select(['u.id', 'u.roles', 'n.jurisdiction_path'])
          .where('u.id', 'in', unique)
          .execute()
      : [];
    for (const id of unique) {
      const u = users.find((x) => x.id === id);
      if (!u || !inScope(actor, u.jurisdiction_path)) throw notFound('user');
      if (!u.roles.includes('grid_worker'))
        throw invalid([{ path: 'userIds', key: 'not_a_grid_worker', params: { id } }]);
    }
    const before = (await repo.gridWorkers(tx, code)).map((w) => w.id);
    await repo.replaceGridWorkers(tx, code, unique);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'grid',
      entityId: code,
      before: { workers: before },
      after: { workers: unique },
    });
  });
}
