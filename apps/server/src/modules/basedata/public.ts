/**
 * What other modules use of the base data (一标三实), privacy applied: the caller look-up at intake, the viewer's
 * scope (the base views), the population import (the benchmark). Each takes the viewer and answers only what their
 * class view lets them see. (What is known at a place is the base views' `placeFacts`.)
 */
export { findPersonsByPhoneHash, getPerson, lookupPersons, personsBrief } from './persons.service.ts';
export { createRoom } from './records.service.ts';
export { sendOnce } from './once.ts';
export { importPersonRows, type ImportOutcome } from './import.service.ts';
export {
  baseScopeOf,
  inJurisdiction,
  personVisibleSql,
  placeInTerritory,
  type BaseScope,
} from './basedata.scope.ts';
// The class rule applied to one record (the field bundle masks its households with these, as the persons list does).
export { relationOf, tagRelationOf, viewOf, type Placed } from './basedata.scope.ts';
export {
  applyFieldUpdates,
  fieldUpdatesOf,
  type FieldBaseUpdate,
  type FieldBaseWritten,
} from './field.service.ts';
