// What other modules use of duties besides its service (reference data, the data transfer).
export type { RoutingLocation } from './routing.ts';
export { findDutyByKey, partiesOf, searchDuties } from './duties.repository.ts';
export { DutyBody } from './duties.routes.ts';
