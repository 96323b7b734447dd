import { hasRole, type Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { caseScope, caseVisible } from '../../lib/scope.ts';
import type { CategorySuggestions, RoutingAnswer } from './attach.routes.ts';
import * as repo from './cases.repository.ts';
import { canSee, relationsOf } from './relations.ts';

/**
 * The dispatch form's suggestion when the dispatcher changes the category: the duty list's lead and co-units for
 * that category at the case's place (the same `route` intake uses, DESIGN.md §4 Routing). Only a dispatcher of the
 * case's jurisdiction asks; a case out of sight answers as not found.
 */
export async function routingFor(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  categoryCode: string,
): Promise<RoutingAnswer> {
  // The desks that dispatch (dispatchers) or arbitrate (supervisors, street leads); nobody else asks.
  if (!hasRole(actor, 'dispatcher', 'supervisor', 'street_lead')) throw new AppError('FORBIDDEN');
  const c = await repo.findCase(ctx.db, caseId);
  if (!c) throw notFound('case');
  const assignments = await repo.assignmentsOf(ctx.db, caseId);
  if (!canSee(actor, c, assignments)) throw notFound('case');
  const as = await relationsOf(ctx.db, actor, c, assignments);
  if (!as.includes('dispatcher') && !as.includes('supervisor')) throw notFound('case');
  const ref = await ctx.reference.current();
  const cat = ref.leafCategory(categoryCode);
  if (!cat) throw invalid([{ path: 'categoryCode', message: 'unknown category' }]);
  const res = ref.route(categoryCode, {
    gridCode: c.grid_code,
    communityCode: c.community_code,
    streetCode: c.street_code,
    districtCode: c.district_code,
  });
  const unit = (id: string) => {
    const u = ref.units.get(id);
    return u ? { id: u.id, name: u.name, kind: u.kind } : null;
  };
  const lead = res.lead ? unit(res.lead.unitId) : null;
  const assists = [...new Set([...res.coordinators, ...res.assists].map((p) => p.unitId))]
    .filter((id) => id !== lead?.id)
    .flatMap((id) => unit(id) ?? []);
  const category = { code: cat.code, nameZh: cat.name_zh, nameEn: cat.name_en };
  return { categoryCode, category, source: res.source, lead, assists };
}

/**
 * The classifier's ranked categories for a page of the dispatcher's queue, each with the words that drove it
 * (issue 12: "below the auto-dispatch threshold, the queue shows ranked suggestions with the words"): one call for
 * up to 50 cases, read on the same text intake classified (title and description). Cases out of sight are left out.
 */
export async function categorySuggestionsFor(
  ctx: AppContext,
  actor: Actor,
  ids: readonly string[],
  limit: number,
): Promise<CategorySuggestions> {
  if (!hasRole(actor, 'dispatcher', 'supervisor', 'street_lead')) throw new AppError('FORBIDDEN');
  const rows = await ctx.db
    .selectFrom('case as c')
    .select(['c.id', 'c.title', 'c.description', 'c.category_code', 'c.category_source'])
    .where('c.id', 'in', [...new Set(ids)])
    .where(caseVisible(caseScope(actor)))
    .execute();
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  let threshold: number | null = null;
  let modelVersion: number | null = null;
  const items: CategorySuggestions['items'] = [];
  for (const id of ids) {
    const c = byId.get(id);
    if (!c || items.some((i) => i.caseId === id)) continue;
    const e = await ctx.classifier.explain(`${c.title ?? ''} ${c.description}`, limit);
    ({ threshold, modelVersion } = e);
    items.push({
      caseId: id,
      categoryCode: c.category_code,
      categorySource: c.category_source,
      // a word and the same characters as an n-gram read alike: each word once, at its strongest
      suggestions: e.suggestions.map((s) => ({
        ...s,
        terms: s.terms.filter((t, i) => s.terms.findIndex((u) => u.term === t.term) === i),
      })),
    });
  }
  if (items.length === 0) ({ threshold, modelVersion } = await ctx.classifier.explain('', 1));
  return { items, threshold, modelVersion };
}
