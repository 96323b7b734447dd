import type { DurationUnit, DutyRole, RegionLevel, Role, UnitKind, Urgency } from '@onegrid/domain';
import type { Geometry } from '../db/schema.ts';

/** Rows of the demo data set; each maps one-to-one onto a table of the governance schema (camelCase columns). */
export interface DemoRegion {
  code: string;
  parentCode: string | null;
  name: string;
  level: RegionLevel;
  /** Ancestor codes and its own, each followed by '/'. */
  path: string;
  boundary: Geometry | null;
  sort: number;
}

export interface DemoGrid {
  /** 15 digits: the community's 12-digit code + a 3-digit sequence. */
  code: string;
  name: string;
  communityCode: string;
  regionPath: string;
  boundary: Geometry;
  households: number;
}

export interface DemoUnit {
  /** Stable id within the demo data; the database assigns the uuid. */
  key: string;
  name: string;
  kind: UnitKind;
  parentKey: string | null;
  jurisdictionCode: string;
  phone: string;
}

export interface DemoCategory {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  isLeaf: boolean;
  defaultUrgency: Urgency;
  /** Open311 service_code of a leaf; null for an inner node. */
  serviceCode: string | null;
  gridSolvable: boolean;
  keywords: string[];
  sort: number;
  /** Published on the Open311 feed (de-identified); facility: at the exact place. */
  public: boolean;
  facility: boolean;
}

export interface DemoDuration {
  value: number;
  unit: DurationUnit;
}

export interface DemoDeadlinePolicy {
  /** null: the default for this urgency. */
  categoryCode: string | null;
  urgency: Urgency;
  accept: DemoDuration;
  respond: DemoDuration;
  resolve: DemoDuration;
}

export interface DemoDutyParty {
  role: DutyRole;
  /** A fixed unit, or null together with localStreet (属地: the street office of the location). */
  unitKey: string | null;
  localStreet: boolean;
}

export interface DemoDuty {
  categoryCode: string;
  regionCode: string;
  note: string | null;
  parties: DemoDutyParty[];
}

export interface DemoUser {
  username: string;
  name: string;
  phone: string;
  unitKey: string;
  roles: Role[];
  password: string;
  gridCodes?: string[];
}

export interface DemoData {
  regions: DemoRegion[];
  grids: DemoGrid[];
  units: DemoUnit[];
  categories: DemoCategory[];
  deadlinePolicies: DemoDeadlinePolicy[];
  duties: DemoDuty[];
  users: DemoUser[];
}
