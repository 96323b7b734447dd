/**
 * Option lists for the domain vocabularies. The arrays are typed against the domain's types so that adding a
 * value there fails the typecheck here; the zod schemas themselves stay out of the browser bundle.
 */
import type { DurationUnit, DutyRole, RegionLevel, Role, UnitKind, Urgency } from '@onegrid/domain';
import type { MessageKey, Translate } from '../i18n/index.tsx';

/** Returns the list unchanged; fails to typecheck unless it names every member of T. */
const all =
  <T extends string>() =>
  <const A extends readonly T[]>(a: A & ([T] extends [A[number]] ? unknown : never)): A =>
    a;

export const ROLES = all<Role>()([
  'resident',
  'grid_worker',
  'operator',
  'dispatcher',
  'handler',
  'street_lead',
  'supervisor',
  'admin',
  'security_admin',
  'audit_admin',
]);
export const UNIT_KINDS = all<UnitKind>()([
  'government',
  'department',
  'street_office',
  'community',
  'enterprise',
  'social_org',
]);
export const URGENCIES = all<Urgency>()(['emergency', 'urgent', 'ordinary', 'complex']);
export const DUTY_ROLES = all<DutyRole>()(['lead', 'coordinate', 'assist']);
export const DURATION_UNITS = all<DurationUnit>()(['hours', 'working_hours', 'days', 'working_days']);
export const REGION_LEVELS = all<RegionLevel>()(['city', 'district', 'street', 'community']);

export const roleKey = (r: Role): MessageKey => `role.${r}`;
export const unitKindKey = (k: UnitKind): MessageKey => `unitKind.${k}`;
export const urgencyKey = (u: Urgency): MessageKey => `urgency.${u}`;
export const dutyRoleKey = (r: DutyRole): MessageKey => `dutyRole.${r}`;
export const durationUnitKey = (u: DurationUnit): MessageKey => `durationUnit.${u}`;
export const levelKey = (l: RegionLevel | 'grid'): MessageKey => `level.${l}`;

export function options<T extends string>(values: readonly T[], key: (v: T) => MessageKey, t: Translate) {
  return values.map((value) => ({ value, label: t(key(value)) }));
}

export const URGENCY_COLOR: Record<Urgency, string> = {
  emergency: 'red',
  urgent: 'orange',
  ordinary: 'blue',
  complex: 'purple',
};

export const DUTY_ROLE_COLOR: Record<DutyRole, string> = { lead: 'red', coordinate: 'gold', assist: 'blue' };
