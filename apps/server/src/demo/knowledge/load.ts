import { KnowledgeContent, type Material } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { searchColumns, versionValues } from '../../modules/knowledge/knowledge.repository.ts';
import { chinaToday } from '../../modules/knowledge/knowledge.service.ts';
import { DISTRICT_CODE } from '../divisions.ts';
import { randomInt, rngFor } from '../random.ts';
import { DEMO_CATALOG } from './catalog.ts';
import { DEMO_ENTRIES, type DemoEntry } from './entries.ts';
import { DISTRICT_UNIT_NAMES } from './units.ts';

const DEMO_NOTE = '（演示内容，为 OneGrid 演示编写，不代表任何政府部门的现行规定。）';
const EDITOR = '演示数据';

/** 'name*copies@issuer#notes', '?' first for an optional item. */
export function parseMaterial(spec: string): Material {
  const required = !spec.startsWith('?');
  let rest = required ? spec : spec.slice(1);
  let notes: string | undefined;
  let issuer: string | undefined;
  let copies = 1;
  if (rest.includes('#')) [rest, notes] = rest.split('#', 2) as [string, string];
  if (rest.includes('@')) [rest, issuer] = rest.split('@', 2) as [string, string];
  const m = /^(.*)\*(\d+)$/.exec(rest);
  if (m) {
    rest = m[1]!;
    copies = Number(m[2]);
  }
  return { name: rest, required, copies, ...(issuer ? { issuer } : {}), ...(notes ? { notes } : {}) };
}

export function demoContent(e: DemoEntry): KnowledgeContent {
  return KnowledgeContent.parse({
    title: e.title,
    answer: e.answer,
    body: `${e.body ?? ''}${DEMO_NOTE}`,
    materials: (e.materials ?? []).map(parseMaterial),
    categoryCodes: e.categories,
    keywords: e.keywords ?? [],
  });
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The names of the demo's owner units by key (units.ts). */
async function unitIdsByKey(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('unit').select(['id', 'name']).execute();
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  const out = new Map<string, string>();
  for (const [key, name] of Object.entries(DISTRICT_UNIT_NAMES)) {
    const id = byName.get(name);
    if (id) out.set(key, id);
  }
  return out;
}

/**
 * The demo knowledge base: the catalogue, the entries (review dates around today, some overdue), a second version
 * of a few (to show versions), and some weeks of uses and feedback. Once: skipped when a catalogue exists.
 */
export async function loadDemoKnowledgeIfEmpty(db: Db, now = new Date()): Promise<number | null> {
  const any = await db.selectFrom('knowledge_catalog').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const units = await unitIdsByKey(db);
  const today = chinaToday(now);
  const rng = rngFor('knowledge');
  return db.transaction().execute(async (tx) => {
    const catalogIds = new Map<string, { id: string; name: string }>();
    for (const [i, [code, nameZh, nameEn]] of DEMO_CATALOG.entries()) {
      const parent = code.includes('.') ? catalogIds.get(code.split('.')[0]!) : undefined;
      const { id } = await tx
        .insertInto('knowledge_catalog')
        .values({ code, name_zh: nameZh, name_en: nameEn, parent_id: parent?.id ?? null, sort: i })
        .returning('id')
        .executeTakeFirstOrThrow();
      catalogIds.set(code, { id, name: nameZh });
    }
    const by = { id: null, name: EDITOR };
    let n = 0;
    for (const [i, e] of DEMO_ENTRIES.entries()) {
      const catalog = catalogIds.get(e.catalog);
      const owner = units.get(e.owner);
      if (!catalog || !owner) throw new Error(`demo knowledge: ${e.title}: unknown catalogue or unit`);
      const content = demoContent(e);
      // every seventh entry was edited once: version 1 said less
      const edited = i % 7 === 3;
      const v1: KnowledgeContent = edited
        ? {
            ...content,
            answer: content.answer.split('，').slice(0, 2).join('，') + '。',
            materials: content.materials.slice(0, Math.max(1, content.materials.length - 1)),
          }
        : content;
      const version = edited ? 2 : 1;
      const created = new Date(now.getTime() - (120 + randomInt(rng, 0, 200)) * 86_400_000);
      const { id } = await tx
        .insertInto('knowledge_entry')
        .values({
          catalog_id: catalog.id,
          kind: e.kind,
          owner_unit_id: owner,
          version,
          title: content.title,
          category_codes: content.categoryCodes,
          review_due: addDays(today, e.review),
          demo: true,
          created_at: created,
          updated_at: edited ? new Date(created.getTime() + 40 * 86_400_000) : created,
          ...searchColumns(content, catalog.name, e.kind),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('knowledge_version')
        .values({ ...versionValues(id, 1, v1, by, null), edited_at: created })
        .execute();
      if (edited)
        await tx
          .insertInto('knowledge_version')
          .values({
            ...versionValues(id, 2, content, by, '补充办理时限和材料'),
            edited_at: new Date(created.getTime() + 40 * 86_400_000),
          })
          .execute();
      // some weeks of history: prints, SMS and the operators' and residents' feedback
      const uses: { kind: 'answer' | 'print' | 'send'; at: Date }[] = [];
      const weight = randomInt(rng, 0, 12);
      for (let k = 0; k < weight; k++) {
        const kind = (['answer', 'answer', 'print', 'send'] as const)[randomInt(rng, 0, 3)]!;
        uses.push({ kind, at: new Date(now.getTime() - randomInt(rng, 1, 40) * 86_400_000) });
      }
      if (uses.length > 0)
        await tx
          .insertInto('knowledge_use')
          // the demo's operators work at the district's 12345 centre
          .values(
            uses.map((u) => ({
              entry_id: id,
              version,
              kind: u.kind,
              at: u.at,
              district_code: DISTRICT_CODE,
            })),
          )
          .execute();
      const fb = Math.floor(weight / 2);
      if (fb > 0)
        await tx
          .insertInto('knowledge_feedback')
          .values(
            Array.from({ length: fb }, (_, k) => ({
              entry_id: id,
              version,
              source: 'operator' as const,
              helped: rng() < 0.85,
              district_code: DISTRICT_CODE,
              at: new Date(now.getTime() - randomInt(rng, 1, 40) * 86_400_000 - k),
            })),
          )
          .execute();
      n++;
    }
    return n;
  });
}
