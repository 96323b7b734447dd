import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseAction,
  CaseStatus,
  CategoryCode,
  GridCode,
  isStaff,
  RegionCode,
  type Channel,
  WGS84Point,
} from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { checkKey } from '../../lib/idempotency.ts';
import { invalid } from '../../lib/errors.ts';
import { zodDetails } from '../../lib/i18n.details.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { ActionBodies, CaseId, CaseInput } from './case-io.ts';
import { createCase } from './intake.service.ts';
import { performAction } from './actions.service.ts';
import { caseDetail, inboxSummary, listCases, nearbyCases, revealReporter } from './cases.query.ts';
import {
  CaseDetail,
  CaseList,
  CasePage,
  CaseSearchResult,
  InboxSummary,
  Reporter,
} from './cases.responses.ts';
import { searchCases } from './search.query.ts';

const Params = z.object({ id: CaseId });
/** A calendar day case numbers can hold (they begin with it: YYYYMMDD); '0826-16-82' answered 500 in search. */
const SearchDay = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2999-12-30');

export function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  return checkKey(Array.isArray(raw) ? raw[0] : raw);
}

function defaultChannel(actor: Actor): Channel {
  if (!isStaff(actor)) return 'web';
  if (hasRole(actor, 'operator')) return 'hotline';
  if (hasRole(actor, 'grid_worker')) return 'grid_patrol';
  return 'department';
}

/** Seeing a full phone number needs a stated reason (kept in the audit row). */
const RevealQuery = z.object({ reason: z.string().trim().min(2).max(200) });

export async function caseRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/cases',
    { schema: { tags: ['cases'], body: CaseInput, response: { 201: CaseDetail } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const out = await createCase(
        ctx,
        req.body,
        { actor, channel: req.body.channel ?? defaultChannel(actor), ip: req.ip, requestId: req.id },
        idempotencyKeyOf(req),
      );
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      // The first answer, stored as it was sent (JSON): sent again as is.
      if (out.replayedDetail !== undefined)
        return reply
          .status(out.status as 201)
          .serializer((x: unknown) => JSON.stringify(x))
          .send(out.replayedDetail as never);
      return reply
        .status(out.status as 201)
        .send(out.detail ?? (await caseDetail(ctx.db, ctx.pii, actor, out.body.id)));
    },
  );

  r.get(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        querystring: Paging.extend({
          /** verify: a grid worker's 待核查, reported cases of their grids awaiting their on-site check */
          view: z.enum(['queue', 'inbox', 'verify', 'all']).default('all'),
          status: CaseStatus.optional(),
          categoryCode: CategoryCode.optional(),
          q: z.string().trim().max(50).optional(),
        }),
        response: { 200: CasePage },
      },
    },
    async (req) => listCases(ctx.db, actorOf(req), req.query),
  );

  // 案件查询 (issue 14). POST, not GET: the box may hold a caller's phone, which must stay out of URLs (and so out
  // of access logs and browser history), as in /baseview/caller.
  r.post(
    '/cases/search',
    {
      schema: {
        tags: ['cases'],
        body: Paging.extend({
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
          // a deep page costs what all the pages before it do; narrow the search instead
          page: z.coerce.number().int().min(1).max(50).default(1),
          q: z.string().trim().max(100).optional(),
          address: z.string().trim().max(100).optional(),
          regionCode: RegionCode.optional(),
          gridCode: GridCode.optional(),
          from: SearchDay.optional(),
          to: SearchDay.optional(),
          categoryCode: CategoryCode.optional(),
          status: CaseStatus.optional(),
        }),
        response: { 200: CaseSearchResult },
      },
    },
    async (req) => searchCases(ctx.db, ctx.pii, actorOf(req), req.body),
  );

  r.get(
    '/cases/inbox/summary',
    { schema: { tags: ['cases'], response: { 200: InboxSummary } } },
    async (req) => inboxSummary(ctx.db, actorOf(req)),
  );

  r.get(
    '/cases/nearby',
    {
      schema: {
        tags: ['cases'],
        querystring: WGS84Point.extend({
          categoryCode: CategoryCode.optional(),
          radiusM: z.coerce.number().int().min(10).max(5000).default(500),
        }),
        response: { 200: CaseList },
      },
    },
    async (req) => nearbyCases(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/cases/:id',
    { schema: { tags: ['cases'], params: Params, response: { 200: CaseDetail } } },
    async (req) => caseDetail(ctx.db, ctx.pii, actorOf(req), req.params.id),
  );

  r.get(
    '/cases/:id/reporter',
    { schema: { tags: ['cases'], params: Params, querystring: RevealQuery, response: { 200: Reporter } } },
    async (req) => revealReporter(ctx.db, ctx.pii, actorOf(req), req.params.id, req.query.reason),
  );

  r.post(
    '/cases/:id/actions/:action',
    {
      schema: {
        tags: ['cases'],
        params: Params.extend({ action: CaseAction }),
        body: z.unknown(),
        response: { 200: CaseDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { id, action } = req.params;
      const parsed = ActionBodies[action].safeParse(req.body ?? {});
      if (!parsed.success) {
        throw invalid(zodDetails(parsed.error.issues, 'body'));
      }
      const out = await performAction(
        ctx,
        { kind: 'staff', actor },
        id,
        action,
        parsed.data as never,
        idempotencyKeyOf(req),
      );
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return caseDetail(ctx.db, ctx.pii, actor, id);
    },
  );
}
