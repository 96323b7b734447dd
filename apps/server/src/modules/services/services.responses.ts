import { z } from 'zod';
import {
  ApplicationStatus,
  MaterialState,
  ServiceChannel,
  ServiceGuide,
  ServiceMaterial,
  StageStatus,
} from '@onegrid/domain';

const Unit = z.object({ id: z.string(), name: z.string() });
const Light = z.enum(['green', 'yellow', 'red', 'done']);

export const ServiceDepartment = z
  .object({ unitId: z.string(), unitName: z.string(), days: z.number() })
  .meta({ id: 'ServiceDepartment' });

export const ServiceItemSummary = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    promisedDays: z.number(),
    visits: z.number(),
    materialsCount: z.number(),
    departments: z.array(ServiceDepartment),
    active: z.boolean(),
    demo: z.boolean(),
  })
  .meta({ id: 'ServiceItemSummary' });

export const ServiceItemDetail = ServiceItemSummary.extend({
  guide: ServiceGuide,
  publicPath: z.string(),
}).meta({ id: 'ServiceItemDetail' });

export const BundleMaterialOut = ServiceMaterial.extend({ itemCodes: z.array(z.string()) }).meta({
  id: 'ServiceBundleMaterial',
});

export const ServiceBundleDetail = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    description: z.string(),
    items: z.array(ServiceItemSummary),
    materials: z.array(BundleMaterialOut),
    promisedDays: z.number(),
    active: z.boolean(),
  })
  .meta({ id: 'ServiceBundleDetail' });

export const Catalogue = z.object({
  items: z.array(ServiceItemSummary),
  bundles: z.array(ServiceBundleDetail),
});

export const SendResult = z.object({ sent: z.boolean(), text: z.string(), phone: z.string() });

export const StageOut = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    trackingCode: z.string(),
    title: z.string(),
    item: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    unit: Unit,
    days: z.number(),
    status: StageStatus,
    startAt: z.date(),
    dueAt: z.date(),
    decidedAt: z.date().nullable(),
    note: z.string().nullable(),
    light: Light,
    overdue: z.boolean(),
    late: z.boolean(),
  })
  .meta({ id: 'ServiceStage' });

export const MaterialOut = ServiceMaterial.extend({
  itemCodes: z.array(z.string()),
  state: MaterialState,
  uploadId: z.string().nullable(),
}).meta({ id: 'ServiceApplicationMaterial' });

export const ObligationOut = z
  .object({
    materialCode: z.string(),
    materialName: z.string(),
    dueAt: z.date(),
    fulfilledAt: z.date().nullable(),
    state: z.enum(['open', 'overdue', 'fulfilled']),
  })
  .meta({ id: 'ServiceObligation' });

export const ApplicationSummary = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    title: z.string(),
    bundle: z.boolean(),
    applicant: z.object({ name: z.string().nullable(), idNumber: z.string().nullable() }),
    channel: ServiceChannel,
    window: Unit,
    status: ApplicationStatus,
    tolerant: z.boolean(),
    receivedAt: z.date(),
    dueAt: z.date().nullable(),
    stagesDone: z.number(),
    stagesTotal: z.number(),
    light: Light,
    overdue: z.boolean(),
    owed: z.number(),
    demo: z.boolean(),
  })
  .meta({ id: 'ServiceApplicationSummary' });

export const ApplicationPage = z.object({ items: z.array(ApplicationSummary), total: z.number() });

export const ApplicationDetail = ApplicationSummary.extend({
  items: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  materials: z.array(MaterialOut),
  obligations: z.array(ObligationOut),
  stages: z.array(StageOut),
  outcome: z.enum(['approved', 'rejected']).nullable(),
  mergedAt: z.date().nullable(),
  handedOutAt: z.date().nullable(),
  note: z.string().nullable(),
  events: z.array(
    z.object({
      kind: z.string(),
      unitName: z.string().nullable(),
      note: z.string().nullable(),
      at: z.date(),
    }),
  ),
  canHandOut: z.boolean(),
  /** the caller's unit's open stage, to act on from the detail */
  myStageIds: z.array(z.string()),
}).meta({ id: 'ServiceApplicationDetail' });

export const StagePage = z.object({ items: z.array(StageOut), total: z.number() });

/** What the tracking code shows a resident: no personal data but the masked name. */
export const PublicTrack = z
  .object({
    trackingCode: z.string(),
    title: z.string(),
    applicant: z.string().nullable(),
    status: ApplicationStatus,
    tolerant: z.boolean(),
    receivedAt: z.date(),
    dueAt: z.date().nullable(),
    window: z.string(),
    outcome: z.enum(['approved', 'rejected']).nullable(),
    handedOutAt: z.date().nullable(),
    obligations: z.array(ObligationOut),
    stages: z.array(
      z.object({
        item: z.string(),
        unit: z.string(),
        status: StageStatus,
        dueAt: z.date(),
        decidedAt: z.date().nullable(),
        light: Light,
      }),
    ),
  })
  .meta({ id: 'ServicePublicTrack' });

export const PublicCatalogue = z.object({
  items: z.array(ServiceItemSummary.omit({ departments: true, active: true })),
  bundles: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      itemCount: z.number(),
    }),
  ),
});

export const PublicItem = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    guide: ServiceGuide,
    departments: z.array(z.string()),
    demo: z.boolean(),
  })
  .meta({ id: 'ServicePublicItem' });
