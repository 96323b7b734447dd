import { monthOf, monthPeriod, PEER_GROUPS } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { pdfPageTexts } from '../../test/pdf-text.ts';
import { hasCasesInMonth } from './assessment.report.ts';
import { rankingsFor } from './assessment.service.ts';

let env: TestEnv;
let supervisor: Session;
const month = monthOf(new Date()).from.slice(0, 7);

beforeAll(async () => {
  env = await createTestEnv();
  supervisor = await login(env.app, 'supervisor');
});
afterAll(async () => env.close());

async function pdf(lang?: string) {
  const res = await env.app.inject({
    method: 'GET',
    url: `/api/assessment/report.pdf?month=${month}`,
    headers: { cookie: supervisor.cookie, ...(lang ? { 'accept-language': lang } : {}) },
  });
  expect(res.statusCode).toBe(200);
  return pdfPageTexts(res.rawPayload);
}

describe('the monthly PDF (issue 9, defect 10)', () => {
  it('lists only units with cases in the month, says how many were left out, and numbers every page', async () => {
    const rankings = await rankingsFor(env.db, PEER_GROUPS, monthPeriod(month));
    const pages = await pdf();
    const text = pages.join('\n');
    expect(pages.length).toBeGreaterThan(0);
    // every page carries "第 x 页 / 共 y 页" with y the number of pages
    pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    let omittedSomewhere = false;
    for (const r of rankings) {
      const kept = r.rows.filter((row) => hasCasesInMonth(row.counts));
      const omitted = r.rows.length - kept.length;
      for (const row of kept) expect(text).toContain(row.name.slice(0, 8));
      if (omitted > 0) {
        omittedSomewhere = true;
        expect(text).toContain(`另有 ${omitted} 个单位本月无案件，未列出。`);
      }
    }
    // the demo's communities mostly had no case: they are the rows that filled pages with zeros
    expect(omittedSomewhere).toBe(true);
    const empty = rankings
      .find((r) => r.group === 'community')!
      .rows.find((row) => !hasCasesInMonth(row.counts));
    if (
      empty &&
      !rankings.some((r) => r.rows.some((x) => hasCasesInMonth(x.counts) && x.name === empty.name))
    )
      expect(text).not.toContain(empty.name);
  });

  it('numbers the pages in English for an English reader', async () => {
    const pages = await pdf('en-US,en;q=0.9');
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
  });
});
