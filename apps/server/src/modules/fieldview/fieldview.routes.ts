import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { FieldviewQuery, RecordParams, VisitRecordQuery, WorkerParams, WorkerQuery } from './fieldview.io.ts';
import {
  FieldGrids,
  FieldOverview,
  FieldPatrolRecord,
  FieldQuickFixRecord,
  FieldVisitRecord,
  FieldWorker,
} from './fieldview.responses.ts';
import * as records from './record.service.ts';
import * as fieldview from './fieldview.service.ts';

const tags = ['fieldview'];

/** The street's and the community's field-work view (issue 11): read-only aggregates of their territory. */
export async function fieldviewRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/fieldview/overview',
    {
      schema: {
        tags,
        description:
          'Field work of a territory (street, community or the district; default the jurisdiction) today or this ' +
          'week: staffing, coverage, patrols, quick fixes, visits by rule per tag (P3 only to whom it is visible), ' +
          'sign-offs of anomalies, tasks and mediation files. Street leads, community staff and supervisors.',
        querystring: FieldviewQuery,
        response: { 200: FieldOverview },
      },
    },
    async (req) => fieldview.overview(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/fieldview/grids',
    {
      schema: {
        tags,
        description:
          'Every grid of the territory with its workers, patrols in the period and the last one, visits due and ' +
          'overdue, open and overdue tasks.',
        querystring: FieldviewQuery,
        response: { 200: FieldGrids },
      },
    },
    async (req) => fieldview.grids(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/fieldview/workers/:id',
    {
      schema: {
        tags,
        description:
          "A grid worker's log (patrols, quick fixes, visits as the viewer may see them, tasks, visits due): the " +
          'leads over the worker, or the worker themself. P2/P3 visits shown with their tag are audited.',
        params: WorkerParams,
        querystring: WorkerQuery,
        response: { 200: FieldWorker },
      },
    },
    async (req) => fieldview.worker(ctx.db, actorOf(req), req.params.id, req.query),
  );

  r.get(
    '/fieldview/visits/:id',
    {
      schema: {
        tags,
        description:
          'One household visit for the drill-down: mode, point with accuracy, photos, checklist, the anomaly and ' +
          'the case or department sign-off (签收) it opened, the base data it updated. By the privacy classes: its ' +
          'worker sees it all; others as their class view of the person allows — hidden: not found; masked: no ' +
          'detail; revealable: the detail with a stated reason (`reveal`); every read by others is audited.',
        params: RecordParams,
        querystring: VisitRecordQuery,
        response: { 200: FieldVisitRecord },
      },
    },
    async (req) => records.visitRecord(ctx.db, actorOf(req), req.params.id, req.query),
  );

  r.get(
    '/fieldview/patrols/:id',
    {
      schema: {
        tags,
        description:
          'One patrol for the drill-down: start and end, check-ins, findings (cases reported during it), quick ' +
          "fixes, and its GPS track — the track only to the worker and the worker's supervisors (audited); the " +
          "street's dispatcher reads the patrol without it. Other workers: forbidden; other territories: not found.",
        params: RecordParams,
        response: { 200: FieldPatrolRecord },
      },
    },
    async (req) => records.patrolRecord(ctx.db, actorOf(req), req.params.id),
  );

  r.get(
    '/fieldview/quick-fixes/:id',
    {
      schema: {
        tags,
        description:
          'One quick fix (小事不出格) with its before and after photos: its worker, and the leads and supervisors ' +
          'over its grid.',
        params: RecordParams,
        response: { 200: FieldQuickFixRecord },
      },
    },
    async (req) => records.quickFixRecord(ctx.db, actorOf(req), req.params.id),
  );
}
