import { AreaGeometry, type BoundaryProblem } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Geometry } from '../../db/schema.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, type ErrorDetail } from '../../lib/errors.ts';
import { translateError, type Lang } from '../../lib/i18n.ts';
import {
  boundaryError,
  bumpGeoVersion,
  findGridForUpdate,
  gridBoundaryProblems,
  regionBoundaryProblems,
  updateGrid,
} from '../grids/public.ts';
import {
  findRegionsByCodes,
  listGridsWithBoundaryUnder,
  lockRegions,
  updateRegionBoundary,
} from '../regions/public.ts';
import { message } from './transfer.messages.ts';
import { decodeText, importInvalid, isPlainText, type Upload } from './transfer.parse.ts';
import { lockRegion, regionBoundariesUnder } from './transfer.repository.ts';
import { contentDisposition, dateStamp } from './transfer.write.ts';

export type BoundaryLevel = 'street' | 'community' | 'grid';
const LEVEL_NAMES: Record<BoundaryLevel, string> = { street: '街乡镇', community: '社区村', grid: '网格' };
const MAX_FEATURES = 20_000;

interface Feature {
  type: 'Feature';
  properties: { code: string; name: string; level: BoundaryLevel };
  geometry: Geometry;
}

/** Boundaries of one level inside the caller's jurisdiction, as a GeoJSON FeatureCollection. */
export async function exportBoundaries(db: DbOrTx, actor: Actor, level: BoundaryLevel) {
  requireRole(actor, 'admin');
  const features: Feature[] =
    level === 'grid'
      ? (await listGridsWithBoundaryUnder(db, actor.scopePath)).map((g) => ({
          type: 'Feature',
          properties: { code: g.code, name: g.name, level },
          geometry: g.boundary,
        }))
      : (await regionBoundariesUnder(db, actor.scopePath, level)).flatMap((r) =>
          r.boundary
            ? [
                {
                  type: 'Feature' as const,
                  properties: { code: r.code, name: r.name, level },
                  geometry: r.boundary,
                },
              ]
            : [],
        );
  const stamp = dateStamp();
  return {
    contentType: 'application/geo+json; charset=utf-8',
    disposition: contentDisposition(
      `boundaries-${level}-${stamp}.geojson`,
      `边界-${LEVEL_NAMES[level]}-${stamp}.geojson`,
    ),
    body: { type: 'FeatureCollection' as const, features },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseCollection(file: Upload, lang: Lang): unknown[] {
  const ext = /\.([^.]+)$/.exec(file.filename)?.[1]?.toLowerCase();
  if ((ext !== undefined && ext !== 'geojson' && ext !== 'json') || !isPlainText(file.data)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(decodeText(file.data));
  } catch (err) {
    throw importInvalid([
      { column: 'file', message: message(lang, 'json', { detail: (err as Error).message }) },
    ]);
  }
  if (
    !isObject(doc) ||
    doc.type !== 'FeatureCollection' ||
    !Array.isArray(doc.features) ||
    doc.features.length === 0
  ) {
    throw importInvalid([{ column: 'type', message: message(lang, 'featureCollection') }]);
  }
  if (doc.features.length > MAX_FEATURES) {
    throw importInvalid([
      { row: MAX_FEATURES + 1, message: message(lang, 'tooMany', { max: MAX_FEATURES }) },
    ]);
  }
  return doc.features;
}

const sameGeometry = (a: Geometry | null, b: Geometry) =>
  a !== null && a.type === b.type && JSON.stringify(a.coordinates) === JSON.stringify(b.coordinates);

/**
 * Replaces the boundaries of existing regions and grids inside the caller's jurisdiction, all or nothing.
 * Row = feature index + 1. The geo version moves in the same transaction, so every process rebuilds its index.
 */
export async function importBoundaries(
  ctx: AppContext,
  actor: Actor,
  lang: Lang,
  upload: () => Promise<Upload>,
) {
  requireRole(actor, 'admin');
  const file = await upload();
  const features = parseCollection(file, lang);
  const errors: ErrorDetail[] = [];
  const valid: { row: number; code: string; geometry: Geometry }[] = [];
  const seen = new Map<string, number>();
  features.forEach((f, i) => {
    const row = i + 1;
    if (!isObject(f) || f.type !== 'Feature') {
      errors.push({ row, column: 'type', message: message(lang, 'feature') });
      return;
    }
    const raw = isObject(f.properties) ? f.properties.code : undefined;
    const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    let ok = true;
    if (!/^(\d{12}|\d{15})$/.test(code)) {
      errors.push({ row, column: 'properties.code', message: message(lang, 'boundaryCode') });
      ok = false;
    } else if (seen.has(code)) {
      errors.push({
        row,
        column: 'properties.code',
        message: message(lang, 'duplicate', { other: seen.get(code) ?? '' }),
      });
      ok = false;
    } else {
      seen.set(code, row);
    }
    const geometry = AreaGeometry.safeParse(f.geometry);
    if (!geometry.success) {
      const detail = geometry.error.issues
        .slice(0, 3)
        .map((e) => (e.path.length ? `${e.path.join('.')}: ${e.message}` : e.message))
        .join('; ');
      errors.push({ row, column: 'geometry', message: message(lang, 'geometry', { detail }) });
    } else if (ok) {
      valid.push({ row, code, geometry: geometry.data });
    }
  });

  let changed = 0;
  await ctx.db.transaction().execute(async (tx) => {
    // Parents first, in code order (the lock order of every boundary writer), then the rows themselves.
    const regionPaths = await findRegionsByCodes(
      tx,
      valid.filter((f) => f.code.length === 12).map((f) => f.code),
    );
    await lockRegions(tx, [
      ...valid.filter((f) => f.code.length === 15).map((f) => f.code.slice(0, 12)),
      ...regionPaths.flatMap((r) => r.path.split('/').filter(Boolean).slice(-2, -1)),
    ]);
    const written: {
      row: number;
      code: string;
      geometry: Geometry;
      check: () => Promise<BoundaryProblem[]>;
    }[] = [];
    for (const f of valid) {
      const grid = f.code.length === 15 ? await findGridForUpdate(tx, f.code) : undefined;
      const region = grid ? undefined : await lockRegion(tx, f.code);
      const path = grid?.region_path ?? region?.path;
      // A region's own boundary is its parent's ground: the administrator of a street cannot redraw the street.
      const ownScope = region !== undefined && region.path === actor.scopePath;
      if (path === undefined || !inScope(actor, path) || ownScope) {
        errors.push({
          row: f.row,
          column: 'properties.code',
          message: message(lang, ownScope ? 'boundaryOwnScope' : 'boundaryUnknown', { value: f.code }),
        });
        continue;
      }
      const current = (grid ?? region)!;
      if (sameGeometry(current.boundary, f.geometry)) continue;
      if (grid) await updateGrid(tx, f.code, { boundary: f.geometry });
      else await updateRegionBoundary(tx, f.code, f.geometry);
      written.push({
        row: f.row,
        code: f.code,
        geometry: f.geometry,
        check: grid
          ? () =>
              gridBoundaryProblems(
                tx,
                { code: grid.code, communityCode: grid.community_code, communityPath: grid.region_path },
                f.geometry,
              )
          : () => regionBoundaryProblems(tx, region!, f.geometry),
      });
      await writeAudit(tx, actor, {
        action: 'update',
        entity: grid ? 'grid' : 'region',
        entityId: f.code,
        before: { boundary: current.boundary },
        after: { boundary: f.geometry },
      });
      changed++;
    }
    // Every new boundary against the others as they stand after the whole file, so neighbours may move together.
    for (const w of written) {
      const err = boundaryError(w.code, await w.check());
      if (err) {
        errors.push({
          row: w.row,
          column: 'geometry',
          message: translateError(lang, err.code, err.params),
        });
      }
    }
    if (errors.length) {
      errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw importInvalid(errors);
    }
    if (changed) await bumpGeoVersion(tx);
    await writeAudit(tx, actor, {
      action: 'import',
      entity: 'boundary',
      after: { file: file.filename, features: features.length, updated: valid.length, changed },
    });
  });
  if (changed) ctx.geo.invalidate();
  return { updated: valid.length };
}
