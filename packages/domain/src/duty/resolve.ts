import { type DutyRole, regionAncestorCodes } from '../governance.ts';

/** One party of a duty-list entry: a fixed unit, or "the street office of the location" (属地). */
export interface DutyParty {
  role: DutyRole;
  unitId: string | null;
  localStreet: boolean;
}

/** 职责清单 entry: for a category within a region, who leads, coordinates and assists. */
export interface DutyEntry {
  id: string;
  categoryCode: string;
  regionCode: string;
  parties: DutyParty[];
}

/** Where a case is, as far as known; any level may be missing (all null: no location). */
export interface Location {
  gridCode: string | null;
  communityCode: string | null;
  streetCode: string | null;
  districtCode: string | null;
}

export interface ResolveDutyInput {
  categoryCode: string;
  /** Codes from the leaf's parent up to the root, nearest first. */
  categoryAncestors: readonly string[];
  location: Location;
  /** Candidate entries of any region; the function picks. */
  entries: readonly DutyEntry[];
  /** Unit id of the street office of a street. */
  streetOfficeOf: (streetCode: string) => string | undefined;
  /** The unit of last resort: the district government (of the location's district, or a default for null). */
  districtGovernmentOf: (districtCode: string | null) => string | undefined;
}

export type DutySource = 'duty' | 'local_fallback' | 'district_fallback';

export interface DutyUnit {
  unitId: string;
  via: 'fixed' | 'local_street';
}

export interface DutyResolution {
  /** Where the lead came from. */
  source: DutySource;
  /** The entry that matched, even when its lead could not be resolved and a fallback leads instead. */
  dutyId: string | null;
  dutyRegionCode: string | null;
  lead: DutyUnit | null;
  coordinators: DutyUnit[];
  assists: DutyUnit[];
  /** Short machine-readable notes, e.g. "matched_region:110105001000", "local_street_unresolved:lead". */
  reasons: string[];
}

/**
 * Who handles (category, point)? DESIGN.md §4 Routing, steps 3–4.
 *
 * The most specific entry wins. Region first: an entry for the community containing the point beats one for its
 * street, then district, city, province. Category second: within the same region, the leaf's own entry beats its
 * parent's, and so on up. Region specificity outranks category specificity because duty lists are written by
 * region: a street's own list for "roads" expresses local knowledge the city's "roads → potholes" cannot. Equal
 * rank (a data error) is broken by the smallest entry id, noted in the reasons.
 *
 * A 属地 party becomes the street office of the location; one that cannot be resolved is dropped with a note, and
 * if it was the lead, the fallback leads. No entry: the street office of the location leads (属地兜底); no street
 * office: the district government.
 */
export function resolveDuty(input: ResolveDutyInput): DutyResolution {
  const reasons: string[] = [];
  const loc = completeLocation(input.location);
  const regionChain = regionChainOf(loc);
  if (regionChain.length === 0) reasons.push('no_location');

  const entry = pickEntry(input, regionChain, reasons);
  if (!entry) {
    reasons.push('no_duty_entry');
    return {
      ...fallback(input, loc, reasons),
      dutyId: null,
      dutyRegionCode: null,
      coordinators: [],
      assists: [],
      reasons,
    };
  }

  let lead: DutyUnit | null = null;
  const coordinators: DutyUnit[] = [];
  const assists: DutyUnit[] = [];
  let leadParties = 0;
  for (const party of entry.parties) {
    if (party.role === 'lead') leadParties += 1;
    const unit = unitOfParty(party, loc, input.streetOfficeOf, reasons);
    if (!unit) continue;
    if (party.role === 'lead' && lead === null) {
      lead = unit;
    } else if (party.role === 'lead') {
      reasons.push(`extra_lead_demoted:${unit.unitId}`);
      coordinators.push(unit);
    } else if (party.role === 'coordinate') {
      coordinators.push(unit);
    } else {
      assists.push(unit);
    }
  }

  let source: DutySource = 'duty';
  if (lead === null) {
    reasons.push(leadParties === 0 ? 'no_lead_in_entry' : 'lead_unresolved');
    const fb = fallback(input, loc, reasons);
    source = fb.source;
    lead = fb.lead;
  }

  const seen = new Set<string>(lead ? [lead.unitId] : []);
  const dedupe = (units: DutyUnit[]): DutyUnit[] =>
    units.filter((u) => {
      if (seen.has(u.unitId)) {
        reasons.push(`duplicate_unit_dropped:${u.unitId}`);
        return false;
      }
      seen.add(u.unitId);
      return true;
    });
  // Coordinators before assists, so a unit named in both keeps the stronger role.
  const coordinatorsOut = dedupe(coordinators);
  const assistsOut = dedupe(assists);

  return {
    source,
    dutyId: entry.id,
    dutyRegionCode: entry.regionCode,
    lead,
    coordinators: coordinatorsOut,
    assists: assistsOut,
    reasons,
  };
}

