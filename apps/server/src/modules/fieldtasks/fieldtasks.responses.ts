import { z } from 'zod';
import {
  FieldTaskKind,
  FieldTaskStatus,
  HouseUse,
  PopulationType,
  SourceState,
  TagType,
} from '@onegrid/domain';
import { CodeName, InstantText } from '../../lib/responses.ts';

const IdName = z.object({ id: z.string(), name: z.string() });

export const FieldTaskOut = z
  .object({
    id: z.string(),
    kind: FieldTaskKind,
    title: z.string(),
    detail: z.string().nullable(),
    missing: z.string().nullable(),
    status: FieldTaskStatus,
    overdue: z.boolean(),
    doneLate: z.boolean(),
    dueAt: InstantText,
    worker: IdName,
    issuer: IdName,
    issuerUnit: z.string().nullable(),
    grid: CodeName.nullable(),
    target: z.object({
      caseId: z.string().nullable(),
      reportInstanceId: z.string().nullable(),
      personId: z.string().nullable(),
      organisationId: z.string().nullable(),
      addressId: z.string().nullable(),
      /** what the target is called, as the reader may see it (a case's title, a place's name, a masked name) */
      label: z.string().nullable(),
    }),
    acceptedAt: InstantText.nullable(),
    doneAt: InstantText.nullable(),
    evidence: z.string().nullable(),
    uploadIds: z.array(z.string()),
    cancelReason: z.string().nullable(),
    cancelledAt: InstantText.nullable(),
    createdAt: InstantText,
    /** what the reader may do now */
    actions: z.array(z.enum(['accept', 'done', 'cancel'])),
  })
  .meta({ id: 'FieldTask' });

export const FieldTaskPage = z
  .object({
    items: z.array(FieldTaskOut),
    total: z.number(),
    overdue: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'FieldTaskPage' });

export const FieldTaskReceipt = z
  .object({
    outcome: z.enum(['created', 'duplicate', 'new_version']),
    instanceId: z.string(),
    task: FieldTaskOut,
  })
  .meta({ id: 'FieldTaskReceipt' });

export const TaskWorkers = z
  .object({
    items: z.array(
      z.object({ id: z.string(), name: z.string(), grids: z.array(CodeName), openTasks: z.number() }),
    ),
  })
  .meta({ id: 'FieldTaskWorkers' });

export const BuildingList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        fullName: z.string(),
        gridCode: z.string().nullable(),
        rooms: z.number(),
      }),
    ),
  })
  .meta({ id: 'FieldBuildingList' });

const Resident = z.object({
  id: z.string(),
  /** masked (张*明): the plan is a list */
  name: z.string().nullable(),
  populationType: PopulationType.nullable(),
  sourceState: SourceState,
  version: z.number(),
  /** the person's tags the reader may know of: their class always, the tag itself only when shown in full */
  tags: z.array(z.object({ class: z.string(), tag: TagType.nullable() })),
});

const Room = z.object({
  id: z.string(),
  name: z.string(),
  house: z
    .object({
      id: z.string(),
      use: HouseUse,
      rented: z.boolean(),
      dangerous: z.boolean(),
      sourceState: SourceState,
      stateAt: InstantText,
      stateBy: z.string().nullable(),
      version: z.number(),
    })
    .nullable(),
  residents: z.array(Resident),
  /** residents the reader may not see (another grid worker's tag, say) */
  hiddenResidents: z.number(),
});

export const FloorPlan = z
  .object({
    building: z.object({
      id: z.string(),
      name: z.string(),
      fullName: z.string(),
      gridCode: z.string().nullable(),
      communityCode: z.string().nullable(),
    }),
    units: z.array(
      z.object({
        id: z.string().nullable(),
        name: z.string().nullable(),
        floors: z.array(
          z.object({
            id: z.string().nullable(),
            name: z.string().nullable(),
            level: z.number().nullable(),
            rooms: z.array(Room),
          }),
        ),
      }),
    ),
    counts: z.object({ rooms: z.number(), houses: z.number(), residents: z.number(), verified: z.number() }),
  })
  .meta({ id: 'FloorPlan' });

export const RoomCreated = z
  .object({ addressId: z.string(), houseId: z.string(), version: z.number() })
  .meta({ id: 'FloorPlanRoomCreated' });
