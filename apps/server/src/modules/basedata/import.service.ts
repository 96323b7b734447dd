import {
  districtOf,
  classView,
  importColumnOf,
  maskName,
  PERSON_IMPORT_COLUMNS,
  validatePersonRows,
  validateTagCells,
  type ImportedTag,
  type ImportProblem,
  type PersonImportColumn,
  type PersonImportRow,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import {
  contentDisposition,
  readTableChunks,
  toCsv,
  toXlsx,
  type ImportRow,
  type Upload,
} from '../transfer/public.ts';
import { baseScopeOf } from './basedata.scope.ts';

/**
 * Import of an authority's population list (e.g. the police 实有人口 list) from xlsx or CSV: every row validated
 * (ID structure, birth date and check digit; codes; required fields; duplicates within the file; the house
 * addresses), all problems answered at once (422 IMPORT_INVALID, details: row, column, message key + params), and
 * nothing written from a file with any problem. Rows arrive as 认领 (claimed); a person already in the base (same ID
 * hash) is updated, not duplicated. Set-based: one INSERT … ON CONFLICT per chunk of rows (importPersonChunks).
 */
export interface ImportOutcome {
  rows: number;
  created: number;
  matched: number;
  /** tags created from the tag columns (a tag the person already carries is not added twice) */
  tags?: number;
}

/** The communities and grids the actor may import into: their jurisdiction's, written in full (P1). */
async function placesFor(db: Db, actor: Actor) {
  const scope = await baseScopeOf(db, actor);
  const full =
    scope.territory === 'jurisdiction' &&
    classView(scope.viewer, 'P1', { inJurisdiction: true, responsibleUnit: false, assignedWorker: false }) ===
      'full';
  if (!full) throw forbidden();
  const communities = await db
    .selectFrom('region')
    .select(['code', 'parent_code'])
    .where('level', '=', 'community')
    .where('path', 'like', `${actor.scopePath}%`)
    .execute();
  const codes = communities.map((c) => c.code);
  const grids = codes.length
    ? await db
        .selectFrom('grid')
        .select(['code', 'community_code'])
        .where('community_code', 'in', codes)
        .execute()
    : [];
  return {
    communities: new Set(codes),
    streetOf: new Map(communities.map((c) => [c.code, c.parent_code ?? ''])),
    grids: new Map(grids.map((g) => [g.code, g.community_code])),
  };
}

/** Rows written per statement: the next chunk is read and encrypted while PostgreSQL writes this one. */
export const IMPORT_CHUNK = 2000;

export async function importPersonsFile(
  db: Db,
  pii: PiiCipher,
  actor: Actor,
  lang: Lang,
  file: Upload,
): Promise<ImportOutcome> {
  const places = await placesFor(db, actor);
  const out = await importPersonChunks(
    db,
    pii,
    actor,
    keyedChunks(readTableChunks(file, lang, IMPORT_CHUNK)),
    places,
  );
  await writeAudit(db, actor, {
    action: 'import',
    entity: 'person',
    after: { file: file.filename, ...out },
  });
  return out;
}

type KeyedRow = { row: number; cells: ReadonlyMap<PersonImportColumn, string> };

/** The table's chunks with their cells keyed by import column (a header naming none is left out). */
async function* keyedChunks(chunks: AsyncIterable<{ headers: string[]; rows: ImportRow[] }>) {
  let columns: Map<string, PersonImportColumn> | undefined;
  for await (const { headers, rows } of chunks) {
    if (!columns) {
      columns = new Map();
      for (const h of headers) {
        const key = importColumnOf(h);
        if (key) columns.set(h, key);
      }
    }
    const keyed: KeyedRow[] = [];
    for (const r of rows) {
      const cells = new Map<PersonImportColumn, string>();
      for (const [h, v] of r.cells) {
        const key = columns.get(h);
        if (key) cells.set(key, v);
      }
      keyed.push({ row: r.row, cells });
    }
    yield keyed;
  }
}

/** Validates and imports rows already keyed by column. */
export async function importPersonRows(
  db: Db,
  pii: PiiCipher,
  actor: Actor,
  rows: KeyedRow[],
  known?: Awaited<ReturnType<typeof placesFor>>,
  chunkSize: number = IMPORT_CHUNK,
): Promise<ImportOutcome> {
  const places = known ?? (await placesFor(db, actor));
  async function* chunks() {
    for (let i = 0; i < rows.length; i += chunkSize) yield rows.slice(i, i + chunkSize);
  }
  return importPersonChunks(db, pii, actor, chunks(), places);
}

/**
 * Every row is validated, and nothing is kept from a file with any problem: the rows are written in one
 * transaction, chunk by chunk as the file is read, and once a problem is found nothing more is written, the rest
 * is only validated (every problem is answered at once) and the transaction rolls back. While PostgreSQL writes a
 * chunk (one INSERT … ON CONFLICT with its change log, then the residences), this process reads, validates,
 * encrypts and hashes the next, so the two cores work at once. A person new to the base has no residence yet:
 * theirs is inserted without looking for one to close. A chunk's addresses are checked once its rows are
 * otherwise valid.
 */
async function importPersonChunks(
  db: Db,
  pii: PiiCipher,
  actor: Actor,
  chunks: AsyncIterable<KeyedRow[]>,
  places: Awaited<ReturnType<typeof placesFor>>,
): Promise<ImportOutcome> {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const today = new Date();
  return db.transaction().execute(async (tx) => {
    let rows = 0;
    let created = 0;
    let tagged = 0;
    const moved: Resident[] = [];
    // the writes of the chunk before, still running while this one is prepared
    let pending: Promise<void> = Promise.resolve();
    try {
      for await (const chunk of chunks) {
        const { rows: valid, problems: found } = validatePersonRows(chunk, places, today, seen);
        const tags = await tagsOfRows(db, chunk, found);
        // on another connection: the transaction's is busy with the chunk before
        const houses = await housesAt(db, valid, found);
        problems.push(...found);
        if (problems.length) continue;
        rows += valid.length;
        const cols = personColumns(pii, valid, houses, places);
        await pending;
        pending = (async () => {
          const persons = await upsertPersons(tx, actor, cols);
          const fresh: Resident[] = [];
          for (const p of persons) {
            const r = valid[p.ord - 1]!;
            if (p.inserted) created++;
            const h = r.addressId ? houses.get(r.addressId) : undefined;
            if (h)
              (p.inserted ? fresh : moved).push({
                personId: p.id,
                house: h,
                populationType: r.populationType,
              });
          }
          await insertResidences(tx, actor, fresh);
          tagged += await recordTags(tx, actor, valid, persons, tags);
        })();
        // a failure is awaited (and thrown) with the next chunk or after the last, not an unhandled rejection
        pending.catch(() => undefined);
      }
    } catch (err) {
      // an unreadable rest of the file: the chunk being written finishes before the transaction rolls back
      await pending.catch(() => undefined);
      throw err;
    }
    await pending;
    if (problems.length) throw importProblems(problems);
    await moveResidences(tx, actor, moved);
    return { rows, created, matched: rows - created, tags: tagged };
  });
}

type HouseAt = { id: string; street_code: string; community_code: string; grid_code: string | null };
type Resident = { personId: string; house: HouseAt; populationType: string };

/** A chunk's person columns as the upsert takes them: personal data encrypted, blind indexes, the house's codes. */
function personColumns(
  pii: PiiCipher,
  chunk: PersonImportRow[],
  houses: Map<string, HouseAt>,
  places: { streetOf: ReadonlyMap<string, string> },
) {
  const cols = {
    name_enc: [] as string[],
    name_hash: [] as string[],
    name_masked: [] as string[],
    id_enc: [] as string[],
    id_hash: [] as string[],
    gender: [] as string[],
    birth_date: [] as string[],
    ethnicity: [] as (string | null)[],
    phone_enc: [] as (string | null)[],
    phone_hash: [] as (string | null)[],
    hukou_address: [] as (string | null)[],
    street_code: [] as string[],
    community_code: [] as string[],
    grid_code: [] as (string | null)[],
    // the district of each change logged (docs/distribution.md)
    district_code: [] as string[],
  };
  for (const r of chunk) {
    cols.name_enc.push(pii.encrypt(r.name));
    cols.name_hash.push(pii.blindIndex(r.name));
    cols.name_masked.push(maskName(r.name) ?? '*');
    cols.id_enc.push(pii.encrypt(r.idNumber));
    cols.id_hash.push(pii.blindIndex(r.idNumber));
    cols.gender.push(r.gender);
    cols.birth_date.push(r.birthDate);
    cols.ethnicity.push(r.ethnicity);
    cols.phone_enc.push(r.phone ? pii.encrypt(r.phone) : null);
    cols.phone_hash.push(r.phone ? pii.blindIndex(r.phone) : null);
    cols.hukou_address.push(r.hukouAddress);
    const house = r.addressId ? houses.get(r.addressId) : undefined;
    cols.street_code.push(house?.street_code ?? places.streetOf.get(r.communityCode) ?? '');
    cols.community_code.push(house?.community_code ?? r.communityCode);
    cols.grid_code.push(house ? house.grid_code : r.gridCode);
    cols.district_code.push(
      districtOf(cols.street_code.at(-1), cols.community_code.at(-1), cols.grid_code.at(-1)),
    );
  }
  return cols;
}

/** Inserts a chunk's persons, or updates those already in the base (same ID hash); each change logged. */
async function upsertPersons(tx: DbOrTx, actor: Actor, cols: ReturnType<typeof personColumns>) {
  const result = await sql<{ id: string; inserted: boolean; version: number; ord: number; district: string }>`
      WITH input AS (
        SELECT * FROM unnest(
          ${cols.name_enc}::text[], ${cols.name_hash}::text[], ${cols.name_masked}::text[], ${cols.id_enc}::text[],
          ${cols.id_hash}::text[], ${cols.gender}::text[], ${cols.birth_date}::date[], ${cols.ethnicity}::text[],
          ${cols.phone_enc}::text[], ${cols.phone_hash}::text[], ${cols.hukou_address}::text[],
          ${cols.street_code}::text[], ${cols.community_code}::text[], ${cols.grid_code}::text[],
          ${cols.district_code}::text[]
        ) WITH ORDINALITY AS t(name_enc, name_hash, name_masked, id_enc, id_hash, gender, birth_date, ethnicity,
          phone_enc, phone_hash, hukou_address, street_code, community_code, grid_code, district_code, ord)
      ), up AS (
        INSERT INTO person (name_enc, name_hash, name_masked, id_type, id_enc, id_hash, gender, birth_date, ethnicity,
          phone_enc, phone_hash, hukou_address, street_code, community_code, grid_code, source_state, state_by)
        SELECT name_enc, name_hash, name_masked, 'resident_id', id_enc, id_hash, gender, birth_date, ethnicity,
          phone_enc, phone_hash, hukou_address, street_code, community_code, grid_code, 'claimed', ${actor.userId}::uuid
        FROM input
        ON CONFLICT (id_type, id_hash) WHERE id_hash IS NOT NULL DO UPDATE SET
          name_enc = EXCLUDED.name_enc, name_hash = EXCLUDED.name_hash, name_masked = EXCLUDED.name_masked,
          ethnicity = COALESCE(EXCLUDED.ethnicity, person.ethnicity),
          phone_enc = COALESCE(EXCLUDED.phone_enc, person.phone_enc),
          phone_hash = COALESCE(EXCLUDED.phone_hash, person.phone_hash),
          hukou_address = COALESCE(EXCLUDED.hukou_address, person.hukou_address),
          street_code = EXCLUDED.street_code, community_code = EXCLUDED.community_code,
          grid_code = EXCLUDED.grid_code,
          source_state = CASE WHEN person.source_state = 'entered' THEN 'claimed' ELSE person.source_state END,
          version = person.version + 1, updated_at = now()
        RETURNING id, (xmax = 0) AS inserted, version, id_hash
      ), logged AS (
        INSERT INTO base_change (entity, entity_id, version, actor_id, reason, after, district_code)
        SELECT 'person', up.id, up.version, ${actor.userId}::uuid, 'import',
          jsonb_build_object('source_state', 'claimed', 'import', true), input.district_code
        FROM up JOIN input ON input.id_hash = up.id_hash RETURNING 1
      )
      SELECT up.id, up.inserted, up.version, input.ord::int AS ord, input.district_code AS district
      FROM up JOIN input ON input.id_hash = up.id_hash
      WHERE (SELECT count(*) FROM logged) >= 0`.execute(tx);
  return result.rows;
}

/** Houses at the rows' address ids; a row naming an address without a house is a problem of that row. */
async function housesAt(db: Db, valid: PersonImportRow[], problems: ImportProblem[]) {
  const ids = [...new Set(valid.map((r) => r.addressId).filter((x): x is string => !!x))];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const found = new Map<string, HouseAt>();
  const good = ids.filter((i) => uuid.test(i));
  if (good.length) {
    const rows = await db
      .selectFrom('house')
      .select(['id', 'address_id', 'street_code', 'community_code', 'grid_code'])
      .where('address_id', 'in', good)
      .execute();
    for (const r of rows) found.set(r.address_id, r);
  }
  for (const r of valid) {
    if (r.addressId && !found.has(r.addressId))
      problems.push({
        row: r.row,
        column: 'addressId',
        key: 'unknown_code',
        params: { values: r.addressId },
      });
    else if (r.addressId && found.get(r.addressId)!.community_code !== r.communityCode)
      problems.push({ row: r.row, column: 'addressId', key: 'grid_not_in_community' });
  }
  problems.sort((a, b) => a.row - b.row);
  return found;
}

/** Residences of persons new to the base (who have none to close): one INSERT, the codes those of the house. */
async function insertResidences(tx: DbOrTx, actor: Actor, residents: Resident[]) {
  if (residents.length === 0) return;
  await sql`
    INSERT INTO residence (person_id, house_id, population_type, moved_in, street_code, community_code, grid_code,
      source_state, state_by)
    SELECT person_id, house_id, ptype, current_date, street_code, community_code, grid_code, 'claimed',
      ${actor.userId}::uuid
    FROM unnest(${residents.map((r) => r.personId)}::uuid[], ${residents.map((r) => r.house.id)}::uuid[],
      ${residents.map((r) => r.populationType)}::text[], ${residents.map((r) => r.house.street_code)}::text[],
      ${residents.map((r) => r.house.community_code)}::text[], ${residents.map((r) => r.house.grid_code)}::text[])
      AS i(person_id, house_id, ptype, street_code, community_code, grid_code)
  `.execute(tx);
}

/** Residences of persons already in the base: one living elsewhere moves there; one without a residence gets it. */
async function moveResidences(tx: DbOrTx, actor: Actor, residents: Resident[]) {
  if (residents.length === 0) return;
  const input = sql`unnest(${residents.map((r) => r.personId)}::uuid[], ${residents.map((r) => r.house.id)}::uuid[],
    ${residents.map((r) => r.populationType)}::text[]) AS i(person_id, house_id, ptype)`;
  await sql`
    UPDATE residence r SET moved_out = current_date, version = r.version + 1, updated_at = now()
    FROM ${input} WHERE r.person_id = i.person_id AND r.moved_out IS NULL AND r.house_id <> i.house_id
  `.execute(tx);
  await sql`
    INSERT INTO residence (person_id, house_id, population_type, moved_in, street_code, community_code, grid_code,
      source_state, state_by)
    SELECT i.person_id, i.house_id, i.ptype, current_date, h.street_code, h.community_code, h.grid_code,
      'claimed', ${actor.userId}::uuid
    FROM ${input} JOIN house h ON h.id = i.house_id
    WHERE NOT EXISTS (SELECT 1 FROM residence c WHERE c.person_id = i.person_id AND c.moved_out IS NULL)
  `.execute(tx);
}

/** The rows' tag cells checked (their problems joined to the file's); the departments named by their unit name. */
async function tagsOfRows(
  db: Db,
  rows: { row: number; cells: ReadonlyMap<PersonImportColumn, string> }[],
  problems: ImportProblem[],
): Promise<ImportedTag[]> {
  const named = rows.some((r) => (r.cells.get('tagDepartment') ?? '').trim() !== '');
  const units = named
    ? await db.selectFrom('unit').select(['id', 'name']).where('active', '=', true).execute()
    : [];
  const checked = validateTagCells(rows, new Map(units.map((u) => [u.name, u.id])));
  problems.push(...checked.problems);
  return checked.tags;
}

/**
 * The imported rows' tags in one statement, placed where their person lives, as 认领 (claimed) like the persons; a
 * tag type the person already carries (not ended) is left as it is. Each new tag's creation is versioned.
 */
async function recordTags(
  tx: DbOrTx,
  actor: Actor,
  valid: PersonImportRow[],
  persons: { id: string; ord: number; district: string }[],
  tags: ImportedTag[],
): Promise<number> {
  if (tags.length === 0) return 0;
  const byOrd = new Map(persons.map((p) => [p.ord, p]));
  const personOfRow = new Map(valid.map((r, i) => [r.row, byOrd.get(i + 1)]));
  const cols = { person: [] as string[], tag: [] as string[], level: [] as (string | null)[] };
  const more = { started: [] as (string | null)[], unit: [] as (string | null)[], district: [] as string[] };
  for (const t of tags) {
    const person = personOfRow.get(t.row);
    if (!person) continue;
    cols.person.push(person.id);
    more.district.push(person.district);
    cols.tag.push(t.tag);
    cols.level.push(t.level);
    more.started.push(t.startedOn);
    more.unit.push(t.responsibleUnitId);
  }
  const r = await sql<{ n: number }>`
    WITH input AS (
      SELECT * FROM unnest(${cols.person}::uuid[], ${cols.tag}::text[], ${cols.level}::text[],
        ${more.started}::date[], ${more.unit}::uuid[], ${more.district}::text[])
        AS i(person_id, tag, level, started_on, unit_id, district_code)
    ), ins AS (
      INSERT INTO person_tag (person_id, tag, level, started_on, responsible_unit_id, street_code, community_code,
        grid_code, source_state, state_by)
      SELECT i.person_id, i.tag, i.level, COALESCE(i.started_on, current_date), i.unit_id, p.street_code,
        p.community_code, p.grid_code, 'claimed', ${actor.userId}::uuid
      FROM input i JOIN person p ON p.id = i.person_id
      WHERE NOT EXISTS (SELECT 1 FROM person_tag x WHERE x.person_id = i.person_id AND x.tag = i.tag
        AND (x.ended_on IS NULL OR x.ended_on > current_date))
      RETURNING id, person_id, version, tag, level, started_on
    ), logged AS (
      -- a tag lies where its person lives: the person's district
      INSERT INTO base_change (entity, entity_id, version, actor_id, reason, after, district_code)
      SELECT 'person_tag', id, version, ${actor.userId}::uuid, 'import',
        jsonb_build_object('tag', tag, 'level', level, 'started_on', started_on, 'source_state', 'claimed'),
        (SELECT i.district_code FROM input i WHERE i.person_id = ins.person_id LIMIT 1)
      FROM ins RETURNING 1
    )
    SELECT count(*)::int AS n FROM ins WHERE (SELECT count(*) FROM logged) >= 0`.execute(tx);
  return r.rows[0]?.n ?? 0;
}

function importProblems(problems: ImportProblem[]): AppError {
  return new AppError('IMPORT_INVALID', {
    details: problems.slice(0, 1000).map((p) => ({
      row: p.row,
      column: p.column,
      key: p.key,
      ...(p.params ? { params: p.params } : {}),
    })),
  });
}

/** The example row's tag cells: a care group with its level and start date (the department left to the list). */
const tagExample = (lang: Lang) =>
  lang === 'en-US'
    ? ['Elderly living alone', 'general', '2026-01-01', '']
    : ['独居老人', '一般', '2026-01-01', ''];

/** The template to fill: the columns' headers in the reader's language (required ones marked *), one example row. */
export async function personImportTemplate(format: 'xlsx' | 'csv', lang: Lang) {
  const columns = PERSON_IMPORT_COLUMNS.map((c) => ({
    header: `${lang === 'en-US' ? c.en : c.zh}${c.required ? '*' : ''}`,
    width: c.key === 'hukouAddress' || c.key === 'addressId' ? 36 : 18,
  }));
  const example = [
    lang === 'en-US' ? 'Zhang San' : '张三',
    '11010519491231002X',
    lang === 'en-US' ? 'female' : '女',
    lang === 'en-US' ? 'Han' : '汉族',
    '13800138000',
    lang === 'en-US' ? 'Beijing, Pinggu' : '北京市平谷区滨河街道',
    lang === 'en-US' ? 'registered' : '户籍',
    '110117001001',
    '',
    '',
    ...tagExample(lang),
  ];
  const name = lang === 'en-US' ? 'population-import-template' : '实有人口导入模板';
  const body =
    format === 'xlsx' ? await toXlsx(name.slice(0, 31), columns, [example]) : toCsv(columns, [example]);
  return {
    body,
    contentType:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    disposition: contentDisposition(`population-import-template.${format}`, `${name}.${format}`),
  };
}
