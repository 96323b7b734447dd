import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { WhistleSettings } from '@onegrid/domain';
import type { z } from 'zod';
import type { Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { checkKey } from '../../lib/idempotency.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  ActionBody,
  CloseBody,
  ListQuery,
  OpenWhistleBody,
  RatingsBody,
  ReportInBody,
  StatsQuery,
  VoidBody,
  WhistleParams,
} from './whistles.io.ts';
import { listWhistles, whistleDetail, whistleStats } from './whistles.query.ts';
import * as service from './whistles.service.ts';
import { WhistleDetail, WhistlePage, WhistleSettingsOut, WhistleStats } from './whistles.responses.ts';

const tags = ['whistles'];

/** 街乡吹哨、部门报到 (DESIGN.md §4): thin routes — validate, call one service function, answer the detail. */
export async function whistleRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/whistles',
    { schema: { tags, querystring: ListQuery, response: { 200: WhistlePage } } },
    async (req) => listWhistles(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/whistles/stats',
    {
      schema: {
        tags,
        description:
          'Per summoned unit over [from, to) (default: the last 30 days): report-in and on-time rates.',
        querystring: StatsQuery,
        response: { 200: WhistleStats },
      },
    },
    async (req) => whistleStats(ctx.db, actorOf(req), req.query),
  );

  // Static paths before `/whistles/:id` (WhistleParams would answer 400 to a non-UUID id).
  r.get(
    '/whistles/settings',
    {
      schema: {
        tags,
        description:
          'The default report-in minutes (setting whistle_report_in_minutes, 30) and whether community-level ' +
          'leads may blow (whistle_community_enabled, off).',
        response: { 200: WhistleSettingsOut },
      },
    },
    async (req) => service.readSettings(ctx.db, actorOf(req)),
  );

  r.put(
    '/whistles/settings',
    {
      schema: {
        tags,
        body: WhistleSettings,
        description: 'Both settings at once; district or city administrators only.',
        response: { 200: WhistleSettingsOut },
      },
    },
    async (req) => service.updateSettings(ctx.db, actorOf(req), req.body),
  );

  r.get(
    '/whistles/defaults',
    {
      schema: {
        tags,
        description: 'The same as GET /whistles/settings (kept for older clients).',
        response: { 200: WhistleSettingsOut },
      },
    },
    async (req) => service.readSettings(ctx.db, actorOf(req)),
  );

  r.post(
    '/whistles',
    {
      schema: {
        tags,
        body: OpenWhistleBody,
        description: 'Blow a whistle; accepts an Idempotency-Key.',
        response: { 201: WhistleDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const raw = req.headers['idempotency-key'];
      const out = await service.openWhistle(
        ctx,
        actor,
        req.body,
        checkKey(Array.isArray(raw) ? raw[0] : raw),
      );
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(out.status as 201).send(await whistleDetail(ctx.db, actor, out.body.id));
    },
  );

  r.get(
    '/whistles/:id',
    { schema: { tags, params: WhistleParams, response: { 200: WhistleDetail } } },
    async (req) => whistleDetail(ctx.db, actorOf(req), req.params.id),
  );

  /** A step on one whistle: the service function, then the whistle's detail as the caller now sees it. */
  const step = <B extends z.ZodType>(
    path: string,
    body: B,
    run: (actor: Actor, id: string, body: z.output<B>) => Promise<unknown>,
  ) =>
    r.post(
      `/whistles/:id/${path}`,
      { schema: { tags, params: WhistleParams, body, response: { 200: WhistleDetail } } },
      async (req) => {
        const actor = actorOf(req);
        await run(actor, req.params.id, req.body as z.output<B>);
        return whistleDetail(ctx.db, actor, req.params.id);
      },
    );

  step('report-in', ReportInBody, (actor, id, body) => service.reportIn(ctx, actor, id, body));
  step('actions', ActionBody, (actor, id, body) => service.recordAction(ctx, actor, id, body));
  step('ratings', RatingsBody, (actor, id, body) => service.rateUnits(ctx, actor, id, body));
  step('close', CloseBody, (actor, id, body) => service.closeWhistle(ctx, actor, id, body));
  step('void', VoidBody, (actor, id, body) => service.voidWhistle(ctx, actor, id, body));
}
