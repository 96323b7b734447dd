import type { Selectable } from 'kysely';
import type { AssignmentTable, CaseTable } from '../../db/schema.ts';

export type Case = Selectable<CaseTable>;
export type Assignment = Selectable<AssignmentTable>;
