import { z } from 'zod';
import { TagType } from '@onegrid/domain';
import { CodeName, InstantText } from '../../lib/responses.ts';
import { PatrolOut, QuickFixOut } from '../fieldwork/fieldwork.responses.ts';

const PrivacyClass = z.enum(['P0', 'P1', 'P2', 'P3']);
const States = z.object({ overdue: z.number(), due: z.number(), upcoming: z.number() });

export const FieldviewScope = z
  .object({ code: z.string(), name: z.string(), level: z.string() })
  .meta({ id: 'FieldviewScope' });

export const FieldOverview = z
  .object({
    scope: FieldviewScope,
    period: z.enum(['today', 'week']),
    from: InstantText,
    staffing: z.object({ grids: z.number(), staffed: z.number(), workers: z.number() }),
    coverage: z.object({ grids: z.number(), covered: z.number() }),
    patrols: z.object({
      count: z.number(),
      workers: z.number(),
      distanceM: z.number(),
      checkins: z.number(),
    }),
    quickFixes: z.number(),
    /** visits by rule per tag the viewer may count (P3 only to whom it is visible, never folded into a total) */
    visits: z.object({
      byTag: z.array(States.extend({ tag: TagType, class: PrivacyClass, done: z.number() })),
      total: States.extend({ done: z.number() }),
    }),
    /** anomalies found on visits and their departments' sign-off (签收), over the tags the viewer may count */
    signoffs: z.object({
      pending: z.number(),
      yellow: z.number(),
      red: z.number(),
      signed: z.number(),
      replied: z.number(),
    }),
    tasks: z.object({
      assigned: z.number(),
      accepted: z.number(),
      done: z.number(),
      cancelled: z.number(),
      overdue: z.number(),
    }),
    mediation: z.object({ total: z.number(), byStatus: z.record(z.string(), z.number()) }),
  })
  .meta({ id: 'FieldOverview' });

export const FieldGridRow = z
  .object({
    code: z.string(),
    name: z.string(),
    community: CodeName,
    workers: z.array(z.object({ id: z.string(), name: z.string() })),
    patrols: z.number(),
    lastPatrolAt: InstantText.nullable(),
    quickFixes: z.number(),
    visitsOverdue: z.number(),
    visitsDue: z.number(),
    tasksOpen: z.number(),
    tasksOverdue: z.number(),
  })
  .meta({ id: 'FieldGridRow' });

export const FieldGrids = z
  .object({
    scope: FieldviewScope,
    period: z.enum(['today', 'week']),
    from: InstantText,
    items: z.array(FieldGridRow),
  })
  .meta({ id: 'FieldGrids' });

export const FieldWorker = z
  .object({
    worker: z.object({ id: z.string(), name: z.string(), username: z.string(), unit: z.string() }),
    grids: z.array(CodeName),
    from: InstantText,
    visitsDue: States,
    patrols: z.array(
      z.object({
        id: z.string(),
        grid: CodeName,
        startedAt: InstantText,
        endedAt: InstantText.nullable(),
        tracking: z.boolean(),
        distanceM: z.number().nullable(),
        checkins: z.number(),
        note: z.string().nullable(),
      }),
    ),
    quickFixes: z.array(
      z.object({
        id: z.string(),
        settledAt: InstantText,
        description: z.string(),
        categoryCode: z.string().nullable(),
        gridCode: z.string(),
      }),
    ),
    /** visits as the viewer may see them: a tag hidden from the viewer is not listed, one masked by its class */
    visits: z.array(
      z.object({
        id: z.string(),
        visitedAt: InstantText,
        mode: z.enum(['door', 'phone', 'video']),
        person: z.object({ id: z.string(), name: z.string().nullable() }),
        class: PrivacyClass,
        tag: TagType.nullable(),
        anomaly: z.boolean(),
        signoff: z.enum(['pending', 'yellow', 'red', 'signed', 'replied']).nullable(),
      }),
    ),
    tasks: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        title: z.string(),
        status: z.string(),
        dueAt: InstantText,
        overdue: z.boolean(),
        doneAt: InstantText.nullable(),
      }),
    ),
  })
  .meta({ id: 'FieldWorker' });

const Quality = z.enum(['good', 'coarse', 'unknown']);

/** One visit for the drill-down: the detail only when the viewer's class view shows it (`shown`). */
export const FieldVisitRecord = z
  .object({
    id: z.string(),
    worker: z.object({ id: z.string(), name: z.string() }),
    grid: CodeName.nullable(),
    visitedAt: InstantText,
    mode: z.enum(['door', 'phone', 'video']),
    version: z.number(),
    class: PrivacyClass,
    view: z.enum(['own', 'masked', 'revealable', 'full']),
    shown: z.boolean(),
    /** the detail can be shown on request with a reason (`?reveal=`) */
    revealable: z.boolean(),
    /** masked */
    person: z.object({ id: z.string(), name: z.string().nullable() }),
    tag: TagType.nullable(),
    anomaly: z.boolean(),
    detail: z
      .object({
        point: z
          .object({ lon: z.number(), lat: z.number(), accuracyM: z.number().nullable(), quality: Quality })
          .nullable(),
        photoIds: z.array(z.string()),
        checklist: z.record(z.string(), z.string()),
        note: z.string().nullable(),
        anomalyNote: z.string().nullable(),
        baseUpdates: z.array(
          z.object({
            entity: z.enum(['residence', 'rental', 'house']),
            id: z.string(),
            version: z.number(),
            at: InstantText,
          }),
        ),
      })
      .nullable(),
    case: z.object({ id: z.string(), title: z.string(), status: z.string() }).nullable(),
    /** the responsible department's sign-off (签收) of the anomaly, with its yellow and red deadlines */
    signoff: z
      .object({
        unit: z.string(),
        state: z.enum(['pending', 'signed', 'replied']),
        light: z.enum(['green', 'yellow', 'red']),
        yellowAt: InstantText,
        redAt: InstantText,
        signedAt: InstantText.nullable(),
        signedBy: z.string().nullable(),
        reply: z.string().nullable(),
        repliedAt: InstantText.nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'FieldVisitRecord' });

/** One patrol for the drill-down: the GPS track only to the worker and their supervisors. */
export const FieldPatrolRecord = z
  .object({
    patrol: PatrolOut,
    checkins: z.array(
      z.object({
        at: InstantText,
        lon: z.number().nullable(),
        lat: z.number().nullable(),
        accuracyM: z.number().nullable(),
        place: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    findings: z.array(
      z.object({ caseId: z.string(), title: z.string(), status: z.string(), at: InstantText }),
    ),
    quickFixes: z.array(z.object({ id: z.string(), description: z.string(), settledAt: InstantText })),
    trackState: z.enum(['shown', 'withheld', 'not_recorded']),
    track: z
      .object({
        keepDays: z.number(),
        accuracyThresholdM: z.number(),
        points: z.array(
          z.object({
            at: InstantText,
            lon: z.number(),
            lat: z.number(),
            accuracyM: z.number().nullable(),
            quality: Quality,
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'FieldPatrolRecord' });

export const FieldQuickFixRecord = QuickFixOut.extend({ place: z.string().nullable() }).meta({
  id: 'FieldQuickFixRecord',
});
