/** Shapes of the HTTP API as documented in docs/api.md. */
import type { DurationUnit, DutyRole, RegionLevel, Role, UnitKind, Urgency } from '@onegrid/domain';

export type { DurationUnit, DutyRole, RegionLevel, Role, UnitKind, Urgency };

export interface CodeName {
  code: string;
  name: string;
}

export interface Me {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  unit: { id: string; name: string; kind: UnitKind };
  scope: { code: string; name: string; level: RegionLevel };
}

/** A sign-in step still owed after the password (the server lets the session reach only that step). */
export type SignInStep = 'totp' | 'change_password' | 'enrol_totp';

export interface Session {
  user: Me;
  csrfToken: string;
  step: SignInStep | null;
}

export interface SessionItem {
  id: string;
  user: { id: string; username: string; name: string };
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  pendingStep: SignInStep | null;
  current: boolean;
}

export interface AccountSecurity {
  totpEnabled: boolean;
  totpRequired: boolean;
  totpEnforced: boolean;
  passwordChangedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionNode[];
}

export interface RegionInfo {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  path: { code: string; name: string; level: RegionLevel }[];
  childCount: number;
  gridCount: number;
  households: number;
}

export interface MapFeatureProps {
  code: string;
  name: string;
  kind: 'region' | 'grid';
  level?: RegionLevel;
  households?: number;
}

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: MapFeatureProps; geometry: unknown }[];
}

export interface GridDetail {
  code: string;
  name: string;
  households: number;
  community: CodeName;
  street: CodeName;
  boundary: unknown;
  workers: { id: string; username: string; name: string; phoneMasked: string | null }[];
}

export interface LocateResult {
  point: { lon: number; lat: number };
  grid: CodeName | null;
  community: CodeName | null;
  street: CodeName | null;
  district: CodeName | null;
}

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  parentName: string | null;
  jurisdiction: { code: string; name: string; level: RegionLevel };
  phone: string | null;
  active: boolean;
  userCount: number;
}

export interface UnitInput {
  name: string;
  kind: UnitKind;
  parentId?: string | null;
  jurisdictionCode: string;
  phone?: string | null;
  active?: boolean;
}

export interface User {
  id: string;
  username: string;
  name: string;
  phoneMasked: string | null;
  unit: { id: string; name: string };
  roles: Role[];
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
}

export interface UserDetail extends User {
  grids: CodeName[];
}

export interface Category {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  isLeaf: boolean;
  defaultUrgency: Urgency;
  serviceCode: string | null;
  gridSolvable: boolean;
  keywords: string[];
  active: boolean;
  /** Published de-identified on the Open311 feed; facility: at the exact place. */
  public: boolean;
  facility: boolean;
}

export interface DutyParty {
  role: DutyRole;
  unit: { id: string; name: string } | null;
  localStreet: boolean;
}

export interface Duty {
  id: string;
  category: { code: string; nameZh: string; nameEn: string };
  region: { code: string; name: string; level: RegionLevel };
  note: string | null;
  /** False for entries of a region enclosing the caller's scope (e.g. the district's, seen from a street). */
  editable: boolean;
  parties: DutyParty[];
}

export interface DutyInput {
  categoryCode: string;
  regionCode: string;
  note?: string;
  parties: { role: DutyRole; unitId?: string; localStreet?: boolean }[];
}

export interface ResolvedUnit {
  unit: { id: string; name: string; kind: UnitKind };
  via: 'fixed' | 'local_street';
}

export interface DutyResolution {
  location: {
    grid: CodeName | null;
    community: CodeName | null;
    street: CodeName | null;
    district: CodeName | null;
  };
  duty: { id: string; region: CodeName } | null;
  source: 'duty' | 'local_fallback' | 'district_fallback';
  lead: ResolvedUnit | null;
  coordinators: ResolvedUnit[];
  assists: ResolvedUnit[];
  explanation: string;
}

export interface Duration {
  value: number;
  unit: DurationUnit;
}

export interface DeadlinePolicy {
  id: string;
  categoryCode: string | null;
  categoryName: string | null;
  urgency: Urgency;
  accept: Duration;
  respond: Duration;
  resolve: Duration;
}

export interface CalendarDay {
  date: string;
  kind: 'workday' | 'holiday';
  source: 'official' | 'override';
  name?: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorUsername: string | null;
  /** the actor's name and unit, and the entity's name (case title, user, unit, grid, category) when known */
  actorName?: string | null;
  actorUnit?: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  entityName?: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface ImportResult {
  imported: number;
  created: number;
  updated: number;
}
