import { z } from 'zod';
import { Frequency, InstanceStatus, ReportColumn, TemplateStatus } from '@onegrid/domain';

/** Response schemas of 一表通. */

const Iso = z.string();
const CellValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const TemplateOut = z
  .object({
    id: z.string(),
    name: z.string(),
    issuingUnitId: z.string(),
    issuingUnitName: z.string(),
    legalBasis: z.string(),
    frequency: Frequency,
    deadlineWorkingDays: z.number(),
    columns: z.array(ReportColumn),
    status: TemplateStatus,
    reviewNote: z.string().nullable(),
    reviewedAt: Iso.nullable(),
    createdAt: Iso,
    /** manual columns whose label asks for a fact the base holds */
    askedAgain: z.array(z.object({ key: z.string(), indicator: z.string() })),
    /** whether the caller may edit, review or send it */
    can: z.object({ edit: z.boolean(), review: z.boolean(), send: z.boolean() }),
  })
  .meta({ id: 'ReportTemplate' });
export const TemplateList = z.object({ items: z.array(TemplateOut) }).meta({ id: 'ReportTemplateList' });

export const StatusCounts = z.object({
  total: z.number(),
  draft: z.number(),
  submitted: z.number(),
  returned: z.number(),
  accepted: z.number(),
  overdue: z.number(),
});

export const SendingOut = z
  .object({
    id: z.string(),
    templateId: z.string(),
    templateName: z.string(),
    issuingUnitName: z.string(),
    period: z.string(),
    referenceDay: z.string(),
    asOf: Iso,
    dueAt: Iso,
    createdAt: Iso,
    counts: StatusCounts,
  })
  .meta({ id: 'ReportSending' });
export const SendingList = z.object({ items: z.array(SendingOut) }).meta({ id: 'ReportSendingList' });

export const InstanceSummary = z
  .object({
    id: z.string(),
    sendingId: z.string(),
    templateId: z.string(),
    templateName: z.string(),
    issuingUnitName: z.string(),
    period: z.string(),
    communityCode: z.string(),
    communityName: z.string(),
    streetName: z.string(),
    status: InstanceStatus,
    dueAt: Iso,
    overdue: z.boolean(),
    returnReason: z.string().nullable(),
    submittedAt: Iso.nullable(),
    acceptedAt: Iso.nullable(),
  })
  .meta({ id: 'ReportInstanceSummary' });
export const InstanceList = z.object({ items: z.array(InstanceSummary) }).meta({ id: 'ReportInstanceList' });

export const Provenance = z
  .object({
    query: z.record(z.string(), z.unknown()),
    asOf: Iso,
    referenceDay: z.string(),
    value: z.number(),
    count: z.number(),
    sources: z.object({ entered: z.number(), claimed: z.number(), verified: z.number() }),
    byGrid: z.record(z.string(), z.number()).optional(),
  })
  .meta({ id: 'ReportProvenance' });

export const CellOut = z
  .object({
    key: z.string(),
    source: z.enum(['query', 'manual']),
    value: CellValue,
    /** the base's value of a queried cell, kept beside a correction */
    original: CellValue,
    corrected: z.boolean(),
    reason: z.string().nullable(),
    provenance: Provenance.nullable(),
    filledAt: Iso.nullable(),
  })
  .meta({ id: 'ReportCell' });

export const InstanceDetail = InstanceSummary.extend({
  referenceDay: z.string(),
  asOf: Iso,
  columns: z.array(ReportColumn),
  cells: z.array(CellOut),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
}).meta({ id: 'ReportInstance' });

export const ConsolidatedTable = z
  .object({
    sending: SendingOut,
    columns: z.array(ReportColumn),
    rows: z.array(
      z.object({
        instanceId: z.string(),
        communityCode: z.string(),
        communityName: z.string(),
        streetName: z.string(),
        status: InstanceStatus,
        overdue: z.boolean(),
        values: z.record(z.string(), CellValue),
        corrected: z.array(z.string()),
      }),
    ),
    /** sums of the numeric columns (null for text and yes-no columns) */
    totals: z.record(z.string(), z.number().nullable()),
  })
  .meta({ id: 'ReportConsolidated' });

const SavingsCounts = z.object({ auto: z.number(), manual: z.number(), corrected: z.number() });
export const SavingsOverview = z
  .object({
    totals: SavingsCounts.extend({ askedAgain: z.number(), instances: z.number() }),
    templates: z.array(
      SavingsCounts.extend({
        templateId: z.string(),
        name: z.string(),
        issuingUnitName: z.string(),
        instances: z.number(),
        askedAgain: z.number(),
        askedAgainColumns: z.array(z.object({ key: z.string(), label: z.string(), indicator: z.string() })),
      }),
    ),
    communities: z.array(
      SavingsCounts.extend({ communityCode: z.string(), communityName: z.string(), instances: z.number() }),
    ),
  })
  .meta({ id: 'ReportSavings' });
