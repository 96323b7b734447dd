import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { FieldviewQuery, WorkerParams, WorkerQuery } from './fieldview.io.ts';
import { FieldGrids, FieldOverview, FieldWorker } from './fieldview.responses.ts';
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
}
