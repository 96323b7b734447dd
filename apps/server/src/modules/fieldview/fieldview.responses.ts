import { z } from 'zod';
import { TagType } from '@onegrid/domain';
import { CodeName, InstantText } from '../../lib/responses.ts';

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
