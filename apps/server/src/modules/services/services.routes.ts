import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { idempotencyKeyOf } from '../cases/public.ts';
import {
  ApplicationCreate,
  ApplicationListQuery,
  BundleBody,
  CodeParams,
  FulfilBody,
  IdParams,
  ItemBody,
  ObligationParams,
  SendBody,
  StageActionBody,
  StageListQuery,
} from './services.io.ts';
import {
  ApplicationDetail,
  ApplicationPage,
  Catalogue,
  PublicCatalogue,
  PublicItem,
  PublicTrack,
  SendResult,
  ServiceBundleDetail,
  ServiceItemDetail,
  StagePage,
} from './services.responses.ts';
import * as service from './services.service.ts';

const tags = ['services'];

/**
 * One-window services (一门式 / 一窗通办, issue 13). Staff read the catalogue; district administrators edit it;
 * windows (street centres, communities, 12345 operators) accept applications for any item or bundle and hand the
 * merged result out; each handling department works its own stages. Residents read the guides and track an
 * application by its code.
 */
export async function servicesRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/services/catalogue',
    {
      schema: {
        tags,
        description: 'Every service item (with its handling departments) and every 一件事 bundle.',
        response: { 200: Catalogue },
      },
    },
    async (req) => service.catalogue(ctx, actorOf(req)),
  );

  r.get(
    '/services/items/:id',
    {
      schema: {
        tags,
        description: 'An item with its full guide (办事指南).',
        params: IdParams,
        response: { 200: ServiceItemDetail },
      },
    },
    async (req) => service.itemDetail(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/services/items',
    {
      schema: {
        tags,
        description: 'A new service item (district or city administrators).',
        body: ItemBody,
        response: { 201: ServiceItemDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await service.createItem(ctx, actor, req.body);
      return reply.status(201).send(await service.itemDetail(ctx, actor, id));
    },
  );

  r.put(
    '/services/items/:id',
    {
      schema: {
        tags,
        description:
          'Edit an item: guide, departments and their limits, active (district or city administrators).',
        params: IdParams,
        body: ItemBody,
        response: { 200: ServiceItemDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.updateItem(ctx, actor, req.params.id, req.body);
      return service.itemDetail(ctx, actor, req.params.id);
    },
  );

  r.post(
    '/services/items/:id/send',
    {
      schema: {
        tags,
        description:
          '一次性告知 by SMS through the notifier: materials, time limit and the public guide link; audited.',
        params: IdParams,
        body: SendBody,
        response: { 200: SendResult },
      },
    },
    async (req) =>
      service.sendGuide(ctx, actorOf(req), req.params.id, req.body.phone, `${req.protocol}://${req.host}`),
  );

  r.get(
    '/services/bundles/:id',
    {
      schema: {
        tags,
        description: 'A 一件事 bundle: its items and the one set of materials (merged by material code).',
        params: IdParams,
        response: { 200: ServiceBundleDetail },
      },
    },
    async (req) => service.bundleDetail(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/services/bundles',
    {
      schema: {
        tags,
        description: 'A new 一件事 bundle of items (district or city administrators).',
        body: BundleBody,
        response: { 201: ServiceBundleDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await service.createBundle(ctx, actor, req.body);
      return reply.status(201).send(await service.bundleDetail(ctx, actor, id));
    },
  );

  r.post(
    '/services/applications',
    {
      schema: {
        tags,
        description:
          '一口受理: a window accepts an application for an item or a bundle, the applicant from the base data, each ' +
          'material uploaded, seen in the original or (non-key only) promised (容缺); all departments start in ' +
          'parallel. Accepts an Idempotency-Key.',
        body: ApplicationCreate,
        response: { 201: ApplicationDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const out = await service.createApplication(ctx, actor, req.body, idempotencyKeyOf(req));
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(await service.applicationDetail(ctx, actor, out.body.id));
    },
  );

  r.get(
    '/services/applications',
    {
      schema: {
        tags,
        description:
          'Applications the caller sees: a street or community window those received in its jurisdiction, a department those with a stage of its own.',
        querystring: ApplicationListQuery,
        response: { 200: ApplicationPage },
      },
    },
    async (req) => service.listApplications(ctx, actorOf(req), req.query),
  );

  r.get(
    '/services/applications/:id',
    {
      schema: {
        tags,
        description:
          'An application: items, materials, promises, stages in parallel with their lights, events.',
        params: IdParams,
        response: { 200: ApplicationDetail },
      },
    },
    async (req) => service.applicationDetail(ctx, actorOf(req), req.params.id),
  );

  r.post(
    '/services/applications/:id/hand-out',
    {
      schema: {
        tags,
        description:
          '统一出件: the window hands the merged result out (已领取); 409 before the merge or while materials are owed.',
        params: IdParams,
        response: { 200: ApplicationDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.handOut(ctx, actor, req.params.id);
      return service.applicationDetail(ctx, actor, req.params.id);
    },
  );

  r.post(
    '/services/applications/:id/obligations/:code/fulfil',
    {
      schema: {
        tags,
        description: 'A promised material came in (容缺补正): uploaded, or the original seen.',
        params: ObligationParams,
        body: FulfilBody,
        response: { 200: ApplicationDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.fulfilObligation(ctx, actor, req.params.id, req.params.code, req.body.uploadId);
      return service.applicationDetail(ctx, actor, req.params.id);
    },
  );

  r.get(
    '/services/stages',
    {
      schema: {
        tags,
        description: "后台办理: the caller's department's stages, open first by due.",
        querystring: StageListQuery,
        response: { 200: StagePage },
      },
    },
    async (req) => service.stageQueue(ctx, actorOf(req), req.query),
  );

  r.get(
    '/services/overdue',
    {
      schema: {
        tags,
        description:
          'Overdue open stages of the applications the caller sees, most overdue first (supervision).',
        querystring: Paging,
        response: { 200: StagePage },
      },
    },
    async (req) => service.overdueStages(ctx, actorOf(req), req.query),
  );

  r.post(
    '/services/stages/:id/action',
    {
      schema: {
        tags,
        description:
          "The department's step on its stage: accept, request more, resume, approve or reject with a note; the last decision merges the result.",
        params: IdParams,
        body: StageActionBody,
        response: { 200: z.object({ applicationId: z.string() }) },
      },
    },
    async (req) => {
      await service.actOnStage(ctx, actorOf(req), req.params.id, req.body);
      const d = await ctx.db
        .selectFrom('service_stage')
        .select('application_id')
        .where('id', '=', req.params.id)
        .executeTakeFirstOrThrow();
      return { applicationId: d.application_id };
    },
  );

  r.get(
    '/public/services',
    {
      schema: {
        tags,
        description: 'The public catalogue: active items and bundles.',
        response: { 200: PublicCatalogue },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async () => service.publicCatalogue(ctx),
  );

  r.get(
    '/public/services/items/:id',
    {
      schema: {
        tags,
        description: 'The public guide of an item (the link of the 一次性告知 SMS).',
        params: IdParams,
        response: { 200: PublicItem },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => service.publicItem(ctx, req.params.id),
  );

  r.get(
    '/public/services/track/:code',
    {
      schema: {
        tags,
        description:
          'An application by its tracking code: status, stages and lights, promises; the name masked.',
        params: CodeParams,
        response: { 200: PublicTrack },
      },
      config: { auth: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => service.publicTrack(ctx, req.params.code),
  );
}
