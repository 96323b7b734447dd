import { z } from 'zod';
import { TagType } from '@onegrid/domain';
import { CodeName, GeoJsonGeometry, InstantText } from '../../lib/responses.ts';

export const PatrolOut = z
  .object({
    id: z.string(),
    worker: z.object({ id: z.string(), name: z.string() }),
    grid: CodeName,
    startedAt: InstantText,
    endedAt: InstantText.nullable(),
    tracking: z.boolean(),
    distanceM: z.number().nullable(),
    pointCount: z.number(),
    checkinCount: z.number(),
    note: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Patrol' });

export const SubmissionOutcome = z
  .enum(['created', 'duplicate', 'new_version'])
  .meta({ id: 'SubmissionOutcome' });

export const PatrolReceipt = z
  .object({ outcome: SubmissionOutcome, instanceId: z.string(), patrol: PatrolOut })
  .meta({ id: 'PatrolReceipt' });

export const PatrolPage = z
  .object({ items: z.array(PatrolOut), total: z.number(), page: z.number(), pageSize: z.number() })
  .meta({ id: 'PatrolPage' });

export const PatrolTrack = z
  .object({
    patrolId: z.string(),
    keepDays: z.number(),
    accuracyThresholdM: z.number(),
    points: z.array(
      z.object({
        at: InstantText,
        lon: z.number(),
        lat: z.number(),
        accuracyM: z.number().nullable(),
        quality: z.enum(['good', 'coarse', 'unknown']),
      }),
    ),
    checkins: z.array(
      z.object({
        at: InstantText,
        lon: z.number().nullable(),
        lat: z.number().nullable(),
        accuracyM: z.number().nullable(),
        addressId: z.string().nullable(),
        organisationId: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PatrolTrack' });

export const Coverage = z
  .object({
    period: z.enum(['today', 'week']),
    from: InstantText,
    grids: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        communityCode: z.string(),
        patrols: z.number(),
        workers: z.number(),
        lastPatrolAt: InstantText.nullable(),
      }),
    ),
    total: z.number(),
    covered: z.number(),
  })
  .meta({ id: 'Coverage' });

export const VisitDueItem = z
  .object({
    tagId: z.string(),
    person: z.object({ id: z.string(), name: z.string() }),
    class: z.enum(['P0', 'P1', 'P2', 'P3']),
    /** the tag's type and level when the worker sees them in full; null: shown by class only */
    tag: TagType.nullable(),
    level: z.string().nullable(),
    assigned: z.boolean(),
    dueAt: InstantText,
    reason: z.enum(['first', 'interval', 'major_change']),
    state: z.enum(['upcoming', 'due', 'overdue']),
    lastVisitAt: InstantText.nullable(),
  })
  .meta({ id: 'VisitDueItem' });

export const VisitsDue = z
  .object({
    items: z.array(VisitDueItem),
    counts: z.object({ overdue: z.number(), due: z.number(), upcoming: z.number() }),
  })
  .meta({ id: 'VisitsDue' });

export const VisitReceipt = z
  .object({
    outcome: SubmissionOutcome,
    instanceId: z.string(),
    visit: z.object({
      id: z.string(),
      personId: z.string(),
      tagId: z.string().nullable(),
      mode: z.enum(['door', 'phone', 'video']),
      visitedAt: InstantText,
      anomaly: z.boolean(),
      version: z.number(),
      signoff: z.object({ unitId: z.string(), yellowAt: InstantText, redAt: InstantText }).nullable(),
      /** the case an anomaly without a responsible department opened */
      caseId: z.string().nullable(),
      uploadIds: z.array(z.string()),
    }),
    /** the base records the visit's updates wrote (verified by the worker), on this submission only */
    baseWritten: z.array(
      z.object({ entity: z.enum(['residence', 'rental', 'house']), id: z.string(), version: z.number() }),
    ),
  })
  .meta({ id: 'VisitReceipt' });

export const QuickFixOut = z
  .object({
    id: z.string(),
    patrolId: z.string().nullable(),
    worker: z.object({ id: z.string(), name: z.string() }),
    grid: CodeName,
    description: z.string(),
    categoryCode: z.string().nullable(),
    beforeUploadIds: z.array(z.string()),
    afterUploadIds: z.array(z.string()),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    accuracyM: z.number().nullable(),
    addressId: z.string().nullable(),
    settledAt: InstantText,
    version: z.number(),
  })
  .meta({ id: 'QuickFix' });

export const QuickFixReceipt = z
  .object({ outcome: SubmissionOutcome, instanceId: z.string(), quickFix: QuickFixOut })
  .meta({ id: 'QuickFixReceipt' });

const Point = z.tuple([z.number(), z.number()]).meta({ description: '[lon, lat] (WGS-84)' });

/** What the phone keeps for offline work (GET /api/field/bundle). */
export const FieldBundle = z
  .object({
    /** a hash of everything below but `generatedAt`: the phone refreshes when it changes */
    version: z.string(),
    generatedAt: InstantText,
    settings: z.object({
      accuracyThresholdM: z.number(),
      trackIntervalS: z.number(),
      trackKeepDays: z.number(),
    }),
    grids: z.array(z.object({ code: z.string(), name: z.string(), boundary: GeoJsonGeometry })),
    roads: z.array(z.object({ id: z.string(), name: z.string(), line: GeoJsonGeometry })),
    buildings: z.array(
      z.object({ id: z.string(), name: z.string(), point: Point, footprint: GeoJsonGeometry.nullable() }),
    ),
    keyPlaces: z.array(
      z.object({ id: z.string(), kind: z.enum(['organisation', 'address']), name: z.string(), point: Point }),
    ),
    households: z.array(
      z.object({
        addressId: z.string(),
        houseId: z.string(),
        label: z.string(),
        buildingId: z.string().nullable(),
        residents: z.array(
          z.object({
            personId: z.string(),
            /** for a base-data update (moved out) from a visit */
            residenceId: z.string(),
            /** masked as the persons list masks it */
            name: z.string(),
            tags: z.array(
              z.object({
                tagId: z.string(),
                class: z.enum(['P2', 'P3']),
                /** the type and level when the viewer sees the tag in full; null: shown by class only */
                tag: TagType.nullable(),
                level: z.string().nullable(),
                /** the key of `checklists` for a visit for this tag */
                checklist: z.string(),
              }),
            ),
          }),
        ),
      }),
    ),
    visitsDue: z.array(VisitDueItem),
    /** per tag type, per class ('P2', 'P3': a tag shown by class only) and 'general' (a visit not for a tag) */
    checklists: z.record(z.string(), z.array(z.object({ key: z.string(), zh: z.string(), en: z.string() }))),
  })
  .meta({ id: 'FieldBundle' });

export const Signoff = z
  .object({
    id: z.string(),
    state: z.enum(['pending', 'signed', 'replied']),
    /** green before the yellow deadline, yellow until the red one, red after (a late signature keeps its light) */
    light: z.enum(['green', 'yellow', 'red']),
    yellowAt: InstantText,
    redAt: InstantText,
    signedAt: InstantText.nullable(),
    signedBy: z.string().nullable(),
    reply: z.string().nullable(),
    repliedAt: InstantText.nullable(),
    visit: z.object({
      id: z.string(),
      visitedAt: InstantText,
      mode: z.enum(['door', 'phone', 'video']),
      tag: TagType.nullable(),
      anomalyNote: z.string().nullable(),
      /** masked */
      person: z.string(),
      worker: z.string(),
      grid: z.string().nullable(),
    }),
  })
  .meta({ id: 'VisitSignoff' });

export const SignoffList = z
  .object({
    items: z.array(Signoff),
    counts: z.object({ pending: z.number(), signed: z.number(), replied: z.number() }),
  })
  .meta({ id: 'VisitSignoffList' });

export const VisitOut = z
  .object({
    id: z.string(),
    personId: z.string(),
    workerId: z.string(),
    mode: z.enum(['door', 'phone', 'video']),
    visitedAt: InstantText,
    anomaly: z.boolean(),
    anomalyNote: z.string().nullable(),
    checklist: z.record(z.string(), z.string()),
    note: z.string().nullable(),
    uploadIds: z.array(z.string()),
    version: z.number(),
    signoff: Signoff.nullable(),
  })
  .meta({ id: 'FieldVisit' });

export const DailyLog = z
  .object({
    date: z.string(),
    worker: z.object({ id: z.string(), name: z.string() }),
    totals: z.object({
      patrols: z.number(),
      distanceM: z.number(),
      checkins: z.number(),
      findings: z.number(),
      quickFixes: z.number(),
      visits: z.number(),
    }),
    patrols: z.array(PatrolOut),
    checkins: z.array(
      z.object({
        patrolId: z.string(),
        at: InstantText,
        lon: z.number().nullable(),
        lat: z.number().nullable(),
        accuracyM: z.number().nullable(),
        organisationId: z.string().nullable(),
        addressId: z.string().nullable(),
        place: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    findings: z.array(
      z.object({
        caseId: z.string(),
        title: z.string(),
        status: z.string(),
        categoryCode: z.string().nullable(),
        at: InstantText,
      }),
    ),
    quickFixes: z.array(QuickFixOut),
    visits: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        class: z.enum(['P0', 'P1', 'P2', 'P3']),
        mode: z.enum(['door', 'phone', 'video']),
        visitedAt: InstantText,
        anomaly: z.boolean(),
        version: z.number(),
        signoff: z
          .object({
            state: z.enum(['pending', 'signed', 'replied']),
            light: z.enum(['green', 'yellow', 'red']),
          })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'FieldDailyLog' });
