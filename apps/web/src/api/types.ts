/**
 * Shapes of the HTTP API. Responses are generated from the server's OpenAPI (see contract.ts); only request
 * bodies the forms build are written here.
 */
import type { DurationUnit, DutyRole, RegionLevel, Role, UnitKind, Urgency } from '@onegrid/domain';
import type { RequestOf, ResponseOf, Schema } from './contract.ts';

export type { DurationUnit, DutyRole, RegionLevel, Role, UnitKind, Urgency };

export type CodeName = Schema<'CodeName'>;

type SessionAnswer = ResponseOf<'/api/auth/me', 'get'>;
export type Me = SessionAnswer['user'];

/** A sign-in step still owed after the password (the server lets the session reach only that step). */
export type SignInStep = NonNullable<SessionAnswer['step']>;

export type Session = ResponseOf<'/api/auth/login', 'post'>;
export type SessionItem = ResponseOf<'/api/auth/sessions', 'get'>['items'][number];
export type AccountSecurity = ResponseOf<'/api/auth/account', 'get'>;

export interface Page<T> {
  items: T[];
  total: number;
}

export type RegionNode = Schema<'RegionNode'>;
export type RegionInfo = Schema<'RegionInfo'>;
export type MapFeatureProps = Schema<'MapFeature'>['properties'];
export type GeoJsonFeatureCollection = Schema<'RegionMap'>;

export type GridDetail = Schema<'GridDetail'>;
export type LocateResult = Schema<'LocateResult'>;
export type Unit = Schema<'Unit'>;

/** A unit as created (POST /api/units); PATCH also takes `active`. */
export type UnitInput = RequestOf<'/api/units', 'post'>;

export type User = Schema<'User'>;
export type UserDetail = Schema<'UserDetail'>;
export type Category = Schema<'Category'>;
export type DutyParty = Schema<'DutyParty'>;
export type Duty = Schema<'Duty'>;

export type DutyInput = RequestOf<'/api/duties', 'post'>;

export type ResolvedUnit = Schema<'ResolvedUnit'>;
export type DutyResolution = Schema<'DutyResolution'>;
export type Duration = Schema<'Duration'>;
export type DeadlinePolicy = Schema<'DeadlinePolicy'>;
export type CalendarDay = Schema<'CalendarDay'>;
export type AuditEntry = Schema<'AuditEntry'>;
export type ImportResult = Schema<'ImportResult'>;

export type TotpEnrolment = ResponseOf<'/api/auth/totp/setup', 'post'>;
export type AuditVerifyResult = ResponseOf<'/api/audit/verify', 'post'>;
/** Whether a case is on the public feed, and whether the caller may hide it. */
export type Publication = ResponseOf<'/api/cases/{id}/publication', 'get'>;
/** What the platform holds about a resident's case (PIPL). */
export type ResidentData = ResponseOf<'/api/public/cases/{id}/data', 'get'>;
export type ApiKeyCreated = Schema<'ApiKeyCreated'>;
