import { isStaff, type Role } from '@onegrid/domain';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';

/** Who may blow, rate and close a street's whistles: its leads, and administrators over it. */
export const MANAGE_ROLES: readonly Role[] = ['street_lead', 'admin'];
/**
 * Who reads every whistle inside their jurisdiction (district supervisors and dispatchers). Handlers are not
 * among them: departments' jurisdiction is the whole district, yet they see only the whistles that summon them
 * (and a street office's own staff those of their street).
 */
export const READ_ROLES: readonly Role[] = ['street_lead', 'admin', 'supervisor', 'dispatcher'];

/** Who may read the whistle settings (and so see the board): any staff user, not a resident's account. */
export function readsWhistles(actor: Actor): boolean {
  return isStaff(actor);
}

export interface WhistleAccess {
  read: boolean;
  /** record the action, rate, close, void */
  manage: boolean;
  /** the caller's unit is summoned: it reports in */
  summoned: boolean;
}

/**
 * How the caller stands to a whistle; no read means it does not exist for them (404). Whoever blew it manages it
 * too: a community-level lead (when community whistles are enabled) blows for the street above its jurisdiction.
 */
export function accessTo(
  actor: Actor,
  w: { region_path: string; street_unit_id: string; opened_by: string },
  summonedUnitIds: readonly string[],
): WhistleAccess {
  // a jurisdiction of the domain's case scope: a department's district-wide unit path does not count
  const path = jurisdictionPathOf(actor);
  const inside = (path !== null && w.region_path.startsWith(path)) || w.opened_by === actor.userId;
  const manage = inside && hasRole(actor, ...MANAGE_ROLES);
  // A resident's account belongs to its community committee, yet whistles are the staff's business only.
  const staff = readsWhistles(actor);
  const summoned = staff && summonedUnitIds.includes(actor.unitId);
  const read =
    staff &&
    (manage || summoned || actor.unitId === w.street_unit_id || (inside && hasRole(actor, ...READ_ROLES)));
  return { read, manage, summoned };
}
