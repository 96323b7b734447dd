import type { Role } from '@onegrid/domain';
import { hasRole, inScope, type Actor } from '../../lib/actor.ts';

/** Who may blow, rate and close a street's whistles: its leads, and administrators over it. */
export const MANAGE_ROLES: readonly Role[] = ['street_lead', 'admin'];
/**
 * Who reads every whistle inside their jurisdiction (district supervisors and dispatchers). Handlers are not
 * among them: departments' jurisdiction is the whole district, yet they see only the whistles that summon them
 * (and a street office's own staff those of their street).
 */
export const READ_ROLES: readonly Role[] = ['street_lead', 'admin', 'supervisor', 'dispatcher'];

export interface WhistleAccess {
  read: boolean;
  /** record the action, rate, close, void */
  manage: boolean;
  /** the caller's unit is summoned: it reports in */
  summoned: boolean;
}

/** How the caller stands to a whistle; no read means it does not exist for them (404). */
export function accessTo(
  actor: Actor,
  w: { region_path: string; street_unit_id: string },
  summonedUnitIds: readonly string[],
): WhistleAccess {
  const inside = inScope(actor, w.region_path);
  const manage = inside && hasRole(actor, ...MANAGE_ROLES);
  const summoned = summonedUnitIds.includes(actor.unitId);
  const read =
    manage || summoned || actor.unitId === w.street_unit_id || (inside && hasRole(actor, ...READ_ROLES));
  return { read, manage, summoned };
}
