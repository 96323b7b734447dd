import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  ApplicationBody,
  ApplicationListQuery,
  DecisionsBody,
  IdParams,
  ItemBody,
  ItemListQuery,
  NoteBody,
  OffgateBody,
  OffgateHandleBody,
  ReviewBody,
  RoundBody,
  TaskBody,
  TaskDoneBody,
  WorkloadQuery,
} from './admission.io.ts';
import {
  AdmissionApplicationDetail,
  AdmissionApplicationList,
  AdmissionItemDetail,
  AdmissionItemList,
  AdmissionRoundDetail,
  AdmissionRoundList,
  CommunityTaskList,
  CommunityTaskOut,
  CommunityTaskSent,
  CommunityWorkloadOut,
  DistrictWorkloadOut,
  OffgateList,
  OffgateOut,
} from './admission.responses.ts';
import * as service from './admission.service.ts';
import * as work from './admission.work.ts';

const tags = ['admission'];

/**
 * Community task admission (社区准入, 费随事转, issue 13): the district's three lists, departments' applications, the
 * joint body's rounds, supervision and exit, tasks sent to communities through the gate, off-gate reports and
 * each community's workload and money. Who may do what: admission.access.ts.
 */
export async function admissionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/admission/items',
    {
      schema: {
        tags,
        description:
          "The caller's district's lists: duties by law (duty), assisted tasks (assist), the negative list; items in " +
          'force unless all=true. Every staff user reads them.',
        querystring: ItemListQuery,
        response: { 200: AdmissionItemList },
      },
    },
    async (req) => service.listItems(db, actorOf(req), req.query),
  );
  r.post(
    '/admission/items',
    {
      schema: {
        tags,
        description:
          'The civil-affairs office puts a duty by law or a negative-list item straight on its list.',
        body: ItemBody,
        response: { 201: AdmissionItemDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await service.addItem(db, actorOf(req), req.body)),
  );
  r.get(
    '/admission/items/:id',
    {
      schema: {
        tags,
        description: 'An item: its terms, money and hours, supervision notes, what was sent on it.',
        params: IdParams,
        response: { 200: AdmissionItemDetail },
      },
    },
    async (req) => service.itemDetail(db, actorOf(req), req.params.id),
  );
  r.post(
    '/admission/items/:id/supervise',
    {
      schema: {
        tags,
        description: '事中监督: a supervision note on an item in force (the office).',
        params: IdParams,
        body: NoteBody,
        response: { 200: AdmissionItemDetail },
      },
    },
    async (req) => service.superviseItem(db, actorOf(req), req.params.id, req.body.note),
  );
  r.post(
    '/admission/items/:id/exit',
    {
      schema: {
        tags,
        description:
          '退出: the item leaves the list with the reason; nothing more can be sent on it (the office).',
        params: IdParams,
        body: NoteBody,
        response: { 200: AdmissionItemDetail },
      },
    },
    async (req) => service.exitItem(db, actorOf(req), req.params.id, req.body.note),
  );

  r.get(
    '/admission/applications',
    {
      schema: {
        tags,
        description:
          "Applications: the department's own; for the civil-affairs office, all of the district's.",
        querystring: ApplicationListQuery,
        response: { 200: AdmissionApplicationList },
      },
    },
    async (req) => service.listApplications(db, actorOf(req), req.query.status),
  );
  r.post(
    '/admission/applications',
    {
      schema: {
        tags,
        description:
          'A department applies for an item (legal basis, community role, powers, time limit, funding, staff and ' +
          'training that come with it); a draft, or submitted at once (submit=true).',
        body: ApplicationBody,
        response: { 201: AdmissionApplicationDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await service.createApplication(db, actor, req.body);
      return reply.status(201).send(await service.applicationDetail(db, actor, id));
    },
  );
  r.get(
    '/admission/applications/:id',
    { schema: { tags, params: IdParams, response: { 200: AdmissionApplicationDetail } } },
    async (req) => service.applicationDetail(db, actorOf(req), req.params.id),
  );
  r.put(
    '/admission/applications/:id',
    {
      schema: {
        tags,
        description: 'The department changes a draft or returned application (submit=true submits it).',
        params: IdParams,
        body: ApplicationBody,
        response: { 200: AdmissionApplicationDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.editApplication(db, actor, req.params.id, req.body);
      return service.applicationDetail(db, actor, req.params.id);
    },
  );
  r.post(
    '/admission/applications/:id/submit',
    { schema: { tags, params: IdParams, response: { 200: AdmissionApplicationDetail } } },
    async (req) => {
      const actor = actorOf(req);
      await service.submitApplication(db, actor, req.params.id);
      return service.applicationDetail(db, actor, req.params.id);
    },
  );
  r.post(
    '/admission/applications/:id/review',
    {
      schema: {
        tags,
        description: '初审 by the civil-affairs office: pass it on to a round, or return it with the reason.',
        params: IdParams,
        body: ReviewBody,
        response: { 200: AdmissionApplicationDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.reviewApplication(db, actor, req.params.id, req.body);
      return service.applicationDetail(db, actor, req.params.id);
    },
  );
  r.post(
    '/admission/applications/:id/enter',
    {
      schema: {
        tags,
        description:
          '准入: an approved application goes on the assist list as an item in force (the office).',
        params: IdParams,
        response: { 200: AdmissionApplicationDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.enterApplication(db, actor, req.params.id);
      return service.applicationDetail(db, actor, req.params.id);
    },
  );

  r.get('/admission/rounds', { schema: { tags, response: { 200: AdmissionRoundList } } }, async (req) =>
    service.listRounds(db, actorOf(req)),
  );
  r.post(
    '/admission/rounds',
    {
      schema: {
        tags,
        description: 'A batch round of the joint body (联席会议) with the reviewed applications it decides.',
        body: RoundBody,
        response: { 201: AdmissionRoundDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await service.createRound(db, actor, req.body);
      return reply.status(201).send(await service.roundDetail(db, actor, id));
    },
  );
  r.get(
    '/admission/rounds/:id',
    { schema: { tags, params: IdParams, response: { 200: AdmissionRoundDetail } } },
    async (req) => service.roundDetail(db, actorOf(req), req.params.id),
  );
  r.post(
    '/admission/rounds/:id/decisions',
    {
      schema: {
        tags,
        description:
          "The joint body's decisions (approve/reject with a note), the minutes, and closing the round.",
        params: IdParams,
        body: DecisionsBody,
        response: { 200: AdmissionRoundDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.decideRound(db, actor, req.params.id, req.body);
      return service.roundDetail(db, actor, req.params.id);
    },
  );

  r.get('/admission/tasks', { schema: { tags, response: { 200: CommunityTaskList } } }, async (req) =>
    work.listTasks(db, actorOf(req)),
  );
  r.post(
    '/admission/tasks',
    {
      schema: {
        tags,
        description:
          'A department sends a task to communities: refused (ADMISSION_REQUIRED, ADMISSION_NEGATIVE_LIST) unless ' +
          'an admitted item in force, of the sender and the kind, covering every community, is attached.',
        body: TaskBody,
        response: { 201: CommunityTaskSent },
      },
    },
    async (req, reply) => reply.status(201).send(await work.sendTask(db, actorOf(req), req.body)),
  );
  r.post(
    '/admission/tasks/:id/done',
    {
      schema: {
        tags,
        description: 'The community marks its task done.',
        params: IdParams,
        body: TaskDoneBody,
        response: { 200: CommunityTaskOut },
      },
    },
    async (req) => work.finishTask(db, actorOf(req), req.params.id, req.body.note),
  );

  r.get(
    '/admission/offgate',
    {
      schema: {
        tags,
        description:
          'Requests that came outside the gate, counted by community and requester (the community its own).',
        response: { 200: OffgateList },
      },
    },
    async (req) => work.listOffgate(db, actorOf(req)),
  );
  r.post(
    '/admission/offgate',
    {
      schema: {
        tags,
        description:
          "A community reports a request outside the gate (who, what, when, evidence) to the district's office.",
        body: OffgateBody,
        response: { 201: OffgateOut },
      },
    },
    async (req, reply) => reply.status(201).send(await work.reportOffgate(db, actorOf(req), req.body)),
  );
  r.post(
    '/admission/offgate/:id/handle',
    {
      schema: {
        tags,
        description: 'The office answers a report.',
        params: IdParams,
        body: OffgateHandleBody,
        response: { 200: OffgateOut },
      },
    },
    async (req) => work.handleOffgate(db, actorOf(req), req.params.id, req.body.note),
  );

  r.get(
    '/admission/workload',
    {
      schema: {
        tags,
        description:
          "A community's admitted items, hours a month and money a year (its own staff: their community).",
        querystring: WorkloadQuery,
        response: { 200: CommunityWorkloadOut },
      },
    },
    async (req) => work.communityWorkload(db, actorOf(req), req.query.communityCode),
  );
  r.get(
    '/admission/workload/communities',
    {
      schema: {
        tags,
        description: 'Every community of the district (a street office: its own) with hours and money.',
        response: { 200: DistrictWorkloadOut },
      },
    },
    async (req) => work.districtWorkload(db, actorOf(req)),
  );
}
