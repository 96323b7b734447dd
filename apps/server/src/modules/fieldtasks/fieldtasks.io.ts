import { z } from 'zod';
import { ClientInstanceId, FieldTaskKind, FieldTaskStatus, HouseUse } from '@onegrid/domain';

const Instant = z.iso.datetime({ offset: true });
const GridCode = z.string().regex(/^\d{15}$/);

/** A task to a grid worker: what, for whom, by when, and the one target its kind names. */
export const NewFieldTask = z
  .object({
    kind: FieldTaskKind,
    title: z.string().trim().min(1).max(200),
    detail: z.string().trim().max(2000).nullable().optional(),
    workerId: z.guid(),
    /** the worker's grid the task is for; default: the worker's first grid in the issuer's territory */
    gridCode: GridCode.optional(),
    dueAt: Instant,
    caseId: z
      .string()
      .regex(/^\d{1,18}$/)
      .optional(),
    reportInstanceId: z.guid().optional(),
    /** for a 一表通 task: the items the instance still lacks */
    missing: z.string().trim().max(1000).optional(),
    personId: z.guid().optional(),
    organisationId: z.guid().optional(),
    addressId: z.guid().optional(),
  })
  .meta({ id: 'NewFieldTask' });
export type NewFieldTask = z.infer<typeof NewFieldTask>;

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const FieldTaskQuery = z.object({
  status: FieldTaskStatus.optional(),
  overdue: Bool.optional(),
  workerId: z.guid().optional(),
  gridCode: GridCode.optional(),
  kind: FieldTaskKind.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FieldTaskQuery = z.infer<typeof FieldTaskQuery>;

export const FieldTaskParams = z.object({ id: z.guid() });

/** The work done, from the phone, exactly once by its client instance id (an edit replaces it, with a reason). */
export const FieldTaskDone = z
  .object({
    instanceId: ClientInstanceId,
    replaces: ClientInstanceId.nullable().optional(),
    reason: z.string().trim().max(500).nullable().optional(),
    deviceAt: Instant.nullable().optional(),
    evidence: z.string().trim().min(1).max(4000),
    uploadIds: z.array(z.guid()).max(9).default([]),
  })
  .meta({ id: 'FieldTaskDone' });
export type FieldTaskDone = z.infer<typeof FieldTaskDone>;

export const FieldTaskCancel = z.object({ reason: z.string().trim().min(1).max(500) });

export const WorkerQuery = z.object({ gridCode: GridCode.optional() });

export const BuildingQuery = z.object({
  q: z.string().trim().max(50).optional(),
  gridCode: GridCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type BuildingQuery = z.infer<typeof BuildingQuery>;

export const BuildingParams = z.object({ addressId: z.guid() });

export const NewRoom = z
  .object({
    /** the floor (or unit, or the building) the room is on */
    parentId: z.guid(),
    name: z.string().trim().min(1).max(20),
    use: HouseUse.optional(),
  })
  .meta({ id: 'NewRoom' });
export type NewRoom = z.infer<typeof NewRoom>;
