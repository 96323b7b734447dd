import type { Role, UnitKind } from '../governance.ts';
import type { CaseAction, CaseStatus } from '../case/lifecycle.ts';

/**
 * Forwarding between dispatch desks (转派) and sending back up (退回上级): the city 12345 centre, a district's
 * centre (区12345分中心/区政府) and a street's office (街乡镇) each keep a desk. A case sits at one desk at a time.
 * A desk forwards a case down to a desk below it whose jurisdiction holds the case's place (city → district,
 * city → street as Beijing's 直派街乡, district → street); never sideways, never up. The desk holding a case
 * may send it back up one level with a reason: to the desk that forwarded it down, else the desk above by
 * jurisdiction. The deadline clock is untouched by both (DESIGN.md §4: only suspension stops it).
 */

export type DeskLevel = 'city' | 'district' | 'street';
export const DESK_LEVELS: readonly DeskLevel[] = ['city', 'district', 'street'];

export interface Desk {
  unitId: string;
  level: DeskLevel;
  /** Materialised region path of the desk unit's jurisdiction, e.g. '110000000000/110117000000/'. */
  jurisdictionPath: string;
}

/** Roles that work a desk: dispatchers and supervisors; at a street the street lead. */
export const DESK_ROLES: readonly Role[] = ['dispatcher', 'supervisor', 'street_lead'];

/** A case waits at a desk (not with a handling unit) in these statuses: only then can it move between desks. */
export const DESK_STATUSES: readonly CaseStatus[] = ['registered', 'returned', 'arbitration'];

export const ForwardRefusal = [
  /** the caller holds no desk role, or their unit is no desk */
  'NOT_A_DESK',
  /** the case sits at another desk */
  'NOT_AT_YOUR_DESK',
  /** the case is with a handling unit or finished */
  'NOT_AT_A_DESK',
  /** the target is not below the caller's desk (sideways or up) */
  'NOT_BELOW',
  /** the target's jurisdiction does not hold the case's place */
  'OUTSIDE_TARGET',
  /** the city centre is the top: nothing above to send back to */
  'TOP_DESK',
  /** no desk above was found to take it */
  'NO_DESK_ABOVE',
  /** a desk-level action (DESK_ACTIONS) on a case another desk holds (forwarded down, or sent back up, to it) */
  'HELD_BY_OTHER_DESK',
] as const;
export type ForwardRefusal = (typeof ForwardRefusal)[number];

export interface DeskRefusal {
  refused: ForwardRefusal;
}
export const isDeskRefusal = (x: unknown): x is DeskRefusal =>
  typeof x === 'object' && x !== null && 'refused' in x;

const RANK: Record<DeskLevel, number> = { city: 0, district: 1, street: 2 };

/** The desk a unit keeps, if any: the government of a city or district, a street's office. */
export function deskOf(unit: {
  id: string;
  kind: UnitKind;
  level: string;
  jurisdictionPath: string;
}): Desk | null {
  if (unit.kind === 'government' && (unit.level === 'city' || unit.level === 'district'))
    return { unitId: unit.id, level: unit.level, jurisdictionPath: unit.jurisdictionPath };
  if (unit.kind === 'street_office' && unit.level === 'street')
    return { unitId: unit.id, level: 'street', jurisdictionPath: unit.jurisdictionPath };
  return null;
}

/**
 * Where a case sits: the desk it was last moved to, or — never moved — the caller's own desk when its
 * jurisdiction holds the place (each level's desk sees and may act on what lies below it).
 */
function holding(holder: Desk | null, actor: Desk, casePath: string): boolean {
  if (holder) return holder.unitId === actor.unitId;
  return casePath.startsWith(actor.jurisdictionPath);
}

export interface ForwardInput {
  /** The caller's roles and desk (null: their unit keeps none). */
  roles: readonly Role[];
  actorDesk: Desk | null;
  /** The desk the case was last moved to; null: never forwarded. */
  holder: Desk | null;
  casePath: string;
  status: CaseStatus;
  target: Desk;
}

export function decideForward(i: ForwardInput): { to: Desk } | DeskRefusal {
  const d = i.actorDesk;
  if (!d || !i.roles.some((r) => DESK_ROLES.includes(r))) return { refused: 'NOT_A_DESK' };
  if (!holding(i.holder, d, i.casePath)) return { refused: 'NOT_AT_YOUR_DESK' };
  if (!DESK_STATUSES.includes(i.status)) return { refused: 'NOT_AT_A_DESK' };
  const below =
    RANK[i.target.level] > RANK[d.level] &&
    i.target.jurisdictionPath.startsWith(d.jurisdictionPath) &&
    i.target.jurisdictionPath !== d.jurisdictionPath;
  if (!below) return { refused: 'NOT_BELOW' };
  if (!i.casePath.startsWith(i.target.jurisdictionPath)) return { refused: 'OUTSIDE_TARGET' };
  return { to: i.target };
}

