import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { fileResponse } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  AdoptIn,
  AnswerIn,
  CommunityParams,
  CommunityQuery,
  CorrectionIn,
  IdParams,
  NewEntry,
  NewEvent,
  NewPowerItem,
  NewPublication,
  PublicationsQuery,
  PublicRequestIn,
  RequestsQuery,
  ResidentRequestIn,
  WithdrawIn,
} from './disclosure.io.ts';
import {
  EntryList,
  EntryOut,
  MyDisclosure,
  OverviewOut,
  PowerItemList,
  PowerItemOut,
  PublicationList,
  PublicationOut,
  PublicDisclosure,
  RequestList,
  RequestOut,
  RequestReceipt,
} from './disclosure.responses.ts';
import * as svc from './disclosure.service.ts';

const tags = ['disclosure'];

/** 小微权力清单 and 村(居)务公开: items with flowcharts, catalogues, publications, queries and failure reports. */
export async function disclosureRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ---- staff -----------------------------------------------------------------------------------------------
  r.get(
    '/disclosure/powers',
    {
      schema: {
        tags,
        description:
          'The micro-power items (小微权力清单) that apply in your jurisdiction, with their flowcharts.',
        response: { 200: PowerItemList },
      },
    },
    async (req) => svc.listPowers(db, actorOf(req)),
  );
  r.post(
    '/disclosure/powers',
    {
      schema: {
        tags,
        description:
          "A micro-power item of the district (its administrators): category, legal basis, the flowchart's steps with the responsible role and the disclosure points.",
        body: NewPowerItem,
        response: { 200: PowerItemOut },
      },
    },
    async (req) => svc.createPower(db, actorOf(req), req.body),
  );
  r.post(
    '/disclosure/powers/:id/adopt',
    {
      schema: {
        tags,
        description: "A community adopts the district's item (it shows on the community's public page).",
        params: IdParams,
        body: AdoptIn,
        response: { 200: PowerItemOut },
      },
    },
    async (req) => svc.adoptPower(db, actorOf(req), req.params.id, req.body.communityCode),
  );
  r.get(
    '/disclosure/catalogue',
    {
      schema: {
        tags,
        description:
          'Disclosure catalogue entries in your jurisdiction (or one community), each with what it owes next: the period or event, when it is due on the working calendar, and whether it is overdue.',
        querystring: CommunityQuery,
        response: { 200: EntryList },
      },
    },
    async (req) => svc.listCatalogue(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/disclosure/catalogue',
    {
      schema: {
        tags,
        description:
          'A catalogue entry of a community: item, legal basis, frequency (finance monthly, major matters at once, others at least quarterly), channels. From a district item, it adopts the item.',
        body: NewEntry,
        response: { 200: EntryOut },
      },
    },
    async (req) => svc.createEntry(db, actorOf(req), req.body),
  );
  r.post(
    '/disclosure/catalogue/:id/events',
    {
      schema: {
        tags,
        description:
          'An event an at-once entry must disclose (a resolution, a contract): its publication is owed.',
        params: IdParams,
        body: NewEvent,
        response: { 200: EntryOut },
      },
    },
    async (req) => svc.addEvent(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/disclosure/publications',
    {
      schema: {
        tags,
        description: "An entry's publications: every version, withdrawals with their reasons, newest first.",
        querystring: PublicationsQuery,
        response: { 200: PublicationList },
      },
    },
    async (req) => svc.history(db, actorOf(req), req.query.entryId),
  );
  r.post(
    '/disclosure/publications',
    {
      schema: {
        tags,
        description:
          'Publish for a period (periodic entries) or an event (at-once entries): title, body, channel, a list (names masked before they are stored), photos from /uploads.',
        body: NewPublication,
        response: { 200: PublicationOut },
      },
    },
    async (req) => svc.publish(db, actorOf(req), req.body),
  );
  r.post(
    '/disclosure/publications/:id/withdraw',
    {
      schema: {
        tags,
        description:
          'Withdraw a publication in force, with a reason (never deleted; the period is owed again).',
        params: IdParams,
        body: WithdrawIn,
        response: { 200: PublicationOut },
      },
    },
    async (req) => svc.withdraw(db, actorOf(req), req.params.id, req.body.reason),
  );
  r.post(
    '/disclosure/publications/:id/correct',
    {
      schema: {
        tags,
        description: 'Correct a publication in force: a new version supersedes it, with the reason.',
        params: IdParams,
        body: CorrectionIn,
        response: { 200: PublicationOut },
      },
    },
    async (req) => svc.correct(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/disclosure/requests',
    {
      schema: {
        tags,
        description:
          "Residents' queries (依申请公开) and failure reports in your jurisdiction, with their deadlines.",
        querystring: RequestsQuery,
        response: { 200: RequestList },
      },
    },
    async (req) => svc.listRequests(ctx, actorOf(req), req.query),
  );
  r.post(
    '/disclosure/requests/:id/answer',
    {
      schema: {
        tags,
        description: 'Answer a query, or find a failure report upheld or dismissed, with the answer.',
        params: IdParams,
        body: AnswerIn,
        response: { 200: RequestOut },
      },
    },
    async (req) => svc.answerRequest(ctx, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/disclosure/overview',
    {
      schema: {
        tags,
        description:
          "The street's overview: per community, entries and what is overdue; overdue catalogue entries with the alert raised; failure reports.",
        response: { 200: OverviewOut },
      },
    },
    async (req) => svc.overview(ctx, actorOf(req)),
  );

  // ---- residents -------------------------------------------------------------------------------------------
  r.get(
    '/my/disclosure',
    {
      schema: {
        tags,
        description: "Your community's disclosures, with your queries and reports and their answers.",
        response: { 200: MyDisclosure },
      },
    },
    async (req) => svc.myDisclosure(ctx, actorOf(req)),
  );
  r.post(
    '/my/disclosure/requests',
    {
      schema: {
        tags,
        description: 'A query or a failure report to your community (verified residents).',
        body: ResidentRequestIn,
        response: { 200: RequestReceipt },
      },
    },
    async (req) => svc.residentRequest(ctx, actorOf(req), req.body),
  );

  // ---- public ----------------------------------------------------------------------------------------------
  r.get(
    '/public/disclosure/:communityCode',
    {
      schema: {
        tags,
        description:
          "A village's or community's catalogue with what is due, its publications (withdrawn ones by title and reason only; lists with masked names) and its micro-power flowcharts.",
        params: CommunityParams,
        response: { 200: PublicDisclosure },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => svc.publicPage(db, req.params.communityCode),
  );
  r.post(
    '/public/disclosure/:communityCode/requests',
    {
      schema: {
        tags,
        description:
          'Anyone, with a phone number to be answered on: a query or a failure report to the community.',
        params: CommunityParams,
        body: PublicRequestIn,
        response: { 200: RequestReceipt },
      },
      config: { auth: false, rateLimit: { max: 5, timeWindow: '10 minutes' } },
    },
    async (req) => svc.publicRequest(ctx, req.params.communityCode, req.body),
  );
  r.get(
    '/public/disclosure/photos/:id',
    {
      schema: {
        tags,
        description: 'A photo of a publication in force.',
        params: IdParams,
        response: { 200: fileResponse('The photo', 'image/jpeg', 'image/png', 'image/webp', 'image/gif') },
      },
      config: { auth: false, rateLimit: { max: 240, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const image = await svc.publicPhoto(db, req.params.id);
      return reply
        .header('content-type', image.mime)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline')
        .header('cache-control', 'public, max-age=300')
        .send(image.data);
    },
  );
}
