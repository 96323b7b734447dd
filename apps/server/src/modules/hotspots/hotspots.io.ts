import { z } from 'zod';
import { MONTH } from '@onegrid/domain';

const Named = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
const Place = z.object({ kind: z.string(), key: z.string(), label: z.string() });

export const ListQuery = z.object({
  /** all clusters of two cases or more, not only the hot ones (U ≥ 3) */
  all: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ClusterParams = z.object({ id: z.uuid() });

export const HotClusterOut = z.object({
  id: z.string(),
  computedAt: z.string(),
  group: Named,
  place: Place.nullable(),
  description: z.string(),
  reporters: z.number().int(),
  cases: z.number().int(),
  likes: z.number().int(),
  dislikes: z.number().int(),
  heat: z.number(),
  hot: z.boolean(),
  firstAt: z.string(),
  lastAt: z.string(),
  perDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
});
export type HotClusterOut = z.infer<typeof HotClusterOut>;

export const HotClusterList = z.object({
  computedAt: z.string().nullable(),
  items: z.array(HotClusterOut),
});

export const ClusterCaseOut = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  createdAt: z.string(),
  address: z.string().nullable(),
  likes: z.number().int(),
});

export const HotClusterDetail = HotClusterOut.extend({
  /** the cluster's cases the caller may see (the case access rules) */
  caseList: z.array(ClusterCaseOut),
  /** cases of the cluster the caller may not see */
  hiddenCases: z.number().int(),
  /** 舆情 posts attached to it (each counts as one like in its heat), by the operator or by text match */
  opinion: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: z.string(),
      heat: z.number().int(),
      sentiment: z.enum(['negative', 'neutral', 'positive']),
      by: z.enum(['auto', 'operator']),
    }),
  ),
});

export const RunOut = z.object({
  cases: z.number().int(),
  clusters: z.number().int(),
  hot: z.number().int(),
  ms: z.number().int(),
});

export const MonthlyQuery = z.object({
  month: z.string().regex(MONTH, 'YYYY-MM').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const MonthlyTopicOut = z.object({
  key: z.string(),
  group: Named,
  place: Place,
  cases: z.number().int(),
  reporters: z.number().int(),
  previous: z.array(z.number().int()),
  trend: z.number(),
  recurring: z.boolean(),
  /** an open proactive task on this topic, when one exists */
  taskId: z.string().nullable(),
});

export const MonthlyOut = z.object({
  month: z.string(),
  previousMonths: z.array(z.string()),
  topics: z.array(MonthlyTopicOut),
  /** whether the caller may turn a topic into a proactive task (district supervisors and administrators) */
  canPick: z.boolean(),
});

export const MetooParams = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'a public case id') });
export const MetooBody = z.object({
  phone: z
    .string()
    .trim()
    .regex(/^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'a mainland mobile or landline number'),
});
export const MetooOut = z.object({ count: z.number().int(), counted: z.boolean() });
export const MetooCount = z.object({ count: z.number().int() });

// Proactive tasks (主动治理)

export const TaskBody = z.object({
  title: z.string().trim().min(2).max(200),
  group: z.string().min(1).max(40),
  place: Place,
  month: z.string().regex(MONTH).optional(),
  clusterId: z.uuid().optional(),
  ownerUnitId: z.uuid(),
  coUnitIds: z.array(z.uuid()).max(20).default([]),
  deadline: z.iso.date(),
  plan: z.string().trim().min(2).max(4000),
});
export const TaskParams = z.object({ id: z.uuid() });
export const NoteBody = z.object({ body: z.string().trim().min(1).max(2000) });
export const CloseBody = z.object({ note: z.string().trim().min(1).max(2000) });
export const TaskListQuery = z.object({ status: z.enum(['open', 'closed']).optional() });

const UnitRef = z.object({ id: z.string(), name: z.string() });

export const TaskOut = z.object({
  id: z.string(),
  title: z.string(),
  group: Named,
  place: Place,
  month: z.string().nullable(),
  clusterDescription: z.string().nullable(),
  owner: UnitRef,
  coUnits: z.array(UnitRef),
  deadline: z.string(),
  plan: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
});
export const TaskList = z.object({ items: z.array(TaskOut), canCreate: z.boolean() });

export const TaskEffectOut = z.object({
  before: z.array(z.number().int()),
  after: z.array(z.number().int().nullable()),
  beforeMean: z.number(),
  afterMean: z.number().nullable(),
  change: z.number().nullable(),
});

export const TaskDetail = TaskOut.extend({
  notes: z.array(z.object({ id: z.string(), author: z.string(), body: z.string(), createdAt: z.string() })),
  effect: TaskEffectOut,
  canManage: z.boolean(),
  canNote: z.boolean(),
});
