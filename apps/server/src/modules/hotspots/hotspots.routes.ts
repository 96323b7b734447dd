import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  CloseBody,
  ClusterParams,
  HotClusterDetail,
  HotClusterList,
  ListQuery,
  MetooBody,
  MetooCount,
  MetooOut,
  MetooParams,
  MonthlyOut,
  MonthlyQuery,
  NoteBody,
  RunOut,
  TaskBody,
  TaskDetail,
  TaskList,
  TaskListQuery,
  TaskParams,
} from './hotspots.io.ts';
import * as hot from './hotspots.service.ts';
import * as tasks from './proactive.service.ts';
import { forbidden } from '../../lib/errors.ts';

const tags = ['hotspots'];

/** 热点, 每月一题, 主动治理 (issue 12): thin routes over hotspots.service.ts and proactive.service.ts. */
export async function hotspotRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/hotspots',
    {
      schema: {
        tags,
        description:
          'Hot issues of the latest run by heat: clusters with a case the caller sees (a street its own, the ' +
          'district all); only hot ones (U ≥ 3) unless all=true.',
        querystring: ListQuery,
        response: { 200: HotClusterList },
      },
    },
    async (req) => hot.listHotspots(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/hotspots/monthly',
    {
      schema: {
        tags,
        description:
          '每月一题: the month’s recurring problems (group × place or population) ranked, with the trend.',
        querystring: MonthlyQuery,
        response: { 200: MonthlyOut },
      },
    },
    async (req) => hot.monthlyRanking(ctx, actorOf(req), req.query),
  );

  r.post(
    '/hotspots/refresh',
    {
      schema: {
        tags,
        description: 'Runs the hotspots job now (district supervisors and administrators).',
        response: { 200: RunOut },
      },
    },
    async (req) => {
      if (!hot.isDistrictManager(actorOf(req))) throw forbidden();
      return hot.computeHotspots(ctx);
    },
  );

  r.get(
    '/hotspots/:id',
    { schema: { tags, params: ClusterParams, response: { 200: HotClusterDetail } } },
    async (req) => hot.hotspotDetail(ctx.db, actorOf(req), req.params.id),
  );

  r.get(
    '/proactive-tasks',
    { schema: { tags, querystring: TaskListQuery, response: { 200: TaskList } } },
    async (req) => tasks.listTasks(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/proactive-tasks',
    {
      schema: {
        tags,
        description: 'A topic or hot cluster becomes a proactive task (主动治理); its units are notified.',
        body: TaskBody,
        response: { 201: TaskDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await tasks.createTask(ctx, actor, req.body);
      return reply.status(201).send(await tasks.taskDetail(ctx, actor, id));
    },
  );

  r.get(
    '/proactive-tasks/:id',
    { schema: { tags, params: TaskParams, response: { 200: TaskDetail } } },
    async (req) => tasks.taskDetail(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/proactive-tasks/:id/notes',
    { schema: { tags, params: TaskParams, body: NoteBody, response: { 200: TaskDetail } } },
    async (req) => {
      const actor = actorOf(req);
      await tasks.addNote(ctx, actor, req.params.id, req.body.body);
      return tasks.taskDetail(ctx, actor, req.params.id);
    },
  );

  r.post(
    '/proactive-tasks/:id/close',
    { schema: { tags, params: TaskParams, body: CloseBody, response: { 200: TaskDetail } } },
    async (req) => {
      const actor = actorOf(req);
      await tasks.closeTask(ctx, actor, req.params.id, req.body.note);
      return tasks.taskDetail(ctx, actor, req.params.id);
    },
  );

  // Residents' 我也是 on a published case (its public id, as on the Open311 feed and the public pages).
  r.post(
    '/public/cases/:id/metoo',
    {
      schema: { tags: ['public'], params: MetooParams, body: MetooBody, response: { 200: MetooOut } },
      config: { auth: false, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => hot.addMetoo(ctx, req.params.id, req.body.phone),
  );

  r.get(
    '/public/cases/:id/metoo',
    {
      schema: { tags: ['public'], params: MetooParams, response: { 200: MetooCount } },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => hot.readMetoo(ctx.db, req.params.id),
  );
}
