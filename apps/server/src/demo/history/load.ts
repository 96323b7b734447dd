import { sql, type Insertable } from 'kysely';
import type { RequestType } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import type { CaseTable } from '../../db/schema.ts';
import { createClassifier } from '../../modules/classify/classifier.ts';
import { listCategoriesForClassifier } from '../../modules/classify/classify.repository.ts';
import { classMember } from '../../modules/classify/teddy-labels.ts';
import { caseIdOf } from '../../modules/cases/intake.writer.ts';
import { nextCaseSeqs } from '../../modules/cases/cases.repository.ts';
import { rngFor } from '../random.ts';
import { loadWorld, pointIn } from '../cases/world.ts';
import { historyLeaf, loadHistoryMessages, messageText } from './messages.ts';
import { caseSearchWords } from '../../modules/cases/search-words.ts';

export const HISTORY_SOURCE = 'teddy2020';
const DAY = 86_400_000;
/** Median reply time of the replied messages: when an unreplied message is taken as closed. */
const UNREPLIED_CLOSE_DAYS = 11;

/** Request type by the wording of the title. */
export function requestTypeOfTitle(title: string): RequestType {
  if (/咨询|请问|询问|能否|是否|怎么办|如何|什么时候|何时/.test(title)) return 'consult';
  if (/建议|希望|呼吁|盼望|恳请/.test(title)) return 'suggestion';
  if (/举报/.test(title)) return 'report';
  if (/请求|求助|帮忙|帮助/.test(title)) return 'help';
  return 'complaint';
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The real messages (demo/history, MIT) as closed past cases of the demo district, once: channel web, a grid of
 * the district picked from the message number, dates shifted so that the newest lands one day before `now`.
 * Messages whose reply names a department are categorised (README.md here); the others stay uncategorised.
 * Each gets a case_origin row (source teddy2020, its number, likes and dislikes). Bulk inserts.
 */
export async function loadDemoHistoryIfEmpty(
  db: Db,
  opts: { now?: Date; log?: (line: string) => void } = {},
): Promise<{ cases: number; categorised: number } | null> {
  const done = await db
    .selectFrom('case_origin')
    .select('case_id')
    .where('source', '=', HISTORY_SOURCE)
    .limit(1)
    .executeTakeFirst();
  if (done) return null;
  const started = Date.now();
  const now = opts.now ?? new Date();
  const messages = loadHistoryMessages();
  const newest = Math.max(...messages.map((m) => m.at));
  const shift = now.getTime() - DAY - newest;
  const rows = await listCategoriesForClassifier(db);
  const categories = rows.map((r) => ({
    code: r.code,
    parentCode: r.parent_code,
    nameZh: r.name_zh,
    keywords: r.keywords,
    isLeaf: r.is_leaf,
    active: r.active,
  }));
  const prior = createClassifier(categories);
  const inClass = classMember(categories);
  const codeByName = new Map(categories.filter((c) => c.isLeaf).map((c) => [c.nameZh, c.code]));
  const result = await db.transaction().execute(async (tx) => {
    const world = await loadWorld(tx, now);
    if (world.grids.length === 0) throw new Error('demo history: no grids');
    const seqs = await nextCaseSeqs(tx, messages.length);
    let categorised = 0;
    const cases: Insertable<CaseTable>[] = [];
    const origins: {
      case_id: string;
      district_code: string;
      source: string;
      source_ref: string;
      likes: number;
      dislikes: number;
    }[] = [];
    messages.forEach((m, i) => {
      const rng = rngFor(`history:${m.ref}`);
      const grid = world.grids[Math.floor(rng() * world.grids.length)]!;
      const [lon, lat] = pointIn(world, grid, rng);
      const text = messageText(m);
      const category = historyLeaf(text, m.sourceClass, prior, inClass, codeByName);
      if (category) categorised++;
      const createdAt = new Date(m.at + shift);
      const closedAt = new Date(
        Math.min(
          now.getTime() - 60_000,
          m.repliedAt !== null ? m.repliedAt + shift : m.at + shift + UNREPLIED_CLOSE_DAYS * DAY,
        ),
      );
      const id = caseIdOf(createdAt, seqs[i]!);
      cases.push({
        id,
        created_at: createdAt,
        updated_at: closedAt,
        status: 'closed',
        request_type: requestTypeOfTitle(m.title),
        channel: 'web',
        category_code: category,
        category_source: 'given',
        urgency: 'ordinary',
        title: m.title.slice(0, 200),
        description: m.detail || m.title,
        address: `${grid.streetName}${grid.communityName}`,
        lon,
        lat,
        grid_code: grid.code,
        community_code: grid.communityCode,
        street_code: grid.streetCode,
        district_code: world.districtCode,
        region_path: grid.path,
        anonymous: true,
        answer: m.reply,
        closed_at: closedAt,
      });
      origins.push({
        case_id: id,
        district_code: world.districtCode,
        source: HISTORY_SOURCE,
        source_ref: m.ref,
        likes: m.likes,
        dislikes: m.dislikes,
      });
    });
    // 案件查询's words (issue 14), as intake writes them
    for (const part of chunks(cases, 1500))
      await tx
        .insertInto('case')
        .values(part.map((c) => ({ ...c, search_words: caseSearchWords(c) })))
        .execute();
    for (const part of chunks(origins, 4000)) await tx.insertInto('case_origin').values(part).execute();
    return { cases: cases.length, categorised };
  });
  await sql`ANALYZE "case"`.execute(db);
  opts.log?.(
    `Demo history: ${result.cases} real messages as closed cases (${result.categorised} categorised) in ${Date.now() - started} ms`,
  );
  return result;
}
