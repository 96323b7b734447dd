import { z } from 'zod';
import { CaseStatus, RegionLevel, Urgency } from '@onegrid/domain';
import { CategoryRef, CodeName, IdName, Instant, UnitRef, page, textEnum } from '../../lib/responses.ts';
import { AssignmentRole, AssignmentStatus } from '../cases/cases.responses.ts';

const Counted = { overdue: z.number(), dueSoon: z.number() };
export const LateOverview = z
  .object({
    level: RegionLevel,
    /** overdue/dueSoon count assignments (as the tables below); overdueCases/dueSoonCases count each case once. */
    totals: z.object({ ...Counted, overdueCases: z.number(), dueSoonCases: z.number() }),
    byUnit: z.array(z.object({ unit: UnitRef, ...Counted })),
    byCategory: z.array(z.object({ category: CategoryRef.nullable(), ...Counted })),
    byStreet: z.array(z.object({ street: CodeName.nullable(), ...Counted })),
  })
  .meta({ id: 'LateOverview' });

export const LateItem = z
  .object({
    assignmentId: z.string(),
    role: AssignmentRole,
    assignmentStatus: AssignmentStatus,
    assignedAt: Instant,
    resolveDueAt: Instant.nullable(),
    unit: IdName,
    case: z.object({
      id: z.string(),
      title: z.string(),
      status: CaseStatus,
      urgency: Urgency,
      address: z.string().nullable(),
      category: CategoryRef.nullable(),
    }),
    notices: z.number(),
  })
  .meta({ id: 'LateItem' });
export const LatePage = page(LateItem);

export const NoticeLevel = z.enum(['yellow', 'red']).meta({ id: 'NoticeLevel' });
export const NoticeState = textEnum(['open', 'answered', 'late']).meta({ id: 'NoticeState' });
export const Notice = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseTitle: z.string(),
    assignmentId: z.string(),
    unit: IdName,
    level: NoticeLevel,
    reason: z.string(),
    issuedAt: Instant,
    issuedBy: z.object({ unitId: z.string(), unitName: z.string(), name: z.string() }),
    answerDueAt: Instant,
    answer: z.string().nullable(),
    answeredAt: Instant.nullable(),
    state: NoticeState,
  })
  .meta({ id: 'Notice' });
export const NoticePage = page(Notice);
export const NoticeIssued = z.object({ id: z.string(), issuedAt: Instant, answerDueAt: Instant });
export const NoticeAnswered = z.object({ id: z.string(), answeredAt: Instant, late: z.boolean() });
