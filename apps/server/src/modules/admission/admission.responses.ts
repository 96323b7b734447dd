import {
  AdmissionAction,
  AdmissionCommunityRole,
  AdmissionItemKind,
  AdmissionList,
  AdmissionStatus,
} from '@onegrid/domain';
import { z } from 'zod';

const Event = z.object({
  action: z.string(),
  note: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const AdmissionItemOut = z
  .object({
    id: z.string(),
    districtCode: z.string(),
    list: AdmissionList,
    seq: z.number(),
    kind: AdmissionItemKind,
    title: z.string(),
    legalBasis: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    communityRole: AdmissionCommunityRole,
    content: z.string(),
    powers: z.string(),
    staff: z.string(),
    training: z.string(),
    scopeCodes: z.array(z.string()),
    hoursPerMonth: z.number(),
    fundingPerYear: z.number(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(['in_force', 'exited']),
    state: z.enum(['in_force', 'exited', 'expired', 'pending']),
    reportTemplateId: z.string().nullable(),
    applicationId: z.string().nullable(),
    exitReason: z.string().nullable(),
  })
  .meta({ id: 'AdmissionItem' });
export const AdmissionItemList = z
  .object({
    districtCode: z.string(),
    items: z.array(AdmissionItemOut),
    can: z.object({ manage: z.boolean(), apply: z.boolean() }),
  })
  .meta({ id: 'AdmissionItemList' });
export const AdmissionItemDetail = AdmissionItemOut.extend({
  events: z.array(Event),
  tasksSent: z.number(),
  reportSendings: z.number(),
  can: z.object({ supervise: z.boolean(), exit: z.boolean() }),
}).meta({ id: 'AdmissionItemDetail' });

export const AdmissionApplicationOut = z
  .object({
    id: z.string(),
    districtCode: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    title: z.string(),
    kind: AdmissionItemKind,
    legalBasis: z.string(),
    communityRole: AdmissionCommunityRole,
    content: z.string(),
    powers: z.string(),
    staff: z.string(),
    training: z.string(),
    scopeCodes: z.array(z.string()),
    hoursPerMonth: z.number(),
    fundingPerYear: z.number(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    reportTemplateId: z.string().nullable(),
    status: AdmissionStatus,
    reviewNote: z.string().nullable(),
    roundId: z.string().nullable(),
    roundTitle: z.string().nullable(),
    decisionNote: z.string().nullable(),
    itemId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** the steps the caller may take now */
    actions: z.array(AdmissionAction),
  })
  .meta({ id: 'AdmissionApplication' });
export const AdmissionApplicationList = z
  .object({
    items: z.array(AdmissionApplicationOut),
    can: z.object({ apply: z.boolean(), review: z.boolean() }),
  })
  .meta({ id: 'AdmissionApplicationList' });
export const AdmissionApplicationDetail = AdmissionApplicationOut.extend({ events: z.array(Event) }).meta({
  id: 'AdmissionApplicationDetail',
});

export const AdmissionRoundOut = z
  .object({
    id: z.string(),
    districtCode: z.string(),
    title: z.string(),
    meetingOn: z.string(),
    body: z.string(),
    status: z.enum(['open', 'closed']),
    minutes: z.string().nullable(),
    counts: z.object({ total: z.number(), approved: z.number(), rejected: z.number(), pending: z.number() }),
    createdAt: z.string(),
  })
  .meta({ id: 'AdmissionRound' });
export const AdmissionRoundList = z
  .object({
    items: z.array(AdmissionRoundOut),
    can: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'AdmissionRoundList' });
export const AdmissionRoundDetail = AdmissionRoundOut.extend({
  applications: z.array(AdmissionApplicationOut),
  can: z.object({ decide: z.boolean() }),
}).meta({ id: 'AdmissionRoundDetail' });

export const CommunityTaskOut = z
  .object({
    id: z.string(),
    itemId: z.string(),
    itemTitle: z.string(),
    unitName: z.string(),
    communityCode: z.string(),
    communityName: z.string(),
    title: z.string(),
    content: z.string(),
    dueOn: z.string().nullable(),
    status: z.enum(['sent', 'done']),
    doneNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CommunityTask' });
export const CommunityTaskList = z
  .object({ items: z.array(CommunityTaskOut) })
  .meta({ id: 'CommunityTaskList' });
export const CommunityTaskSent = z
  .object({ items: z.array(CommunityTaskOut), itemId: z.string() })
  .meta({ id: 'CommunityTaskSent' });

export const OffgateOut = z
  .object({
    id: z.string(),
    communityCode: z.string(),
    communityName: z.string(),
    requester: z.string(),
    unitName: z.string().nullable(),
    content: z.string(),
    requestedOn: z.string(),
    evidence: z.string(),
    status: z.enum(['open', 'handled']),
    handlingNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AdmissionOffgate' });
export const OffgateList = z
  .object({
    items: z.array(OffgateOut),
    /** reports per community and per requesting unit (counted) */
    byCommunity: z.array(
      z.object({ code: z.string(), name: z.string(), count: z.number(), open: z.number() }),
    ),
    byUnit: z.array(z.object({ name: z.string(), count: z.number() })),
    can: z.object({ report: z.boolean(), handle: z.boolean() }),
  })
  .meta({ id: 'AdmissionOffgateList' });

const WorkloadLineOut = z.object({
  itemId: z.string(),
  title: z.string(),
  list: AdmissionList,
  kind: AdmissionItemKind,
  hoursPerMonth: z.number(),
  fundingPerYear: z.number(),
});
export const CommunityWorkloadOut = z
  .object({
    communityCode: z.string(),
    communityName: z.string(),
    items: z.array(WorkloadLineOut),
    hoursPerMonth: z.number(),
    fundingPerYear: z.number(),
    assistHours: z.number(),
    dutyHours: z.number(),
    tasksOpen: z.number(),
    offgateReports: z.number(),
  })
  .meta({ id: 'AdmissionWorkload' });
export const DistrictWorkloadOut = z
  .object({
    districtCode: z.string(),
    communities: z.array(CommunityWorkloadOut.omit({ items: true })),
    totals: z.object({ hoursPerMonth: z.number(), fundingPerYear: z.number(), communities: z.number() }),
  })
  .meta({ id: 'AdmissionDistrictWorkload' });
