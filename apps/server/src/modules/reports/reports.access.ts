import { isStaff } from '@onegrid/domain';
import { hasRole, type Actor } from '../../lib/actor.ts';

/**
 * Who does what in 一表通.
 * - Approver: an administrator of the district (or city). The catalogue (报表目录清单) is the district's: the rule
 *   that departments must not ask communities for data at will (中办 2024, 不得随意向基层要数据材料) is enforced where
 *   the whole district's requests are seen together, by the same administrators who own the district's other
 *   global settings (categories, deadlines, calendar); a department cannot approve its own request.
 * - Issuer: staff of a department or a street office register templates under their unit and send the approved
 *   ones to the communities of their unit's jurisdiction.
 * - Community: staff of a community committee (not resident accounts) see and fill their community's instances.
 */
export function isApprover(actor: Actor): boolean {
  return hasRole(actor, 'admin') && (actor.scopeLevel === 'district' || actor.scopeLevel === 'city');
}

export function isIssuer(actor: Actor): boolean {
  return isStaff(actor) && (actor.unitKind === 'department' || actor.unitKind === 'street_office');
}

export function isCommunityStaff(actor: Actor): boolean {
  return isStaff(actor) && actor.unitKind === 'community';
}

/** How the caller stands to one instance; nothing means it does not exist for them (404). */
export function instanceAccess(
  actor: Actor,
  i: { community_code: string; issuing_unit_id: string },
): { read: boolean; fill: boolean; review: boolean } {
  const fill = isCommunityStaff(actor) && actor.scopeCode === i.community_code;
  const review = isIssuer(actor) && actor.unitId === i.issuing_unit_id;
  return { read: fill || review || isApprover(actor), fill, review };
}