export interface SendBackInput {
  roles: readonly Role[];
  actorDesk: Desk | null;
  holder: Desk | null;
  /** The desk that forwarded the case to its holder, if it came by forwarding. */
  forwardedFrom: Desk | null;
  /** The desk above the caller's by jurisdiction (the district's for a street, the city's for a district). */
  deskAbove: Desk | null;
  casePath: string;
  status: CaseStatus;
}

/** Up one level: to whoever forwarded it down, else the desk above by jurisdiction. */
export function decideSendBack(i: SendBackInput): { to: Desk } | DeskRefusal {
  const d = i.actorDesk;
  if (!d || !i.roles.some((r) => DESK_ROLES.includes(r))) return { refused: 'NOT_A_DESK' };
  if (!holding(i.holder, d, i.casePath)) return { refused: 'NOT_AT_YOUR_DESK' };
  if (!DESK_STATUSES.includes(i.status)) return { refused: 'NOT_AT_A_DESK' };
  if (d.level === 'city') return { refused: 'TOP_DESK' };
  const from = i.holder?.unitId === d.unitId ? i.forwardedFrom : null;
  const to = from && RANK[from.level] < RANK[d.level] ? from : i.deskAbove;
  if (!to || RANK[to.level] >= RANK[d.level] || !d.jurisdictionPath.startsWith(to.jurisdictionPath))
    return { refused: 'NO_DESK_ABOVE' };
  return { to };
}

/**
 * The actions only the desk holding a case takes (DESIGN.md §4's lifecycle, the desk's side of it): what decides
 * where a waiting case goes or ends it at the desk — dispatch (派单), void (作废), merge (并案), direct closure
 * (直接办结) — and the clock of what that desk dispatched — suspend/resume (挂起) and the answer to an extension
 * request (延期). Left open to every desk whose jurisdiction holds the place: urge (督办: each level supervises
 * what lies below it), callback (回访), reopen, and what a unit or grid worker may equally take (verify, release of
 * a co-unit) — binding those would refuse a handling unit or a grid worker, who keep no desk.
 */
const DESK_LEVEL: Record<CaseAction, boolean> = {
  dispatch: true,
  void: true,
  merge: true,
  close_direct: true,
  suspend: true,
  resume: true,
  approve_extension: true,
  reject_extension: true,
  accept: false,
  return: false,
  progress: false,
  report: false,
  verify_pass: false,
  verify_fail: false,
  request_extension: false,
  callback: false,
  reopen: false,
  urge: false,
  assist_accept: false,
  assist_report: false,
  release_assist: false,
};
/** Every action is classified above (a Record over CaseAction): a new action does not compile until it is. */
export const DESK_ACTIONS: readonly CaseAction[] = Object.entries(DESK_LEVEL)
  .filter(([, desk]) => desk)
  .map(([a]) => a as CaseAction);
export const isDeskAction = (a: CaseAction): boolean => DESK_LEVEL[a];

/**
 * Whether a desk-level action is refused for a desk holding: once a case sits at a desk (forwarded down, or sent
 * back up, to it) only that desk's staff take its desk-level actions. A case forwarded down to a district is the
 * district's to dispatch, void, merge or close; the city centre that forwarded it does not act over its head (it
 * never takes a case back: the district sends it back up when it is not theirs, decideSendBack). A case never
 * forwarded is acted on as before, by any desk whose jurisdiction holds its place (the roles and jurisdiction rules
 * of the case's actions decide), and every other action is not the desk's to bind. Null: allowed.
 * The case action pipeline asks this once for every action (apps/server actions.service.ts), and the case page
 * offers only what it allows.
 */
export function deskRefusal(
  action: CaseAction,
  i: { actorDesk: Desk | null; holder: Desk | null; status: CaseStatus },
): DeskRefusal | null {
  if (!isDeskAction(action) || !i.holder || i.actorDesk?.unitId === i.holder.unitId) return null;
  // 争议件: a case returned twice is the district's to arbitrate (DESIGN.md §4), wherever it was forwarded — the desk
  // above its holder, whose jurisdiction holds the holder's, decides it; the holder keeps its own hand on it too.
  const d = i.actorDesk;
  if (
    i.status === 'arbitration' &&
    d &&
    RANK[d.level] < RANK[i.holder.level] &&
    i.holder.jurisdictionPath.startsWith(d.jurisdictionPath)
  )
    return null;
  return { refused: 'HELD_BY_OTHER_DESK' };
}

/** The level of a desk one up from this one (what `deskAbove` must be looked up at). */
export function levelAbove(level: DeskLevel): DeskLevel | null {
  return level === 'street' ? 'district' : level === 'district' ? 'city' : null;
}

/** The status a case takes at its new desk: forwarded down it awaits dispatch there; sent back up it is returned. */
export const FORWARDED_STATUS: CaseStatus = 'registered';
export const SENT_BACK_STATUS: CaseStatus = 'returned';