/** Fills levels the caller left out from a lower level's code (grid → community → street → district). */
function completeLocation(location: Location): Location {
  const community = location.communityCode ?? (location.gridCode ? location.gridCode.slice(0, 12) : null);
  const street = location.streetCode ?? (community ? `${community.slice(0, 9)}000` : null);
  const district = location.districtCode ?? (street ? `${street.slice(0, 6)}000000` : null);
  return {
    gridCode: location.gridCode,
    communityCode: community,
    streetCode: street,
    districtCode: district,
  };
}

/** Region codes containing the location, deepest first. */
function regionChainOf(loc: Location): string[] {
  const deepest = loc.communityCode ?? loc.streetCode ?? loc.districtCode;
  return deepest ? regionAncestorCodes(deepest).reverse() : [];
}

function pickEntry(input: ResolveDutyInput, regionChain: string[], reasons: string[]): DutyEntry | undefined {
  const categoryChain = [input.categoryCode, ...input.categoryAncestors];
  let best: DutyEntry | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  let tied: string[] = [];
  for (const e of input.entries) {
    const r = regionChain.indexOf(e.regionCode);
    const c = categoryChain.indexOf(e.categoryCode);
    if (r < 0 || c < 0) continue;
    const rank = r * categoryChain.length + c;
    if (rank < bestRank) {
      best = e;
      bestRank = rank;
      tied = [e.id];
    } else if (rank === bestRank) {
      tied.push(e.id);
      if (best === undefined || e.id < best.id) best = e;
    }
  }
  if (!best) return undefined;
  reasons.push(`matched_duty:${best.id}`, `matched_region:${best.regionCode}`);
  reasons.push(
    best.categoryCode === input.categoryCode
      ? `matched_category:${best.categoryCode}`
      : `matched_ancestor_category:${best.categoryCode}`,
  );
  if (tied.length > 1) reasons.push(`tie_broken_by_id:${[...tied].sort().join(',')}`);
  return best;
}

function unitOfParty(
  party: DutyParty,
  loc: Location,
  streetOfficeOf: ResolveDutyInput['streetOfficeOf'],
  reasons: string[],
): DutyUnit | undefined {
  if (party.localStreet) {
    const unitId = loc.streetCode ? streetOfficeOf(loc.streetCode) : undefined;
    if (unitId === undefined) {
      reasons.push(`local_street_unresolved:${party.role}`);
      return undefined;
    }
    return { unitId, via: 'local_street' };
  }
  if (party.unitId === null) {
    reasons.push(`party_without_unit:${party.role}`);
    return undefined;
  }
  return { unitId: party.unitId, via: 'fixed' };
}

function fallback(
  input: ResolveDutyInput,
  loc: Location,
  reasons: string[],
): { source: DutySource; lead: DutyUnit | null } {
  if (loc.streetCode) {
    const unitId = input.streetOfficeOf(loc.streetCode);
    if (unitId !== undefined) {
      reasons.push('local_fallback');
      return { source: 'local_fallback', lead: { unitId, via: 'local_street' } };
    }
    reasons.push(`street_office_unresolved:${loc.streetCode}`);
  }
  const unitId = input.districtGovernmentOf(loc.districtCode);
  if (unitId === undefined) {
    reasons.push('district_government_unresolved');
    return { source: 'district_fallback', lead: null };
  }
  reasons.push('district_fallback');
  return { source: 'district_fallback', lead: { unitId, via: 'fixed' } };
}
