// What other modules use of cases besides its services (intake, actions, public).
export type { Case } from './case-types.ts';
export { CaseId, CaseInput } from './case-io.ts';
export { canSee } from './relations.ts';
export { assignmentsOf, findCase, lockCase } from './cases.repository.ts';
export { writeCaseEvent, writeCaseEvents, type NewCaseEvent } from './case-events.ts';
