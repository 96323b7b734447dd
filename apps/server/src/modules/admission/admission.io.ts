import {
  AdmissionApplicationInput,
  AdmissionCommunityRole,
  AdmissionItemKind,
  AdmissionList,
  AdmissionStatus,
  RegionCode,
} from '@onegrid/domain';
import { z } from 'zod';

export const IdParams = z.object({ id: z.uuid() });

export const ItemListQuery = z.object({
  list: AdmissionList.optional(),
  /** also items that exited or expired */
  all: z.enum(['true', 'false']).optional(),
});

/** An item the office puts straight on the duty or negative list (duties by law and prohibitions are not applied
 * for by a department: they come from the law and the district's decision). */
export const ItemBody = z.strictObject({
  list: AdmissionList,
  kind: AdmissionItemKind,
  title: z.string().trim().min(2).max(120),
  legalBasis: z.string().trim().min(2).max(1000),
  communityRole: AdmissionCommunityRole.default('lead'),
  content: z.string().trim().min(2).max(4000),
  unitId: z.uuid().nullable().default(null),
  hoursPerMonth: z.number().min(0).max(1000).default(0),
  fundingPerYear: z.number().min(0).max(10_000_000).default(0),
  validFrom: z.iso.date(),
  validUntil: z.iso.date().nullable().default(null),
});

export const NoteBody = z.strictObject({ note: z.string().trim().min(2).max(2000) });

export const ApplicationBody = AdmissionApplicationInput.extend({
  /** submit at once (otherwise it stays a draft) */
  submit: z.boolean().default(false),
});

export const ApplicationListQuery = z.object({ status: AdmissionStatus.optional() });

export const ReviewBody = z.strictObject({
  decision: z.enum(['pass', 'return']),
  note: z.string().trim().max(2000).default(''),
});

export const RoundBody = z.strictObject({
  title: z.string().trim().min(2).max(120),
  meetingOn: z.iso.date(),
  /** the joint body, e.g. 区城乡社区发展治理工作联席会议 */
  body: z.string().trim().min(2).max(120),
  applicationIds: z.array(z.uuid()).min(1).max(100),
});

export const DecisionsBody = z.strictObject({
  decisions: z
    .array(
      z.strictObject({
        applicationId: z.uuid(),
        decision: z.enum(['approve', 'reject']),
        note: z.string().trim().max(2000).default(''),
      }),
    )
    .max(100)
    .default([]),
  minutes: z.string().trim().max(8000).optional(),
  /** close the round: every application in it must be decided */
  close: z.boolean().default(false),
});

export const TaskBody = z.strictObject({
  itemId: z.uuid().nullable().default(null),
  kind: AdmissionItemKind.default('task'),
  title: z.string().trim().min(2).max(120),
  content: z.string().trim().min(2).max(4000),
  dueOn: z.iso.date().nullable().default(null),
  communityCodes: z.array(RegionCode).min(1).max(500),
});

export const TaskDoneBody = z.strictObject({ note: z.string().trim().max(2000).default('') });

export const OffgateBody = z.strictObject({
  /** who asked (a department, an office, a person's title) */
  requester: z.string().trim().min(2).max(200),
  unitId: z.uuid().nullable().default(null),
  content: z.string().trim().min(2).max(4000),
  requestedOn: z.iso.date(),
  evidence: z.string().trim().max(4000).default(''),
});

export const OffgateHandleBody = z.strictObject({ note: z.string().trim().min(2).max(2000) });

export const WorkloadQuery = z.object({ communityCode: RegionCode.optional() });
