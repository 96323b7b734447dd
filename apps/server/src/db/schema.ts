import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AdmissionCommunityRole,
  AdmissionItemKind,
  AdmissionItemStatus,
  AdmissionList,
  AdmissionStatus,
  AddressKind,
  Gender,
  HazardLevel,
  HouseUse,
  HukouStatus,
  IdType,
  ManagementClass,
  OrganisationKind,
  PopulationType,
  RentalUse,
  SourceState,
  TagType,
  AssignmentStatus,
  CallbackRating,
  CaseStatus,
  Channel,
  DurationUnit,
  DutyRole,
  RegionLevel,
  RequestType,
  Role,
  SummonStatus,
  UnitKind,
  Urgency,
  WhistleKind,
  WhistleStatus,
} from '@onegrid/domain';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** GeoJSON geometry (Polygon or MultiPolygon), WGS-84 [lon, lat]. */
export type Geometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
type Json<T> = ColumnType<T, T | string, T | string>;
/** GeoJSON LineString, WGS-84 [lon, lat]. */
export interface LineString {
  type: 'LineString';
  coordinates: number[][];
}

export interface RegionTable {
  code: string;
  parent_code: string | null;
  name: string;
  level: RegionLevel;
  path: string;
  boundary: Json<Geometry> | null;
  sort: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface UnitTable {
  id: Generated<string>;
  name: string;
  kind: UnitKind;
  parent_id: string | null;
  jurisdiction_code: string;
  jurisdiction_path: string;
  phone: string | null;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  name: string;
  phone_enc: string | null;
  phone_hash: string | null;
  unit_id: string;
  roles: Role[];
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  must_change_password: Generated<boolean>;
  password_changed_at: GeneratedTimestamp;
  totp_secret_enc: Generated<string | null>;
  totp_pending_enc: Generated<string | null>;
  totp_last_step: Generated<string | null>;
}

export interface GridTable {
  code: string;
  name: string;
  community_code: string;
  region_path: string;
  boundary: Json<Geometry>;
  households: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface GridWorkerTable {
  grid_code: string;
  user_id: string;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface CategoryTable {
  code: string;
  parent_code: string | null;
  name_zh: string;
  name_en: string;
  is_leaf: Generated<boolean>;
  default_urgency: Generated<Urgency>;
  service_code: string | null;
  grid_solvable: Generated<boolean>;
  keywords: Generated<string[]>;
  reopen_on_unsatisfied: Generated<boolean>;
  /** Cases of this category are published (de-identified) on the Open311 feed and the public map. */
  public: Generated<boolean>;
  /** A fixed public facility: published at its exact place. */
  facility: Generated<boolean>;
  sort: Generated<number>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DeadlinePolicyTable {
  id: Generated<string>;
  category_code: string | null;
  urgency: Urgency;
  accept_value: number;
  accept_unit: DurationUnit;
  respond_value: number;
  respond_unit: DurationUnit;
  resolve_value: number;
  resolve_unit: DurationUnit;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DutyTable {
  id: Generated<string>;
  category_code: string;
  region_code: string;
  region_path: string;
  note: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DutyPartyTable {
  duty_id: string;
  ord: number;
  role: DutyRole;
  unit_id: string | null;
  local_street: boolean;
}

export interface CalendarOverrideTable {
  day: ColumnType<string, string, string>;
  kind: 'workday' | 'holiday';
  note: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface SettingTable {
  key: string;
  value: Json<unknown>;
  updated_at: GeneratedTimestamp;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  last_seen_at: GeneratedTimestamp;
  id: Generated<string>;
  ip: string | null;
  user_agent: string | null;
  /** A sign-in step still owed; the session reaches only that step's routes until it is done. */
  step: SessionStep | null;
  step_failures: Generated<number>;
}

export type SessionStep = 'totp' | 'change_password' | 'enrol_totp';

/** One-time codes for a resident who lost their tracking link (hash only; the phone is never stored here). */
export interface TrackingRecoveryTable {
  id: Generated<string>;
  case_id: string;
  code_hash: string;
  created_at: Generated<Date>;
  expires_at: Date;
  attempts: Generated<number>;
  used_at: Date | null;
}

export interface LoginAttemptTable {
  username: string;
  ip: string;
  failures: Generated<number>;
  window_start: GeneratedTimestamp;
  locked_until: Timestamp | null;
}

export interface IdempotencyKeyTable {
  key: string;
  scope: string;
  status: number;
  response: Json<unknown>;
  created_at: GeneratedTimestamp;
  /** sha-256 of the request that claimed the key; a replay with another request is refused */
  request_hash: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: GeneratedTimestamp;
  actor_id: string | null;
  actor_username: string | null;
  actor_scope: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
  request_id: string | null;
  /** The hash chain (set by the database's insert trigger; see packages/domain/src/audit/chain.ts). */
  seq: Generated<string>;
  prev_hash: Generated<Buffer>;
  hash: Generated<Buffer>;
}

export interface AuditChainHeadTable {
  only_row: Generated<boolean>;
  seq: string;
  hash: Buffer;
}

export interface AuditArchiveTable {
  id: Generated<number>;
  first_seq: string;
  last_seq: string;
  first_prev_hash: Buffer;
  last_hash: Buffer;
  row_count: number;
  first_at: Date;
  last_at: Date;
  file: string;
  file_sha256: string;
  created_at: GeneratedTimestamp;
}

export type { AssignmentStatus, CallbackRating };

/** The dispatch desk a forwarded or sent-back case sits at (lane city, issue 14). */
export interface CaseDeskTable {
  district_code: string;
  case_id: ColumnType<string, string, never>;
  desk_unit_id: string;
  forwarded_from_unit_id: string | null;
  moved_at: ColumnType<Date, Date | undefined, Date>;
}

export interface CaseTable {
  /** The case number: yyyymmdd * 10^8 + sequence; pg returns int8 as a string. */
  id: ColumnType<string, string | number, never>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  status: CaseStatus;
  previous_status: CaseStatus | null;
  request_type: RequestType;
  channel: Channel;
  category_code: string | null;
  category_source: Generated<'given' | 'classifier' | 'dispatcher'>;
  category_confidence: number | null;
  urgency: Urgency;
  title: string;
  description: string;
  address: string | null;
  lon: number | null;
  lat: number | null;
  grid_code: string | null;
  community_code: string | null;
  street_code: string | null;
  /** the district it is stored under: its place's, a city-level case's the city's (domain caseDistrict; 20261214_0100); text since 20261214_0101 */
  district_code: string;
  region_path: string;
  reporter_name_enc: string | null;
  reporter_phone_enc: string | null;
  reporter_phone_hash: string | null;
  anonymous: Generated<boolean>;
  created_by: string | null;
  tracking_hash: string | null;
  parent_id: string | null;
  lead_unit_id: string | null;
  route_source: string | null;
  suggestions: Json<unknown> | null;
  return_count: Generated<number>;
  reopen_count: Generated<number>;
  answer: string | null;
  resolve_due_at: Timestamp | null;
  closed_at: Timestamp | null;
  callback_at: Timestamp | null;
  callback_resolved: boolean | null;
  callback_rating: CallbackRating | null;
  callback_comment: string | null;
  /** Random, unguessable id under which the case is published (never the sequential number). */
  public_id: Generated<string>;
  /** The reporter asked for the case not to be published. */
  keep_private: Generated<boolean>;
  hidden_at: Timestamp | null;
  hidden_by: string | null;
  /** Reporter name and phone erased (on the resident's request or at the end of retention). */
  contact_erased_at: Timestamp | null;
  /** jieba's words of title + description, address words weighted B (migration 20261211_0300; search-words.ts) */
  search_words: string | null;
}

/** Where an imported case came from, with the source's likes and dislikes (migration 20261208_0050). */
export interface CaseOriginTable {
  case_id: ColumnType<string, string | number, never>;
  source: string;
  source_ref: string;
  likes: Generated<number>;
  dislikes: Generated<number>;
  imported_at: GeneratedTimestamp;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

/** A version of the trained classifier (issue 12); one is active. */
export interface ClassifyModelTable {
  version: number;
  trained_at: GeneratedTimestamp;
  training_size: number;
  held_back: Generated<number>;
  metrics: Json<unknown>;
  threshold: number | null;
  weights: Json<unknown>;
  active: Generated<boolean>;
  trigger: 'nightly' | 'corrections' | 'manual' | 'start';
  trained_by: string | null;
}

/** A dispatcher's change of a case's category: training data for the next model. */
export interface ClassifyCorrectionTable {
  id: Generated<string>;
  case_id: ColumnType<string, string | number, never>;
  from_code: string | null;
  to_code: string;
  by_user: string | null;
  created_at: GeneratedTimestamp;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

/** A resident's "me too" on a published case, once per voter (blind index of phone or account). */
export interface CaseMetooTable {
  case_id: ColumnType<string, string | number, never>;
  voter_hash: string;
  created_at: GeneratedTimestamp;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

/** A lead unit's result report, scored before the resident sees it (migration 20261208_0500). */
export interface ReplyScoreTable {
  id: Generated<string>;
  case_id: ColumnType<string, string | number, never>;
  assignment_id: string;
  reply_hash: string;
  unit_id: string;
  region_path: string;
  total: number;
  parts: Json<unknown>;
  flags: Json<unknown>;
  min_score: number;
  status: 'passed' | 'held' | 'approved' | 'returned' | 'superseded';
  scored_at: GeneratedTimestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

/** A public post (舆情), once per (source, source_ref). */
export interface OpinionItemTable {
  id: Generated<string>;
  source: string;
  source_ref: string;
  url: string | null;
  title: string;
  body: string;
  published_at: Timestamp;
  sentiment: 'negative' | 'neutral' | 'positive';
  reposts: number;
  comments: number;
  likes: number;
  heat: number;
  region_path: string | null;
  case_id: ColumnType<string | null, string | number | null, string | number | null>;
  /** a case of the hot issue the item joined (migration 20261209_0200) */
  cluster_case_id: ColumnType<string | null, string | number | null, string | number | null>;
  cluster_by: 'auto' | 'operator' | null;
  cluster_at: Timestamp | null;
  api_key_id: string | null;
  imported_by: string | null;
  imported_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** where it is located, or — not located — its importer's unit's district or the city's (domain writerDistrict) */
  district_code: string;
}

/** The alert a negative, hot item about the district raises, with its 24 h / 48 h response clock. */
export interface OpinionAlertTable {
  id: Generated<string>;
  item_id: string;
  level: 'major' | 'general';
  heat: number;
  region_path: string;
  raised_at: GeneratedTimestamp;
  due_at: Timestamp;
  responded_at: Timestamp | null;
  responded_by: string | null;
  response: string | null;
  /** set once when the clock ran out unanswered and the district was told (migration 20261209_0200) */
  overdue_notified_at: Timestamp | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

/** The hotspots job's latest run (migration 20261208_0300): one row per cluster, replaced each run. */
export interface HotClusterTable {
  id: Generated<string>;
  computed_at: GeneratedTimestamp;
  category_group: string;
  place_kind: string | null;
  place_key: string | null;
  place_label: string | null;
  description: string;
  central_case_id: string | null;
  reporters: number;
  cases: number;
  likes: number;
  dislikes: number;
  heat: number;
  hot: boolean;
  first_at: Timestamp;
  last_at: Timestamp;
  per_day: Json<{ day: string; count: number }[]>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface HotClusterCaseTable {
  cluster_id: string;
  case_id: ColumnType<string, string | number, never>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

/** 主动治理 / 未诉先办: a topic the district turned into a task (migration 20261208_0300). */
export interface ProactiveTaskTable {
  id: Generated<string>;
  title: string;
  category_group: string;
  place_kind: string;
  place_key: string;
  place_label: string;
  month: string | null;
  cluster_description: string | null;
  owner_unit_id: string;
  co_unit_ids: ColumnType<string[], string[] | undefined, string[]>;
  deadline: ColumnType<string, string, string>;
  plan: string;
  status: Generated<'open' | 'closed'>;
  region_path: string;
  created_by: string;
  created_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
  closed_by: string | null;
  close_note: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface ProactiveTaskNoteTable {
  id: Generated<string>;
  task_id: string;
  author_id: string;
  body: string;
  created_at: GeneratedTimestamp;
}

/** A candidate duplicate shown at intake, and the operator's decision on it (migration 20261208_0200). */
export interface DuplicateDecisionTable {
  id: Generated<string>;
  session_key: string;
  candidate_id: ColumnType<string, string | number, never>;
  new_case_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  call_text: string;
  signals: Json<unknown>;
  decision: 'confirmed' | 'rejected' | null;
  shown_by: string | null;
  shown_at: GeneratedTimestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface AssignmentTable {
  id: Generated<string>;
  case_id: ColumnType<string, string | number, never>;
  unit_id: string;
  role: 'lead' | 'assist';
  status: AssignmentStatus;
  created_at: GeneratedTimestamp;
  accepted_at: Timestamp | null;
  responded_at: Timestamp | null;
  reported_at: Timestamp | null;
  accept_due_at: Timestamp | null;
  respond_due_at: Timestamp | null;
  resolve_due_at: Timestamp | null;
  warned_at: Timestamp | null;
  overdue_at: Timestamp | null;
  timer_version: Generated<number>;
  extension_until: Timestamp | null;
  extension_reason: string | null;
  return_reason: string | null;
  result: string | null;
  /** why a co-unit was released from its part (status 'released') */
  release_reason: string | null;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface CaseEventTable {
  id: Generated<string>;
  case_id: ColumnType<string, string | number, never>;
  at: GeneratedTimestamp;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  actor_name: string | null;
  unit_id: string | null;
  note: string | null;
  data: Json<unknown> | null;
  public: Generated<boolean>;
  /** 'public': the note was written for the resident; 'internal' (default): staff only. */
  note_visibility: Generated<'public' | 'internal'>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

/** A further call attached to an open case at intake (并入此件); contact encrypted like the reporter's. */
export interface CaseCallerTable {
  id: Generated<string>;
  case_id: ColumnType<string, string | number, never>;
  created_at: GeneratedTimestamp;
  channel: string;
  name_enc: string | null;
  phone_enc: string | null;
  phone_hash: string | null;
  description: string | null;
  created_by: string | null;
  informed_at: Date | null;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

/**
 * Every phone that called about a case (the first reporter's and attached callers'), by blind index: the
 * repeat-caller look-up. Kept by triggers on "case" and case_caller (migration 20261213_0100); never written here.
 */
export interface CasePhoneTable {
  phone_hash: string;
  case_id: string;
  district_code: string;
}

export interface UploadTable {
  id: Generated<string>;
  case_id: string | null;
  event_id: string | null;
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';
  size: number;
  sha256: string;
  data: Buffer;
  created_at: GeneratedTimestamp;
  created_by: string | null;
  /** who uploaded, for the daily quota: 'user:<id>' or 'ip:<hash>' */
  client: string | null;
  /** a field record that keeps the photo from the purge (migration 20261207_0200_field_photos) */
  kept_for: Generated<'visit' | 'quick_fix' | 'field_task' | 'mediation' | 'disclosure' | null>;
  kept_id: Generated<string | null>;
  /** its case's district; before it is attached, its uploader's unit's or the city's (domain writerDistrict) */
  district_code: string;
}

export interface RateLimitCounterTable {
  key: string;
  window_start: Date;
  hits: number;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string | null;
  unit_id: string | null;
  case_id: string | null;
  whistle_id: Generated<string | null>;
  kind: string;
  /** Stored text of rows from before notifications were keyed (null on new rows: kind + params). */
  title: string | null;
  params: ColumnType<Record<string, string | number>, string | undefined, string>;
  body: Generated<string>;
  created_at: GeneratedTimestamp;
  read_at: Timestamp | null;
}

export interface ApiKeyTable {
  id: Generated<string>;
  name: string;
  key_hash: string;
  prefix: string;
  unit_id: string | null;
  created_at: GeneratedTimestamp;
  created_by: string | null;
  revoked_at: Timestamp | null;
}

/** One row: moved by triggers on every change of the reference tables (migration 0004). */
export interface ReferenceVersionTable {
  id: Generated<boolean>;
  version: ColumnType<string, never, never>;
}

/** One row: moved by a trigger on every change of address_node (migration 20261206_2300). */
export interface AddressVersionTable {
  id: Generated<boolean>;
  version: ColumnType<string, never, never>;
}

export interface WhistleTable {
  id: Generated<string>;
  street_unit_id: string;
  street_code: string;
  region_path: string;
  case_id: ColumnType<string | null, string | number | null, string | null>;
  kind: WhistleKind;
  title: string;
  description: Generated<string>;
  address: string | null;
  lon: number | null;
  lat: number | null;
  grid_code: string | null;
  report_in_minutes: number;
  report_due_at: Timestamp;
  status: Generated<WhistleStatus>;
  action_record: string | null;
  outcome: string | null;
  opened_by: string;
  opened_at: GeneratedTimestamp;
  deadline_checked_at: Timestamp | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  void_reason: string | null;
  updated_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface WhistleSummonTable {
  whistle_id: string;
  unit_id: string;
  status: Generated<SummonStatus>;
  summoned_at: Timestamp;
  due_at: Timestamp;
  reported_at: Timestamp | null;
  reported_by: string | null;
  report_lon: number | null;
  report_lat: number | null;
  report_accuracy: number | null;
  report_note: string | null;
  late: Generated<boolean>;
  missed_at: Timestamp | null;
  counted: Generated<boolean>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface WhistleRatingTable {
  whistle_id: string;
  unit_id: string;
  punctuality: number;
  cooperation: number;
  effect: number;
  comment: string | null;
  rated_by: string;
  rated_at: GeneratedTimestamp;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface WhistleEventTable {
  id: Generated<string>;
  whistle_id: string;
  at: GeneratedTimestamp;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  unit_id: string | null;
  note: string | null;
  data: Json<unknown> | null;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface AssessmentWatermarkTable {
  name: string;
  last_event_id: ColumnType<string, string | number | undefined, string | number>;
  folded_at: Timestamp | null;
}

export interface AssessmentResponseTable {
  assignment_id: string;
  case_id: ColumnType<string, string | number, never>;
  unit_id: string;
  day: ColumnType<string, string, string>;
  due_at: Timestamp | null;
  outcome: 'open' | 'hit' | 'miss' | 'excluded';
  final: Generated<boolean>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface AssessmentCallbackTable {
  event_id: ColumnType<string, string | number, never>;
  case_id: ColumnType<string, string | number, never>;
  unit_id: string;
  day: ColumnType<string, string, string>;
  resolved: boolean;
  rating: CallbackRating;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface AssessmentUnitDayTable {
  day: ColumnType<string, string, string>;
  unit_id: string;
  response_hit: Generated<number>;
  response_miss: Generated<number>;
  callbacks: Generated<number>;
  resolved: Generated<number>;
  satisfied: Generated<number>;
  basically_satisfied: Generated<number>;
  unsatisfied: Generated<number>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

export interface CaseIntakeDayCategoryTable {
  day: ColumnType<string, string, string>;
  category_code: string;
  cases: Generated<number>;
}

export interface CaseIntakeDayStreetTable {
  day: ColumnType<string, string, string>;
  street_code: string;
  cases: Generated<number>;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface CaseStatusCountTable {
  street_code: string;
  status: CaseStatus;
  cases: Generated<number>;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface CaseIntakeDayTable {
  day: ColumnType<string, string, string>;
  street_code: string;
  category_code: string;
  channel: string;
  cases: Generated<number>;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

/** 督办 notice to a unit about one of its assignments; answered in writing (migration 20261123_0030). */
export interface SupervisionNoticeTable {
  id: Generated<string>;
  case_id: ColumnType<string, string | number, never>;
  assignment_id: string;
  unit_id: string;
  level: 'yellow' | 'red';
  reason: string;
  region_path: string;
  issued_by: string;
  issued_by_unit: string;
  issued_at: GeneratedTimestamp;
  answer_due_at: Timestamp;
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

/** 一标三实 (issue 10): see migration 20261206_2000_basedata. */
interface SourceColumns {
  source_state: Generated<SourceState>;
  state_by: string | null;
  state_at: GeneratedTimestamp;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** A node of the standard-address tree (标准地址) below the community; roads hang under the street. */
export interface AddressNodeTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: AddressKind;
  name: string;
  full_name: string;
  street_code: string;
  community_code: string | null;
  grid_code: string | null;
  lon: number | null;
  lat: number | null;
  footprint: Json<Geometry> | null;
  /** A road's centre line (GeoJSON LineString). */
  line: Json<LineString> | null;
  /** A building's storeys. */
  floors: number | null;
  valid_from: ColumnType<string, string | undefined, string>;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  in_use: Generated<boolean>;
  sort: Generated<number>;
  source: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface PersonTable extends SourceColumns {
  id: Generated<string>;
  name_enc: string;
  name_hash: string;
  name_masked: string;
  id_type: Generated<IdType>;
  id_enc: string | null;
  id_hash: string | null;
  gender: Gender | null;
  birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  ethnicity: string | null;
  phone_enc: string | null;
  phone_hash: string | null;
  hukou_region: string | null;
  hukou_address: string | null;
  deceased: Generated<boolean>;
  street_code: string | null;
  community_code: string | null;
  grid_code: string | null;
  /** the district, generated from the place (20261213_0200); every writer gives a place (20261214_0100) */
  district_code: ColumnType<string, never, never>;
}

export interface HouseTable extends SourceColumns {
  id: Generated<string>;
  address_id: string;
  use: Generated<HouseUse>;
  area: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  built_year: number | null;
  dangerous: Generated<boolean>;
  street_code: string;
  community_code: string;
  grid_code: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface ResidenceTable extends SourceColumns {
  id: Generated<string>;
  person_id: string;
  house_id: string;
  population_type: PopulationType;
  hukou_status: Generated<HukouStatus>;
  household_no: string | null;
  relation_to_head: string | null;
  moved_in: ColumnType<string | null, string | null | undefined, string | null>;
  moved_out: ColumnType<string | null, string | null | undefined, string | null>;
  permit_no_enc: string | null;
  permit_expiry: ColumnType<string | null, string | null | undefined, string | null>;
  street_code: string;
  community_code: string;
  grid_code: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface OrganisationTable extends SourceColumns {
  id: Generated<string>;
  kind: OrganisationKind;
  type_code: string;
  name: string;
  credit_code: string | null;
  legal_rep_id: string | null;
  contact_phone_enc: string | null;
  address_id: string | null;
  address_text: string | null;
  lon: number | null;
  lat: number | null;
  street_code: string;
  community_code: string | null;
  grid_code: string | null;
  key_fire: Generated<boolean>;
  key_public_order: Generated<boolean>;
  key_work_safety: Generated<boolean>;
  employee_count: number | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface EmploymentTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  position: string | null;
  since: ColumnType<string | null, string | null | undefined, string | null>;
  until: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: GeneratedTimestamp;
}

export interface OrgHazardTable {
  id: Generated<string>;
  organisation_id: string;
  found_on: ColumnType<string, string, string>;
  description: string;
  level: 'serious' | 'general';
  rectify_by: ColumnType<string | null, string | null | undefined, string | null>;
  rectified_on: ColumnType<string | null, string | null | undefined, string | null>;
  rectification: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface RentalTable extends SourceColumns {
  id: Generated<string>;
  house_id: string;
  lessor_person_id: string | null;
  lessor_org_id: string | null;
  filing_no: string | null;
  use: RentalUse;
  rooms: number | null;
  occupant_limit: number | null;
  occupant_actual: number | null;
  hazard: Generated<HazardLevel>;
  management_class: Generated<ManagementClass>;
  street_code: string;
  community_code: string;
  grid_code: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface PersonTagTable extends SourceColumns {
  id: Generated<string>;
  person_id: string;
  tag: TagType;
  level: string | null;
  started_on: ColumnType<string | null, string | null | undefined, string | null>;
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  responsible_unit_id: string | null;
  assigned_user_id: string | null;
  details: Json<Record<string, unknown>>;
  street_code: string | null;
  community_code: string | null;
  grid_code: string | null;
  last_visit_at: Timestamp | null;
  major_change_at: Timestamp | null;
  /** the district, generated from the place (20261213_0200); every writer gives a place (20261214_0100) */
  district_code: ColumnType<string, never, never>;
}

export interface BaseChangeTable {
  id: Generated<string>;
  entity: string;
  entity_id: string;
  version: number;
  at: GeneratedTimestamp;
  actor_id: string | null;
  reason: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

/** 一表通 (issue 10): see migration 20261206_2500_reports. */
export interface ReportTemplateTable {
  id: Generated<string>;
  name: string;
  issuing_unit_id: string;
  legal_basis: string;
  frequency: 'once' | 'monthly' | 'quarterly' | 'yearly';
  deadline_working_days: number;
  columns: Json<unknown[]>;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ReportSendingTable {
  id: Generated<string>;
  template_id: string;
  period: string;
  reference_day: ColumnType<string, string, string>;
  as_of: Timestamp;
  due_at: Timestamp;
  scope_path: string;
  sent_by: string;
  created_at: GeneratedTimestamp;
  /** the admitted item it went to the communities on (migration 20261209_0500) */
  admission_item_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface ReportInstanceTable {
  id: Generated<string>;
  sending_id: string;
  community_code: string;
  status: Generated<'draft' | 'submitted' | 'returned' | 'accepted'>;
  return_reason: string | null;
  submitted_at: Timestamp | null;
  accepted_at: Timestamp | null;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface ReportCellTable {
  instance_id: string;
  column_key: string;
  source: 'query' | 'manual';
  value: Json<unknown> | null;
  original: Json<unknown> | null;
  corrected: Generated<boolean>;
  reason: string | null;
  provenance: Json<unknown> | null;
  filled_by: string | null;
  filled_at: Timestamp | null;
}

// --- The grid worker's day (issue 11, migration 20261207_0100_fieldwork) ---

type Uuids = ColumnType<string[], string[] | undefined, string[]>;

export interface FieldSubmissionTable {
  instance_id: string;
  kind: 'patrol' | 'track' | 'checkin' | 'finding' | 'quick_fix' | 'visit' | 'task' | 'collect';
  record_id: string;
  version: Generated<number>;
  content_hash: string;
  replaces: string | null;
  reason: string | null;
  current: Generated<boolean>;
  user_id: string;
  device_at: Timestamp | null;
  received_at: GeneratedTimestamp;
}

export interface PatrolTable {
  id: Generated<string>;
  worker_id: string;
  grid_code: string;
  community_code: string;
  street_code: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  tracking: Generated<boolean>;
  distance_m: number | null;
  note: string | null;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface PatrolPointTable {
  id: Generated<string>;
  patrol_id: string;
  at: Timestamp;
  lon: number;
  lat: number;
  accuracy_m: number | null;
}

export interface PatrolCheckinTable {
  id: Generated<string>;
  patrol_id: string;
  at: Timestamp;
  address_id: string | null;
  organisation_id: string | null;
  lon: number | null;
  lat: number | null;
  accuracy_m: number | null;
  note: string | null;
}

export interface QuickFixTable {
  id: Generated<string>;
  patrol_id: string | null;
  worker_id: string;
  category_code: string | null;
  description: string;
  before_upload_ids: Uuids;
  after_upload_ids: Uuids;
  address_id: string | null;
  lon: number | null;
  lat: number | null;
  accuracy_m: number | null;
  settled_at: Timestamp;
  grid_code: string;
  community_code: string;
  street_code: string;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface VisitRuleTable {
  id: Generated<string>;
  tag: TagType;
  level: string | null;
  every_unit: 'day' | 'week' | 'month';
  every_count: number;
  first_unit: 'day' | 'week' | 'month' | null;
  first_count: number | null;
  after_change_hours: number | null;
  calendar: Generated<'natural' | 'working'>;
  source: Generated<string>;
  active: Generated<boolean>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface VisitTable {
  id: Generated<string>;
  person_id: string;
  tag_id: string | null;
  tag: TagType | null;
  worker_id: string;
  mode: 'door' | 'phone' | 'video';
  visited_at: Timestamp;
  lon: number | null;
  lat: number | null;
  accuracy_m: number | null;
  checklist: Json<Record<string, unknown>>;
  note: string | null;
  upload_ids: Uuids;
  anomaly: Generated<boolean>;
  anomaly_note: string | null;
  case_id: string | null;
  version: Generated<number>;
  grid_code: string | null;
  community_code: string | null;
  street_code: string | null;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200); every writer gives a place (20261214_0100) */
  district_code: ColumnType<string, never, never>;
}

export interface VisitSignoffTable {
  id: Generated<string>;
  visit_id: string;
  unit_id: string;
  yellow_at: Timestamp;
  red_at: Timestamp;
  signed_at: Timestamp | null;
  signed_by: string | null;
  reply: string | null;
  replied_at: Timestamp | null;
}

export interface FieldTaskTable {
  id: Generated<string>;
  kind: 'verify_case' | 'collect_report' | 'visit' | 'inspect' | 'collect_building' | 'other';
  title: string;
  detail: string | null;
  assigned_to: string;
  assigned_by: string;
  issuer_unit_id: string | null;
  due_at: Timestamp;
  status: Generated<'assigned' | 'accepted' | 'done' | 'cancelled'>;
  case_id: string | null;
  report_instance_id: string | null;
  person_id: string | null;
  organisation_id: string | null;
  address_id: string | null;
  accepted_at: Timestamp | null;
  done_at: Timestamp | null;
  evidence: string | null;
  upload_ids: Uuids;
  grid_code: string | null;
  community_code: string | null;
  street_code: string | null;
  created_at: GeneratedTimestamp;
  /** 20261207_0300: what a 一表通 task must collect; a cancellation's reason, time and author */
  missing: string | null;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  updated_at: GeneratedTimestamp;
  /** 20261208_0600: when its worker and issuer were told it is overdue (once) */
  overdue_notified_at: Timestamp | null;
  /** the district, generated from the place (20261213_0200); every writer gives a place (20261214_0100) */
  district_code: ColumnType<string, never, never>;
}

export interface MediationFileTable {
  id: Generated<string>;
  file_no: string;
  year: number;
  seq: number;
  committee_unit_id: string;
  source: 'case' | 'patrol' | 'walk_in' | 'referral';
  case_id: string | null;
  dispute_type: string;
  summary: string;
  request: string | null;
  status: Generated<'received' | 'referred' | 'assigned' | 'mediating' | 'agreed' | 'terminated' | 'closed'>;
  referred_to: string | null;
  notice_given_at: Timestamp | null;
  mediator_id: string | null;
  agreement_kind: 'written' | 'oral' | null;
  agreement: Json<Record<string, unknown>> | null;
  agreement_effective_at: Timestamp | null;
  court_confirm_by: ColumnType<string | null, string | null | undefined, string | null>;
  terminated_reason: string | null;
  performance: 'performed' | 'partly' | 'not_performed' | null;
  followed_up_at: Timestamp | null;
  grid_code: string | null;
  community_code: string | null;
  street_code: string;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  region_path: string;
  referred_reason: string | null;
  other_routes: string[] | null;
  court_applied_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface MediationPartyTable {
  id: Generated<string>;
  file_id: string;
  role: 'applicant' | 'respondent' | 'third_party';
  person_id: string | null;
  name_enc: string | null;
  name_masked: string | null;
  phone_enc: string | null;
  phone_hash: string | null;
  id_enc: string | null;
  id_hash: string | null;
  address: string | null;
}

export interface MediationSessionTable {
  id: Generated<string>;
  file_id: string;
  held_at: Timestamp;
  place: string | null;
  mediator_ids: string[];
  record: string;
  created_by: string;
}

export interface MediationEventTable {
  id: Generated<string>;
  file_id: string;
  action: string;
  at: GeneratedTimestamp;
  actor_id: string | null;
  data: Json<unknown> | null;
}

/** 知识库 (issue 12): the catalogue tree. */
export interface KnowledgeCatalogTable {
  id: Generated<string>;
  parent_id: string | null;
  code: string;
  name_zh: string;
  name_en: string;
  sort: Generated<number>;
}

/** A knowledge entry: its current version's title and categories, its owner and review date, its search text. */
export interface KnowledgeEntryTable {
  id: Generated<string>;
  catalog_id: string;
  kind: 'policy' | 'guide' | 'faq';
  owner_unit_id: string;
  version: Generated<number>;
  title: string;
  category_codes: Generated<string[]>;
  review_due: ColumnType<string, string, string>;
  reviewed_at: Date | null;
  public: Generated<boolean>;
  demo: Generated<boolean>;
  search_title: Generated<string>;
  search_body: Generated<string>;
  search: ColumnType<string, never, never>;
  idempotency_key: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** Every version of an entry, whole; a consultation answered from the base cites (entry, version). */
export interface KnowledgeVersionTable {
  entry_id: string;
  version: number;
  title: string;
  answer: string;
  body: Generated<string>;
  materials: ColumnType<unknown, string, string>;
  category_codes: Generated<string[]>;
  keywords: Generated<string[]>;
  note: string | null;
  edited_by: string | null;
  edited_by_name: string;
  edited_at: GeneratedTimestamp;
}

export interface KnowledgeUseTable {
  id: Generated<string>;
  entry_id: string;
  version: number;
  kind: 'answer' | 'print' | 'send';
  case_id: ColumnType<string | null, string | number | null | undefined, never>;
  user_id: string | null;
  at: GeneratedTimestamp;
  /** its case's district; outside a case, its writer's unit's or the city's (domain writerDistrict) */
  district_code: string;
}

export interface KnowledgeFeedbackTable {
  id: Generated<string>;
  entry_id: string;
  version: number;
  source: 'operator' | 'public';
  helped: boolean;
  voter_hash: string | null;
  case_id: ColumnType<string | null, string | number | null | undefined, never>;
  user_id: string | null;
  at: GeneratedTimestamp;
  /** its case's district; outside a case, its writer's unit's or the city's (domain writerDistrict) */
  district_code: string;
}

// Issue 13, 三治融合 · 自治 (20261209_0600_participation)
export interface ResidentVerificationTable {
  user_id: string;
  person_id: string;
  community_code: string;
  method: 'online' | 'staff';
  verified_by: string | null;
  verified_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface CivicVoteTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  kind: 'choice' | 'budget';
  title: string;
  body: Generated<string>;
  max_choices: number;
  budget_limit: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  status: Generated<'draft' | 'open' | 'closed' | 'published'>;
  opens_at: Timestamp;
  closes_at: Timestamp;
  proposal_id: string | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
  published_at: Timestamp | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface CivicVoteOptionTable {
  id: Generated<string>;
  vote_id: string;
  position: number;
  title: string;
  description: Generated<string>;
  cost: ColumnType<string | null, number | string | null | undefined, number | string | null>;
}
export interface CivicBallotTable {
  vote_id: string;
  person_id: string;
  channel: 'online' | 'staff' | 'paper';
  choices: Generated<string[]>;
  changes: Generated<number>;
  cast_at: GeneratedTimestamp;
  entered_by: string | null;
}
export interface CivicPaperCountTable {
  vote_id: string;
  option_id: string;
  count: number;
  entered_by: string;
  entered_at: GeneratedTimestamp;
}
export interface CivicProposalTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  title: string;
  body: string;
  author_person_id: string | null;
  author_user_id: string;
  threshold: number;
  status: Generated<'collecting' | 'qualified' | 'in_vote' | 'in_deliberation' | 'declined'>;
  answer: string | null;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface CivicSupportTable {
  proposal_id: string;
  person_id: string;
  created_at: GeneratedTimestamp;
}
export interface DeliberationTopicTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  title: string;
  body: Generated<string>;
  source: 'resident' | 'case' | 'hotspot' | 'staff' | 'proposal';
  source_ref: string | null;
  status: Generated<'raised' | 'scheduled' | 'decided' | 'implementing' | 'done' | 'declined'>;
  decision: string | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface DeliberationMeetingTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  title: string;
  place: string;
  meeting_at: Timestamp;
  agenda: string;
  agenda_published_at: Timestamp | null;
  invited: Generated<number>;
  present: number | null;
  attendees: string | null;
  minutes: string | null;
  decision: string | null;
  held_at: Timestamp | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface DeliberationMeetingTopicTable {
  meeting_id: string;
  topic_id: string;
}
export interface DeliberationFollowupTable {
  id: Generated<string>;
  topic_id: string;
  body: string;
  created_by: string;
  created_at: GeneratedTimestamp;
}

/** 积分制 (issue 13): see migration 20261210_0200_points. */
export interface PointsRuleSetTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  version: number;
  title: string;
  vote_id: string | null;
  adopt_option_id: string | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface PointsRuleTable {
  id: Generated<string>;
  rule_set_id: string;
  position: number;
  category: 'sanitation' | 'mutual_aid' | 'volunteer' | 'customs' | 'violation' | 'other';
  title: string;
  points: number;
  cap_per_month: number | null;
  evidence_required: Generated<boolean>;
  black_list: Generated<boolean>;
}
export interface PointsEntryTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  house_id: string;
  rule_id: string | null;
  points: number;
  black_list: Generated<boolean>;
  occurred_on: ColumnType<string, string, string>;
  evidence: Generated<string>;
  note: Generated<string>;
  reverses: string | null;
  scored_by: string;
  created_at: GeneratedTimestamp;
  idempotency_key: string;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface PointsGoodTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  name: string;
  description: Generated<string>;
  price: number;
  stock: number;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface PointsRedemptionTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  house_id: string;
  good_id: string;
  quantity: number;
  points: number;
  status: Generated<'requested' | 'handed' | 'cancelled'>;
  channel: 'counter' | 'resident';
  requested_by: string;
  handled_by: string | null;
  created_at: GeneratedTimestamp;
  handled_at: Date | null;
  idempotency_key: string;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface PointsBoardTable {
  id: Generated<string>;
  community_code: string;
  month: string;
  red: Json<{ house: string; label: string; points: number }[]>;
  black: Json<{ house: string; label: string; entries: number }[]>;
  published_at: GeneratedTimestamp;
  published_by: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
// Issue 13, 小微权力清单 and 村(居)务公开 (20261210_0400_disclosure)
type PowerCategoryCol = 'major_decision' | 'project' | 'assets' | 'finance' | 'subsidy' | 'seal' | 'other';
export interface MicroPowerItemTable {
  id: Generated<string>;
  region_code: string;
  region_path: string;
  position: Generated<number>;
  category: PowerCategoryCol;
  title: string;
  basis: string;
  description: Generated<string>;
  steps: Json<{ title: string; role: string; disclose: boolean }[]>;
  active: Generated<boolean>;
  created_by: string;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface DisclosureEntryTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  item_id: string | null;
  category: PowerCategoryCol;
  title: string;
  basis: string;
  frequency: 'monthly' | 'quarterly' | 'at_once';
  due_working_days: number;
  channels: string[];
  since: ColumnType<string, string, string>;
  active: Generated<boolean>;
  created_by: string;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface DisclosurePublicationTable {
  id: Generated<string>;
  entry_id: string;
  period_key: string | null;
  event_id: string | null;
  version: Generated<number>;
  supersedes: string | null;
  title: string;
  body: string;
  list: Json<{ name: string; amount: number | null; note: string }[]>;
  channel: 'board' | 'online' | 'meeting';
  upload_ids: Uuids;
  status: Generated<'published' | 'withdrawn' | 'superseded'>;
  published_at: GeneratedTimestamp;
  published_by: string;
  correction_reason: string | null;
  withdrawn_reason: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}
export interface DisclosureRequestTable {
  id: Generated<string>;
  community_code: string;
  region_path: string;
  kind: 'query' | 'report';
  report_kind: 'late' | 'untrue' | 'incomplete' | null;
  entry_id: string | null;
  subject: string;
  body: string;
  user_id: string | null;
  person_id: string | null;
  phone_enc: string | null;
  status: Generated<'open' | 'answered' | 'upheld' | 'dismissed'>;
  due_at: Timestamp;
  answer: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

// Issue 13, 志愿服务 and 社会组织 (20261210_0300_volunteers)
export interface VolunteerTable {
  id: Generated<string>;
  person_id: string;
  keeper_unit_id: string;
  region_path: string;
  user_id: string | null;
  skills: Generated<string[]>;
  registered_via: 'staff' | 'self';
  active: Generated<boolean>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface VolunteerActivityTable {
  id: Generated<string>;
  organiser_unit_id: string;
  region_path: string;
  title: string;
  description: Generated<string>;
  place: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  capacity: number;
  signup_opens_at: Timestamp;
  signup_closes_at: Timestamp;
  status: Generated<'open' | 'cancelled'>;
  code_hash: string | null;
  code_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
  /** 20261213_0600: the organiser's cancellation, its reason, time and author */
  cancel_reason: string | null;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  cancelled_by: string | null;
}
export interface VolunteerSignupTable {
  activity_id: string;
  volunteer_id: string;
  status: Generated<'signed' | 'cancelled'>;
  channel: 'self' | 'staff';
  signed_at: GeneratedTimestamp;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  checked_in_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  checked_out_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  break_minutes: Generated<number>;
  travel_minutes: Generated<number>;
  minutes: number | null;
  recorded_by: string | null;
}
export interface VolunteerTrainingTable {
  id: Generated<string>;
  volunteer_id: string;
  title: string;
  provider: Generated<string>;
  hours: ColumnType<string, number | string, number | string>;
  held_on: ColumnType<string, string, string>;
  recorded_by: string | null;
  created_at: GeneratedTimestamp;
}
export interface VolunteerAwardTable {
  id: Generated<string>;
  volunteer_id: string;
  title: string;
  awarded_by: string;
  awarded_on: ColumnType<string, string, string>;
  recorded_by: string | null;
  created_at: GeneratedTimestamp;
}
export interface VolunteerCertificateTable {
  id: Generated<string>;
  code: string;
  volunteer_id: string;
  keeper_unit_id: string;
  period_from: ColumnType<string, string, string>;
  period_to: ColumnType<string, string, string>;
  periods: ColumnType<{ period: string; minutes: number; hours: number }[], string, string>;
  total_minutes: number;
  name_masked: string;
  issued_by: string;
  issued_at: GeneratedTimestamp;
}

export interface Database {
  points_rule_set: PointsRuleSetTable;
  points_rule: PointsRuleTable;
  points_entry: PointsEntryTable;
  points_good: PointsGoodTable;
  points_redemption: PointsRedemptionTable;
  points_board: PointsBoardTable;
  volunteer: VolunteerTable;
  volunteer_activity: VolunteerActivityTable;
  volunteer_signup: VolunteerSignupTable;
  volunteer_training: VolunteerTrainingTable;
  volunteer_award: VolunteerAwardTable;
  volunteer_certificate: VolunteerCertificateTable;
  resident_verification: ResidentVerificationTable;
  civic_vote: CivicVoteTable;
  civic_vote_option: CivicVoteOptionTable;
  civic_ballot: CivicBallotTable;
  civic_paper_count: CivicPaperCountTable;
  civic_proposal: CivicProposalTable;
  civic_support: CivicSupportTable;
  deliberation_topic: DeliberationTopicTable;
  deliberation_meeting: DeliberationMeetingTable;
  deliberation_meeting_topic: DeliberationMeetingTopicTable;
  deliberation_followup: DeliberationFollowupTable;
  supervision_notice: SupervisionNoticeTable;
  assessment_watermark: AssessmentWatermarkTable;
  assessment_response: AssessmentResponseTable;
  assessment_callback: AssessmentCallbackTable;
  assessment_unit_day: AssessmentUnitDayTable;
  case_intake_day: CaseIntakeDayTable;
  case_status_count: CaseStatusCountTable;
  case_intake_day_category: CaseIntakeDayCategoryTable;
  case_intake_day_street: CaseIntakeDayStreetTable;
  whistle: WhistleTable;
  whistle_summon: WhistleSummonTable;
  whistle_rating: WhistleRatingTable;
  whistle_event: WhistleEventTable;
  reference_version: ReferenceVersionTable;
  case: CaseTable;
  case_origin: CaseOriginTable;
  classify_model: ClassifyModelTable;
  classify_correction: ClassifyCorrectionTable;
  classify_model_version: {
    singleton: Generated<boolean>;
    version: ColumnType<string, never, string | number>;
  };
  case_metoo: CaseMetooTable;
  reply_score: ReplyScoreTable;
  opinion_item: OpinionItemTable;
  opinion_alert: OpinionAlertTable;
  knowledge_catalog: KnowledgeCatalogTable;
  knowledge_entry: KnowledgeEntryTable;
  knowledge_version: KnowledgeVersionTable;
  knowledge_use: KnowledgeUseTable;
  knowledge_feedback: KnowledgeFeedbackTable;
  service_item: ServiceItemTable;
  service_item_department: { item_id: string; unit_id: string; days: number; sort: Generated<number> };
  service_bundle: ServiceBundleTable;
  service_bundle_item: { bundle_id: string; item_id: string; sort: Generated<number> };
  service_application: ServiceApplicationTable;
  service_application_item: { application_id: string; item_id: string; district_code: string };
  service_stage: ServiceStageTable;
  service_obligation: ServiceObligationTable;
  service_event: ServiceEventTable;
  micro_power_item: MicroPowerItemTable;
  micro_power_adoption: {
    item_id: string;
    community_code: string;
    adopted_by: string;
    adopted_at: GeneratedTimestamp;
    /** the district, generated from the place (20261213_0200; docs/distribution.md) */
    district_code: ColumnType<string, never, never>;
  };
  disclosure_entry: DisclosureEntryTable;
  disclosure_event: {
    id: Generated<string>;
    entry_id: string;
    district_code: string;
    title: string;
    occurred_at: Timestamp;
    created_by: string;
    created_at: GeneratedTimestamp;
  };
  disclosure_publication: DisclosurePublicationTable;
  disclosure_overdue_alert: {
    entry_id: string;
    district_code: string;
    due_key: string;
    due_at: Timestamp;
    notified_at: GeneratedTimestamp;
  };
  disclosure_request: DisclosureRequestTable;
  service_rating: ServiceRatingTable;
  service_rectification: ServiceRectificationTable;
  service_rating_appeal: ServiceRatingAppealTable;
  hot_cluster: HotClusterTable;
  hot_cluster_case: HotClusterCaseTable;
  proactive_task: ProactiveTaskTable;
  proactive_task_note: ProactiveTaskNoteTable;
  duplicate_decision: DuplicateDecisionTable;
  assignment: AssignmentTable;
  case_event: CaseEventTable;
  // lane city (issue 14)
  case_desk: CaseDeskTable;
  case_caller: CaseCallerTable;
  case_phone: CasePhoneTable;
  upload: UploadTable;
  notification: NotificationTable;
  api_key: ApiKeyTable;
  region: RegionTable;
  unit: UnitTable;
  app_user: AppUserTable;
  grid: GridTable;
  grid_worker: GridWorkerTable;
  category: CategoryTable;
  deadline_policy: DeadlinePolicyTable;
  duty: DutyTable;
  duty_party: DutyPartyTable;
  calendar_override: CalendarOverrideTable;
  setting: SettingTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  tracking_recovery: TrackingRecoveryTable;
  idempotency_key: IdempotencyKeyTable;
  rate_limit_counter: RateLimitCounterTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  audit_archive: AuditArchiveTable;
  address_node: AddressNodeTable;
  address_version: AddressVersionTable;
  person: PersonTable;
  house: HouseTable;
  residence: ResidenceTable;
  organisation: OrganisationTable;
  employment: EmploymentTable;
  org_hazard: OrgHazardTable;
  rental: RentalTable;
  person_tag: PersonTagTable;
  field_submission: FieldSubmissionTable;
  patrol: PatrolTable;
  patrol_point: PatrolPointTable;
  patrol_checkin: PatrolCheckinTable;
  quick_fix: QuickFixTable;
  visit_rule: VisitRuleTable;
  visit: VisitTable;
  visit_signoff: VisitSignoffTable;
  field_task: FieldTaskTable;
  mediation_file: MediationFileTable;
  mediation_party: MediationPartyTable;
  mediation_session: MediationSessionTable;
  mediation_event: MediationEventTable;
  base_change: BaseChangeTable;
  report_template: ReportTemplateTable;
  report_sending: ReportSendingTable;
  report_instance: ReportInstanceTable;
  report_cell: ReportCellTable;
  admission_office: AdmissionOfficeTable;
  admission_round: AdmissionRoundTable;
  admission_item: AdmissionItemTable;
  admission_application: AdmissionApplicationTable;
  admission_event: AdmissionEventTable;
  community_task: CommunityTaskTable;
  admission_offgate: AdmissionOffgateTable;
  // issue 14, lane partition: public id → case number, so that a lookup by public id reads one partition
  case_public_id: CasePublicIdTable;
}

// ─── community task admission (社区准入, migration 20261209_0500) ───
type Numeric = ColumnType<string, number | string | undefined, number | string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
export interface AdmissionOfficeTable {
  district_code: string;
  unit_id: string;
}
export interface AdmissionRoundTable {
  id: Generated<string>;
  district_code: string;
  title: string;
  meeting_on: ColumnType<string, string, string>;
  body: string;
  status: Generated<'open' | 'closed'>;
  minutes: string | null;
  created_by: string;
  created_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
}
interface AdmissionTerms {
  kind: AdmissionItemKind;
  title: string;
  legal_basis: string;
  community_role: AdmissionCommunityRole;
  content: string;
  powers: Generated<string>;
  staff: Generated<string>;
  training: Generated<string>;
  scope_codes: Generated<string[]>;
  hours_per_month: Numeric;
  funding_per_year: Numeric;
  valid_from: ColumnType<string, string, string>;
  valid_until: NullableDate;
  report_template_id: string | null;
}
export interface AdmissionItemTable extends AdmissionTerms {
  id: Generated<string>;
  district_code: string;
  list: AdmissionList;
  seq: number;
  unit_id: string | null;
  status: Generated<AdmissionItemStatus>;
  exited_at: Timestamp | null;
  exit_reason: string | null;
  created_at: GeneratedTimestamp;
}
export interface AdmissionApplicationTable extends AdmissionTerms {
  id: Generated<string>;
  district_code: string;
  unit_id: string;
  created_by: string;
  status: Generated<AdmissionStatus>;
  review_note: string | null;
  round_id: string | null;
  decision_note: string | null;
  item_id: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}
export interface AdmissionEventTable {
  id: Generated<string>;
  application_id: string | null;
  item_id: string | null;
  action: string;
  note: string | null;
  actor_id: string;
  at: GeneratedTimestamp;
}
export interface CommunityTaskTable {
  id: Generated<string>;
  item_id: string;
  unit_id: string;
  community_code: string;
  title: string;
  content: string;
  due_on: NullableDate;
  status: Generated<'sent' | 'done'>;
  done_note: string | null;
  done_at: Timestamp | null;
  sent_by: string;
  created_at: GeneratedTimestamp;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}
export interface AdmissionOffgateTable {
  id: Generated<string>;
  district_code: string;
  community_code: string;
  requester: string;
  unit_id: string | null;
  content: string;
  requested_on: ColumnType<string, string, string>;
  evidence: Generated<string>;
  status: Generated<'open' | 'handled'>;
  handling_note: string | null;
  handled_by: string | null;
  handled_at: Timestamp | null;
  reported_by: string;
  created_at: GeneratedTimestamp;
}

export type Region = Selectable<RegionTable>;
export type NewRegion = Insertable<RegionTable>;
export type Unit = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type UnitUpdate = Updateable<UnitTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type Grid = Selectable<GridTable>;
export type NewGrid = Insertable<GridTable>;
export type Category = Selectable<CategoryTable>;
export type NewCategory = Insertable<CategoryTable>;
export type DeadlinePolicy = Selectable<DeadlinePolicyTable>;
export type NewDeadlinePolicy = Insertable<DeadlinePolicyTable>;
export type Duty = Selectable<DutyTable>;
export type DutyParty = Selectable<DutyPartyTable>;
export type AuditLog = Selectable<AuditLogTable>;

/** One-window services (issue 13): a service item and its guide (办事指南, JSON of the domain's ServiceGuide). */
export interface ServiceItemTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_en: Generated<string>;
  guide: ColumnType<unknown, string, string>;
  promised_days: number;
  active: Generated<boolean>;
  demo: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ServiceBundleTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_en: Generated<string>;
  description: Generated<string>;
  active: Generated<boolean>;
  demo: Generated<boolean>;
}

/** An application taken at a window (一口受理); window_path is the window unit's jurisdiction path. */
export interface ServiceApplicationTable {
  id: Generated<string>;
  tracking_code: string;
  bundle_id: string | null;
  title: string;
  applicant_person_id: string;
  applicant_name_masked: string | null;
  applicant_id_masked: string | null;
  channel: 'street_centre' | 'community' | 'online' | 'hotline';
  window_unit_id: string;
  window_path: string;
  received_by: string | null;
  status:
    | 'received'
    | 'accepted'
    | 'accepted_tolerant'
    | 'handling'
    | 'merged'
    | 'handed_out'
    | 'rejected'
    | 'withdrawn';
  tolerant: Generated<boolean>;
  materials: ColumnType<unknown, string | undefined, string>;
  received_at: GeneratedTimestamp;
  due_at: Date | null;
  merged_at: Date | null;
  outcome: 'approved' | 'rejected' | null;
  handed_out_at: Date | null;
  note: string | null;
  demo: Generated<boolean>;
  idempotency_key: string | null;
  /** the district, generated from the place (20261213_0200; docs/distribution.md) */
  district_code: ColumnType<string, never, never>;
}

export interface ServiceStageTable {
  id: Generated<string>;
  application_id: string;
  item_id: string;
  unit_id: string;
  days: number;
  status: 'pending' | 'accepted' | 'more_requested' | 'approved' | 'rejected';
  start_at: ColumnType<Date, Date | string, Date | string>;
  due_at: ColumnType<Date, Date | string, Date | string>;
  decided_at: Date | null;
  decided_by: string | null;
  note: string | null;
  overdue_notified_at: Date | null;
}

export interface ServiceObligationTable {
  id: Generated<string>;
  application_id: string;
  material_code: string;
  material_name: string;
  due_at: ColumnType<Date, Date | string, Date | string>;
  fulfilled_at: Date | null;
  fulfilled_by: string | null;
}

export interface ServiceEventTable {
  id: Generated<string>;
  application_id: string;
  stage_id: string | null;
  kind: string;
  unit_id: string | null;
  user_id: string | null;
  note: string | null;
  at: GeneratedTimestamp;
}

export interface ServiceRatingTable {
  id: Generated<string>;
  application_id: string;
  kind: 'first' | 'after_fix';
  level: 'very_satisfied' | 'satisfied' | 'basically_satisfied' | 'unsatisfied' | 'very_unsatisfied';
  source: 'window' | 'online' | 'resident' | 'callback';
  comment: string | null;
  recorded_by: string | null;
  rated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  excluded: Generated<boolean>;
  excluded_at: Date | null;
  demo: Generated<boolean>;
}

export interface ServiceRectificationTable {
  id: Generated<string>;
  rating_id: string;
  application_id: string;
  unit_id: string;
  state: 'open' | 'done' | 'closed' | 'void';
  opened_at: ColumnType<Date, Date | string, Date | string>;
  due_at: ColumnType<Date, Date | string, Date | string>;
  action: string | null;
  acted_at: Date | null;
  acted_by: string | null;
  callback_at: Date | null;
  callback_by: string | null;
  callback_note: string | null;
  overdue_notified_at: Date | null;
}

export interface ServiceRatingAppealTable {
  id: Generated<string>;
  rating_id: string;
  unit_id: string;
  ground: 'mistaken' | 'malicious' | 'outside_duty';
  reason: string;
  filed_by: string | null;
  filed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  state: ColumnType<'pending' | 'upheld' | 'dismissed', 'pending' | 'upheld' | 'dismissed' | undefined>;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

/** issue 14 (partition): public id → case number, kept by a trigger on "case" (migration 20261211_0201). */
export interface CasePublicIdTable {
  public_id: string;
  case_id: ColumnType<string, string | number, never>;
  /** the parent's district, written on insert (20261213_0201; docs/distribution.md) */
  district_code: ColumnType<string, string, never>;
}

// issue 14, lane distrest: the district (docs/distribution.md) of the derived children, copied from the parent by
// the module that writes each (domain districtOf; migrations 20261213_0500/0501). Declaration merging keeps it in
// one block; the lead may fold the lines into the interfaces above.
export interface EmploymentTable {
  district_code: string;
}
export interface OrgHazardTable {
  district_code: string;
}
export interface PatrolPointTable {
  district_code: string;
}
export interface PatrolCheckinTable {
  district_code: string;
}
export interface VisitSignoffTable {
  district_code: string;
}
export interface BaseChangeTable {
  district_code: string;
}
export interface FieldSubmissionTable {
  district_code: string;
}
export interface ReportCellTable {
  district_code: string;
}
export interface MediationEventTable {
  district_code: string;
}
export interface MediationPartyTable {
  district_code: string;
}
export interface MediationSessionTable {
  district_code: string;
}
export interface CivicBallotTable {
  district_code: string;
}
export interface CivicPaperCountTable {
  district_code: string;
}
export interface CivicVoteOptionTable {
  district_code: string;
}
export interface CivicSupportTable {
  district_code: string;
}
export interface DeliberationFollowupTable {
  district_code: string;
}
export interface DeliberationMeetingTopicTable {
  district_code: string;
}
export interface PointsRuleTable {
  district_code: string;
}
export interface ProactiveTaskNoteTable {
  district_code: string;
}
export interface VolunteerAwardTable {
  district_code: string;
}
export interface VolunteerCertificateTable {
  district_code: string;
}
export interface VolunteerSignupTable {
  district_code: string;
}
export interface VolunteerTrainingTable {
  district_code: string;
}
export interface DisclosurePublicationTable {
  district_code: string;
}
export interface AdmissionEventTable {
  district_code: string;
}
export interface ServiceEventTable {
  district_code: string;
}
export interface ServiceObligationTable {
  district_code: string;
}
export interface ServiceRatingTable {
  district_code: string;
}
export interface ServiceRectificationTable {
  district_code: string;
}
export interface ServiceStageTable {
  district_code: string;
}
export interface ServiceRatingAppealTable {
  district_code: string;
}
