import { centroidOf } from '@onegrid/domain';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';

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
