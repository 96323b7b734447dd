import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { checkKey } from '../../lib/idempotency.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { sendOnce } from '../basedata/public.ts';
import {
  BuildingParams,
  BuildingQuery,
  FieldTaskCancel,
  FieldTaskDone,
  FieldTaskParams,
  FieldTaskQuery,
  NewFieldTask,
  NewRoom,
  WorkerQuery,
} from './fieldtasks.io.ts';
import {
  BuildingList,
  FieldTaskOut,
  FieldTaskPage,
  FieldTaskReceipt,
  FloorPlan,
  RoomCreated,
  TaskWorkers,
} from './fieldtasks.responses.ts';
import * as plan from './plan.service.ts';
import * as tasks from './tasks.service.ts';

const tags = ['fieldwork'];

/** Tasks to grid workers and the 楼盘表 on the phone (issue 11). */
export async function fieldtasksRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/field/tasks',
    {
      schema: {
        tags,
        description:
          'Give a grid worker of your territory a task with a deadline (street or community staff); the kind names ' +
          'its target (a case, a 一表通 instance, a person, a place, a building). The worker is notified. Accepts ' +
          'an Idempotency-Key.',
        body: NewFieldTask,
        response: { 201: FieldTaskOut },
      },
    },
    async (req, reply) => {
      const raw = req.headers['idempotency-key'];
      const out = await tasks.createTask(
        ctx,
        actorOf(req),
        req.body,
        checkKey(Array.isArray(raw) ? raw[0] : raw),
      );
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(out.task);
    },
  );

  r.get(
    '/field/tasks',
    {
      schema: {
        tags,
        description:
          "A grid worker's own tasks; street or community staff and supervisors: the tasks of their territory's " +
          'grids, by status, overdue, worker, grid and kind. Open tasks first, by deadline.',
        querystring: FieldTaskQuery,
        response: { 200: FieldTaskPage },
      },
    },
    async (req) => tasks.listTasks(ctx, actorOf(req), req.query),
  );

  r.get(
    '/field/tasks/workers',
    {
      schema: {
        tags,
        description:
          'The grid workers of your territory with their grids and open tasks (to pick whom to give a task).',
        querystring: WorkerQuery,
        response: { 200: TaskWorkers },
      },
    },
    async (req) => tasks.taskWorkers(ctx.db, actorOf(req), req.query.gridCode),
  );

  r.get(
    '/field/tasks/:id',
    { schema: { tags, params: FieldTaskParams, response: { 200: FieldTaskOut } } },
    async (req) => tasks.getTask(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/field/tasks/:id/accept',
    {
      schema: {
        tags,
        description: 'The worker accepts a task given to them.',
        params: FieldTaskParams,
        response: { 200: FieldTaskOut },
      },
    },
    async (req) => tasks.acceptTask(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/field/tasks/:id/done',
    {
      schema: {
        tags,
        description:
          'The worker reports the task done with evidence and photos, exactly once by a client instance id (the ' +
          'same id and content again adds nothing; other content under it: 409; an edit replaces it with a reason).',
        params: FieldTaskParams,
        body: FieldTaskDone,
        response: { 200: FieldTaskReceipt },
      },
    },
    async (req) => tasks.doneTask(ctx, actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/field/tasks/:id/cancel',
    {
      schema: {
        tags,
        description: 'The issuing side cancels an open task, with a reason; the worker is notified.',
        params: FieldTaskParams,
        body: FieldTaskCancel,
        response: { 200: FieldTaskOut },
      },
    },
    async (req) => tasks.cancelTask(ctx, actorOf(req), req.params.id, req.body.reason),
  );

  r.get(
    '/field/buildings',
    {
      schema: {
        tags,
        description: "Buildings of the grid worker's grids (staff: their territory), by name.",
        querystring: BuildingQuery,
        response: { 200: BuildingList },
      },
    },
    async (req) => plan.searchBuildings(ctx, actorOf(req), req.query),
  );

  r.get(
    '/field/buildings/:addressId/plan',
    {
      schema: {
        tags,
        description:
          "A building's 楼盘表: units → floors → rooms, each room's house (use, rented, verified) and residents, " +
          'names masked and tags by privacy class. Grid workers for their grids; community and street staff.',
        params: BuildingParams,
        response: { 200: FloorPlan },
      },
    },
    async (req) => plan.floorPlan(ctx, actorOf(req), req.params.addressId),
  );

  r.post(
    '/field/buildings/:addressId/rooms',
    {
      schema: {
        tags,
        description:
          'A room found on site: its address under a floor (unit, building) of this building and its house.',
        params: BuildingParams,
        body: NewRoom,
        response: { 201: RoomCreated },
      },
    },
    async (req, reply) =>
      reply.send(
        await sendOnce(ctx, req, reply, 201, (c) =>
          plan.addRoom(c, actorOf(req), req.params.addressId, req.body),
        ),
      ),
  );
}
