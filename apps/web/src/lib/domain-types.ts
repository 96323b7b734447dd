/**
 * The domain vocabulary the web uses, as types only. Imported from the domain's governance module directly rather
 * than the package root: the root also re-exports Node-side modules (geo, calendar data) whose CommonJS interop
 * typechecks differently under this app's bundler module settings. No runtime code comes from here.
 */
export type {
  DurationUnit,
  DutyRole,
  RegionLevel,
  Role,
  UnitKind,
  Urgency,
} from '../../../../packages/domain/src/governance.ts';
