import type { DutyResolution } from '../duty/resolve.ts';
import type { Channel } from '../case/lifecycle.ts';
import type { Urgency } from '../governance.ts';

/**
 * Intake routing (DESIGN.md §4 Routing, steps 2, 5 and 6): which category a case takes, whether it goes to the grid
 * (小事不出格), whether it is dispatched at once, and the ranked suggestions a dispatcher sees otherwise. Pure: the
 * case service loads the reference data, calls these, and persists.
 */

/** Classifier confidence from which a suggested category is trusted without a dispatcher. */
export const AUTO_CATEGORY_CONFIDENCE = 0.6;

/** A category suggested with a confidence in [0, 1]; a category given by the reporter has confidence 1. */
export interface RankedCategory {
  code: string;
  confidence: number;
}

/**
 * The classifier's top suggestion, when it is confident enough and a leaf a case may carry; otherwise none and
 * the case waits for a dispatcher. `threshold` is the active trained model's (chosen on held-back history so that
 * auto-dispatched cases are right ≥ 95 %); null when no confidence reaches that: nothing is trusted.
 */
export function trustedCategory(
  ranked: readonly RankedCategory[],
  isLeaf: (code: string) => boolean,
  threshold: number | null = AUTO_CATEGORY_CONFIDENCE,
): RankedCategory | null {
  const top = ranked[0];
  return top && threshold !== null && top.confidence >= threshold && isLeaf(top.code) ? top : null;
}

/** The urgency asked for, else the category's default, else ordinary. */
export function intakeUrgency(asked: Urgency | undefined, categoryDefault: Urgency | undefined): Urgency {
  return asked ?? categoryDefault ?? 'ordinary';
}

export interface RoutingCategory {
  code: string;
  nameZh: string;
  gridSolvable: boolean;
}

export interface RoutingUnit {
  id: string;
  name: string;
  kind: string;
}

export interface IntakeRoutingInput {
  channel: Channel;
  /** The case's category (given, or trusted from the classifier); null: none decided, nothing is dispatched. */
  categoryCode: string | null;
  /** The decided category first (confidence 1 when given), then the classifier's alternatives. */
  ranked: readonly RankedCategory[];
  /** The community of the location, if any. */
  communityCode: string | null;
  category(code: string): RoutingCategory | undefined;
  /** The community's own unit (居委会/村委会). */
  communityUnit(communityCode: string): string | undefined;
  /** Duty-list routing of a category at the case's location (resolveDuty). */
  route(categoryCode: string): DutyResolution;
  unit(id: string): RoutingUnit | undefined;
}

export type RouteVia = 'grid' | DutyResolution['source'];

export interface DispatchDecision {
  leadUnitId: string;
  assistUnitIds: string[];
  via: RouteVia;
}

export interface RoutingSuggestion {
  unit: RoutingUnit;
  role: 'lead' | 'assist';
  reason: string;
  score: number;
}

export interface IntakeRouting {
  /** Dispatched at once: set when the decided category routes to a lead unit other than the district's fallback. */
  dispatch: DispatchDecision | null;
  /** Every unit any ranked category routes to, best first. */
  suggestions: RoutingSuggestion[];
}

/** 小事不出格: a grid patrol's report of a grid-solvable category, in a community that has its own unit. */
export function gridSolves(
  channel: Channel,
  category: Pick<RoutingCategory, 'gridSolvable'>,
  communityUnitId: string | undefined,
): boolean {
  return channel === 'grid_patrol' && category.gridSolvable && communityUnitId !== undefined;
}

/** A suggestion's score: the category's confidence, halved for an assisting unit, to 0.01. */
export function suggestionScore(confidence: number, role: 'lead' | 'assist'): number {
  return Math.round(confidence * (role === 'lead' ? 1 : 0.5) * 100) / 100;
}

/**
 * Routes every ranked category; the first (the decided category) may dispatch at once when it is confident and
 * unambiguous: it has a lead, and the lead is not the district's last resort (no place to route to), which a
 * dispatcher must look at.
 */
export function routeIntake(input: IntakeRoutingInput): IntakeRouting {
  const suggestions: RoutingSuggestion[] = [];
  let dispatch: DispatchDecision | null = null;
  const seen = new Set<string>();
  for (const [i, r] of input.ranked.entries()) {
    const cat = input.category(r.code);
    if (!cat) continue;
    let lead: string | null;
    let assists: string[] = [];
    let via: RouteVia;
    let reason: string;
    const community = input.communityCode ? input.communityUnit(input.communityCode) : undefined;
    if (community !== undefined && gridSolves(input.channel, cat, community)) {
      lead = community;
      via = 'grid';
      reason = `小事不出格：${cat.nameZh} 可由网格就地解决`;
    } else {
      const res = input.route(cat.code);
      lead = res.lead?.unitId ?? null;
      assists = [...res.coordinators, ...res.assists].map((p) => p.unitId);
      via = res.source;
      reason =
        res.source === 'duty'
          ? `职责清单：${cat.nameZh}`
          : res.source === 'local_fallback'
            ? `属地兜底：${cat.nameZh} 无清单条目，由属地街乡镇负责`
            : `区级兜底：${cat.nameZh} 无法确定属地`;
    }
    if (i === 0 && input.categoryCode && lead && via !== 'district_fallback') {
      dispatch = { leadUnitId: lead, assistUnitIds: assists, via };
    }
    for (const id of [lead, ...assists]) {
      const u = id ? input.unit(id) : undefined;
      if (!u) continue;
      const role = u.id === lead ? 'lead' : 'assist';
      const key = `${u.id}:${role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push({ unit: u, role, reason, score: suggestionScore(r.confidence, role) });
    }
  }
  // Stable: equal scores keep the order of the ranked categories.
  suggestions.sort((a, b) => b.score - a.score);
  return { dispatch, suggestions };
}
