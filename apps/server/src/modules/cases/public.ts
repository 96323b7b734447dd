// What other modules use of cases besides its services (intake, actions, public).
export type { Case } from './case-types.ts';
export { CaseId, CaseInput, Phone, Text } from './case-io.ts';
export { idempotencyKeyOf } from './cases.routes.ts';
export { caseDetail } from './cases.query.ts';
export { canSee } from './relations.ts';
export { assignmentsOf, caseDistrictOf, findCase, lockCase } from './cases.repository.ts';
export { writeCaseEvent, writeCaseEvents, type NewCaseEvent } from './case-events.ts';
export { createCase, type CaseSource } from './intake.service.ts';
export { ownCase } from './mine.service.ts';
