import type { Role, RegionLevel, UnitKind } from '@onegrid/domain';
import { AppError } from './errors.ts';

/** The authenticated caller, resolved on every request from the session. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  scopeCode: string;
  scopeName: string;
  scopeLevel: RegionLevel;
  /** Materialised region path of the jurisdiction; anything whose path starts with it is inside. */
  scopePath: string;
  ip: string;
  requestId: string;
  /** The session's public id (what "my sessions" shows), absent for API keys. */
  sessionId?: string;
  /** A sign-in step the session still owes (TOTP, password change, TOTP enrolment); null when fully signed in. */
  step?: 'totp' | 'change_password' | 'enrol_totp' | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) throw new AppError('FORBIDDEN');
}

export function inScope(actor: Actor, path: string): boolean {
  return path.startsWith(actor.scopePath);
}

/** Prefix for LIKE on materialised paths; paths hold only digits and '/', so nothing needs escaping. */
export function scopePrefix(actor: Actor): string {
  return `${actor.scopePath}%`;
}

/** Global settings (categories, deadline policies, calendar) belong to administrators of a district or city. */
export function requireGlobalAdmin(actor: Actor): void {
  requireRole(actor, 'admin');
  if (actor.scopeLevel !== 'city' && actor.scopeLevel !== 'district') throw new AppError('FORBIDDEN');
}
