// What other modules use of units besides its service (duties, users, the data transfer).
export { findUnitRow, searchUnits } from './units.repository.ts';
export { UnitBody } from './units.routes.ts';
