import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { pickLang } from '../../lib/i18n.ts';
import { verifyApiKey } from '../apikeys/apikeys.service.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import type { Upload } from '../transfer/public.ts';
import {
  AlertQuery,
  AttachBody,
  ClusterBody,
  IdParams,
  ListQuery,
  OpinionBatch,
  RespondBody,
  SettingsBody,
} from './opinion.io.ts';
import {
  ClusteredOut,
  IngestResultOut,
  LinkedOut,
  OpinionAlertList,
  OpinionItemPage,
  OpinionSettingsOut,
  RespondedOut,
} from './opinion.responses.ts';
import * as service from './opinion.service.ts';

const tags = ['opinion'];

async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', key: 'multipart_file' }]);
  return { filename: part.filename, data: await part.toBuffer() };
}

/** 舆情: public posts from a vendor's feed or an upload, cases made of them, alerts with their 24 h / 48 h clocks. */
export async function opinionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/opinion/items',
    {
      schema: {
        tags,
        description:
          'Items in your jurisdiction, hottest first (district-wide users also see items about no region).',
        querystring: ListQuery,
        response: { 200: OpinionItemPage },
      },
    },
    async (req) => service.listItems(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/opinion/items',
    {
      schema: {
        tags,
        description:
          'Store items (JSON), once per (source, ref or url): the same item again only updates its reach. ' +
          'Raises the alerts the rule calls for.',
        body: OpinionBatch,
        response: { 200: IngestResultOut },
      },
    },
    async (req) => service.ingestItems(ctx, { actor: actorOf(req) }, req.body.items),
  );

  r.post(
    '/opinion/import',
    {
      schema: {
        tags,
        description:
          'Upload a CSV or xlsx, one post a row; headers 来源 编号 链接 标题 内容 发布时间 情感 转发 评论 点赞 区划代码 ' +
          '(or source ref url title text publishedAt sentiment reposts comments likes regionCode).',
        consumes: ['multipart/form-data'],
        response: { 200: IngestResultOut },
      },
    },
    async (req) => {
      const lang = pickLang(req.headers['accept-language'], req.cookies.og_lang);
      return service.importUpload(ctx, actorOf(req), lang, () => readUpload(req));
    },
  );

  // A monitoring vendor pushes with an API key (header X-Api-Key), no session.
  r.post(
    '/opinion/feed',
    {
      config: { auth: false },
      schema: {
        tags,
        description:
          "A monitoring vendor's push: the same body as POST /opinion/items, authenticated by X-Api-Key.",
        body: OpinionBatch,
        response: { 200: IngestResultOut },
      },
    },
    async (req) => {
      const raw = req.headers['x-api-key'];
      const key = await verifyApiKey(ctx.db, Array.isArray(raw) ? raw[0] : raw);
      if (!key) throw new AppError('UNAUTHENTICATED');
      return service.ingestItems(ctx, { apiKeyId: key.id }, req.body.items);
    },
  );

  r.post(
    '/opinion/items/:id/case',
    {
      schema: {
        tags,
        description:
          'Make the item a case of the media channel (ordinary intake); the item keeps its number.',
        params: IdParams,
        response: { 201: LinkedOut },
      },
    },
    async (req, reply) => reply.status(201).send(await service.itemToCase(ctx, actorOf(req), req.params.id)),
  );

  r.post(
    '/opinion/items/:id/attach',
    {
      schema: {
        tags,
        description: 'Attach the item to an existing case you can see.',
        params: IdParams,
        body: AttachBody,
        response: { 200: LinkedOut },
      },
    },
    async (req) => service.attachItem(ctx.db, actorOf(req), req.params.id, req.body.caseId),
  );

  r.post(
    '/opinion/items/:id/cluster',
    {
      schema: {
        tags,
        description:
          'Attach the item to a current hot issue you see (GET /hotspots lists them); it counts as one like in ' +
          'its heat. New items are attached automatically when their text matches a hot issue.',
        params: IdParams,
        body: ClusterBody,
        response: { 200: ClusteredOut },
      },
    },
    async (req) => service.attachItemToCluster(ctx.db, actorOf(req), req.params.id, req.body.clusterId),
  );

  r.get(
    '/opinion/alerts',
    {
      schema: {
        tags,
        description:
          'Alerts in your jurisdiction with their clocks (24 h 重特大 / 48 h, 国办发〔2016〕61号).',
        querystring: AlertQuery,
        response: { 200: OpinionAlertList },
      },
    },
    async (req) => service.listAlerts(ctx.db, actorOf(req), req.query),
  );

  r.post(
    '/opinion/alerts/:id/respond',
    {
      schema: {
        tags,
        description: "The district's response to an alert; stops its clock.",
        params: IdParams,
        body: RespondBody,
        response: { 200: RespondedOut },
      },
    },
    async (req) => service.respondAlert(ctx.db, actorOf(req), req.params.id, req.body.response),
  );

  r.get(
    '/opinion/settings',
    {
      schema: {
        tags,
        description:
          'The alert heat (opinion_alert_heat, 100) and the 重特大 heat (opinion_major_heat, 1000).',
        response: { 200: OpinionSettingsOut },
      },
    },
    async (req) => service.readOpinionSettings(ctx.db, actorOf(req)),
  );

  r.put(
    '/opinion/settings',
    {
      schema: {
        tags,
        description: 'District or city administrators only.',
        body: SettingsBody,
        response: { 200: OpinionSettingsOut },
      },
    },
    async (req) => service.updateOpinionSettings(ctx.db, actorOf(req), req.body),
  );
}
