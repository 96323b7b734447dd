import { centroidOf } from '@onegrid/domain';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { newCaseCategory } from '../../test/factories.ts';

/** XML answers are checked by an independent parser: well-formed, the spec's prolog, lists always arrays. */
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) =>
    ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format'].includes(name),
});

export function parseXml<T>(body: string): T {
  expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(XMLValidator.validate(body)).toBe(true);
  return parser.parse(body) as T;
}

export async function leafByName(db: Db, nameZh: string) {
  const row = await db
    .selectFrom('category')
    .select(['code', 'service_code', 'name_zh', 'name_en', 'default_urgency'])
    .where('name_zh', '=', nameZh)
    .executeTakeFirstOrThrow();
  if (!row.service_code) throw new Error(`${nameZh} has no service code`);
  return { ...row, service_code: row.service_code };
}

/** A point inside the first grid of a region (WGS-84). */
export async function pointIn(db: Db, regionCode: string): Promise<{ lat: number; long: number }> {
  const region = await db
    .selectFrom('region')
    .select('path')
    .where('code', '=', regionCode)
    .executeTakeFirstOrThrow();
  const grid = await db
    .selectFrom('grid')
    .select('boundary')
    .where('region_path', 'like', `${region.path}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const [long, lat] = centroidOf(grid.boundary);
  return { lat: lat!, long: long! };
}

/**
 * A service of the test's own: a new leaf category with a service code, under an existing top-level group of the
 * national 12345 catalogue (C01 公用设施, C03 市容环境 …) because the Open311 attributes are chosen by that group
 * (open311.attributes.ts). Same shape as leafByName's answer.
 */
export async function newService(
  db: Db,
  over: { group: string; public?: boolean; facility?: boolean },
): Promise<Awaited<ReturnType<typeof leafByName>>> {
  const serviceCode = `T${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const code = await newCaseCategory(db, {
    parentCode: over.group,
    public: over.public ?? true,
    facility: over.facility ?? false,
    serviceCode,
  });
  const row = await db
    .selectFrom('category')
    .select(['code', 'service_code', 'name_zh', 'name_en', 'default_urgency'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return { ...row, service_code: serviceCode };
}
