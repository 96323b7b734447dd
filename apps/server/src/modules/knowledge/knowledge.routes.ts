import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { NoContent } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { caseDetail, idempotencyKeyOf } from '../cases/public.ts';
import { CaseDetail } from '../cases/cases.responses.ts';
import {
  AnswerBody,
  DueQuery,
  EntryCreate,
  EntryEdit,
  EntryListQuery,
  EntryParams,
  FeedbackBody,
  PrintBody,
  PublicFeedbackBody,
  ReviewBody,
  SearchQuery,
  SendBody,
  UsageQuery,
  VersionQuery,
} from './knowledge.io.ts';
import * as read from './knowledge.read.ts';
import {
  Catalog,
  EntryDetail,
  EntryPage,
  FeedbackResult,
  PrintSheet,
  PublicEntry,
  SearchResult,
  SendResult,
  UsageReport,
} from './knowledge.responses.ts';
import * as service from './knowledge.service.ts';

const tags = ['knowledge'];

/**
 * 知识库 (issue 12): every staff user reads (but the security and audit administrators); the owner unit's staff and
 * district administrators edit; operators answer consultations from it and send its 一次性告知. Residents read
 * public entries and say whether they helped.
 */
export async function knowledgeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/knowledge/search',
    {
      schema: {
        tags,
        description:
          'Entries matching the words of a text as it is typed (jieba words, prefix match, title weighted), best ' +
          'first, each with a snippet and the words found; optionally only those linked to a category.',
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (req) => read.search(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/knowledge/catalog',
    {
      schema: {
        tags,
        description: 'The catalogue tree (目录) with entry counts.',
        response: { 200: Catalog },
      },
    },
    async (req) => read.catalogTree(ctx.db, actorOf(req)),
  );

  r.get(
    '/knowledge/entries',
    {
      schema: {
        tags,
        description: 'Entries of a catalogue node and below, of a kind or an owner unit.',
        querystring: EntryListQuery,
        response: { 200: EntryPage },
      },
    },
    async (req) => read.listEntries(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/knowledge/review-due',
    {
      schema: {
        tags,
        description:
          "Entries whose review is overdue or due within 30 days: the caller's unit's (administrators: all or one unit's).",
        querystring: DueQuery,
        response: { 200: EntryPage },
      },
    },
    async (req) => read.reviewDue(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/knowledge/usage',
    {
      schema: {
        tags,
        description:
          'Uses (answers, prints, SMS) and helped / not helped per entry in a period (default 30 days).',
        querystring: UsageQuery,
        response: { 200: UsageReport },
      },
    },
    async (req) => read.usageReport(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/knowledge/entries',
    {
      schema: {
        tags,
        description:
          'A new entry (version 1). Accepts an Idempotency-Key. District administrators or the owner unit.',
        body: EntryCreate,
        response: { 201: EntryDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const out = await service.createEntry(ctx, actor, req.body, idempotencyKeyOf(req));
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(await read.entryDetail(ctx, actor, out.body.id));
    },
  );

  r.get(
    '/knowledge/entries/:id',
    {
      schema: {
        tags,
        description:
          'An entry: the current version (or ?version=), the list of versions, counts, review state.',
        params: EntryParams,
        querystring: VersionQuery,
        response: { 200: EntryDetail },
      },
    },
    async (req) => read.entryDetail(ctx, actorOf(req), req.params.id, req.query.version),
  );

  r.put(
    '/knowledge/entries/:id',
    {
      schema: {
        tags,
        description:
          'Edit: a new version from the version the editor started on (409 when another was saved meanwhile, or ' +
          'nothing changed). The owner unit or a district administrator.',
        params: EntryParams,
        body: EntryEdit,
        response: { 200: EntryDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.editEntry(ctx, actor, req.params.id, req.body);
      return read.entryDetail(ctx, actor, req.params.id);
    },
  );

  r.post(
    '/knowledge/entries/:id/review',
    {
      schema: {
        tags,
        description:
          'The owner confirms the entry is still right: the next review on the date given or in a year.',
        params: EntryParams,
        body: ReviewBody,
        response: { 200: EntryDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.markReviewed(ctx, actor, req.params.id, req.body);
      return read.entryDetail(ctx, actor, req.params.id);
    },
  );

  r.post(
    '/knowledge/entries/:id/answer',
    {
      schema: {
        tags,
        description:
          'Answer a consultation from this entry: the call is registered as a consultation and closed at once ' +
          '(直接办结), citing the entry and version; counted. Accepts an Idempotency-Key.',
        params: EntryParams,
        body: AnswerBody,
        response: { 201: CaseDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const out = await service.answerFromEntry(
        ctx,
        actor,
        req.params.id,
        req.body,
        { ip: req.ip, requestId: req.id },
        idempotencyKeyOf(req),
      );
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(out.detail ?? (await caseDetail(ctx.db, ctx.pii, actor, out.body.id)));
    },
  );

  /** The operator's acts on one version of an entry: POST /knowledge/entries/:id/<act>, a body, a 200 answer. */
  function entryAct<B extends z.ZodType, R extends z.ZodType>(
    act: 'feedback' | 'send' | 'print',
    description: string,
    body: B,
    response: R,
    handle: (actor: Actor, id: string, body: z.infer<B>, req: FastifyRequest) => Promise<z.infer<R>>,
  ): void {
    // typed through `handle`; the schemas still validate the request and serialize the answer
    app.post<{ Params: { id: string }; Body: z.infer<B> }>(
      `/knowledge/entries/:id/${act}`,
      { schema: { tags, description, params: EntryParams, body, response: { 200: response } } },
      async (req) => handle(actorOf(req), req.params.id, req.body as z.infer<B>, req),
    );
  }

  entryAct(
    'feedback',
    "The operator's helped / did not help on a version (after the caller's answer).",
    FeedbackBody,
    FeedbackResult,
    async (actor, id, body) => {
      await service.operatorFeedback(ctx, actor, id, body);
      return { counts: await read.entryCounts(ctx.db, id) };
    },
  );

  entryAct(
    'send',
    '一次性告知 by SMS: the materials list and the link to the public page, to the phone given; counted, audited.',
    SendBody,
    SendResult,
    (actor, id, body, req) => service.sendMaterials(ctx, actor, id, body, `${req.protocol}://${req.host}`),
  );

  entryAct(
    'print',
    'The 一次性告知 sheet of a version, to print; counted.',
    PrintBody,
    PrintSheet,
    (actor, id, body) => service.printSheet(ctx, actor, id, body.version),
  );

  r.get(
    '/public/knowledge/:id',
    {
      schema: {
        tags,
        description: 'The public page of an entry (the link in the 一次性告知 SMS): the current version.',
        params: EntryParams,
        response: { 200: PublicEntry },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => read.publicEntry(ctx.db, req.params.id),
  );

  r.post(
    '/public/knowledge/:id/feedback',
    {
      schema: {
        tags,
        description:
          "A resident's helped / did not help, once per entry and person (409 when given already).",
        params: EntryParams,
        body: PublicFeedbackBody,
        response: { 204: NoContent },
      },
      config: { auth: false, rateLimit: { max: 20, timeWindow: '10 minutes' } },
    },
    async (req, reply) => {
      await service.publicFeedback(ctx, req.params.id, req.body.helped, req.ip);
      return reply.status(204).send();
    },
  );
}
