import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import type { Actor } from '../../lib/actor.ts';
import { checkKey } from '../../lib/idempotency.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  AgreementBody,
  AssignBody,
  CourtApplicationBody,
  FileCreate,
  FileListQuery,
  FileParams,
  FollowUpBody,
  NoticeBody,
  PartyParams,
  PrintQuery,
  RecuseBody,
  RevealBody,
  ScreenBody,
  SessionBody,
  StatsQuery,
  TerminateBody,
} from './mediation.io.ts';
import { fileDetail, listFiles, printDocument, revealParty, statistics } from './mediation.read.ts';
import {
  MediationFileDetail,
  MediationFilePage,
  MediationPrint,
  MediationReveal,
  MediationStats,
} from './mediation.responses.ts';
import * as service from './mediation.service.ts';

const tags = ['mediation'];

/**
 * People's mediation files (人民调解, issue 11): the committee of a street or community works them; a grid worker
 * brings disputes; a district supervisor reads. Who may do what: packages/domain/src/fieldwork/mediation-access.ts.
 */
export async function mediationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/mediation/files',
    {
      schema: {
        tags,
        description:
          'Open a mediation file from a case, a patrol, a walk-in or a referral: numbered per committee and year ' +
          '(（2026）滨河人调字第1号); parties from the base (person id) or typed (kept encrypted). Accepts an ' +
          'Idempotency-Key. The committee (street or community staff) and grid workers (for their grids).',
        body: FileCreate,
        response: { 201: MediationFileDetail },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const raw = req.headers['idempotency-key'];
      const out = await service.createFile(ctx, actor, req.body, checkKey(Array.isArray(raw) ? raw[0] : raw));
      if (out.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(await fileDetail(ctx, actor, out.body.id));
    },
  );

  r.get(
    '/mediation/files',
    {
      schema: {
        tags,
        description:
          'Files of the territory (committee, supervisor) or that the caller opened (grid worker); parties masked. ' +
          'courtDue=true: agreements whose 30-day window for judicial confirmation is open, soonest first.',
        querystring: FileListQuery,
        response: { 200: MediationFilePage },
      },
    },
    async (req) => listFiles(ctx.db, actorOf(req), req.query),
  );

  r.get(
    '/mediation/files/:id',
    {
      schema: {
        tags,
        description:
          'A file: parties (names in full for the committee, audited; masked for others), sessions, history, ' +
          'document index (卷内目录) and the steps the caller may take.',
        params: FileParams,
        response: { 200: MediationFileDetail },
      },
    },
    async (req) => fileDetail(ctx, actorOf(req), req.params.id),
  );

  /** A step of the committee on one file: the service, then the file as the caller now sees it. */
  const step = <B extends z.ZodType>(
    path: string,
    description: string,
    body: B,
    run: (actor: Actor, id: string, body: z.output<B>) => Promise<unknown>,
  ) =>
    r.post(
      `/mediation/files/:id/${path}`,
      { schema: { tags, description, params: FileParams, body, response: { 200: MediationFileDetail } } },
      async (req) => {
        const actor = actorOf(req);
        await run(actor, req.params.id, req.body as z.output<B>);
        return fileDetail(ctx, actor, req.params.id);
      },
    );

  step(
    'screen',
    'Screening (受理审查): accept, or refer an out-of-scope matter to its route with the reason.',
    ScreenBody,
    (a, id, b) => service.screen(ctx, a, id, b),
  );
  step(
    'notice',
    'The rights-and-duties notice (权利义务告知) was given to the parties: required before any session.',
    NoticeBody,
    (a, id, b) => service.giveNotice(ctx, a, id, b),
  );
  step(
    'mediator',
    'Name the mediator, a member of the committee over the place; refused when the mediator must withdraw (回避).',
    AssignBody,
    (a, id, b) => service.assignMediator(ctx, a, id, b),
  );
  step(
    'recuse',
    'A party asks for the mediator to withdraw (or the mediator withdraws): the file awaits another mediator.',
    RecuseBody,
    (a, id, b) => service.recuse(ctx, a, id, b),
  );
  step('sessions', 'A mediation session and its record (调解记录).', SessionBody, (a, id, b) =>
    service.holdSession(ctx, a, id, b),
  );
  step(
    'agreement',
    'The outcome: a written agreement (terms, performance, every party signed) or an oral one recorded; starts ' +
      'the 30-day window for judicial confirmation.',
    AgreementBody,
    (a, id, b) => service.agree(ctx, a, id, b),
  );
  step(
    'terminate',
    'Mediation ended without agreement, with the other routes explained to the parties.',
    TerminateBody,
    (a, id, b) => service.terminate(ctx, a, id, b),
  );
  step('follow-up', 'Follow-up on performance (回访): performed closes the file.', FollowUpBody, (a, id, b) =>
    service.followUp(ctx, a, id, b),
  );
  step(
    'court-application',
    'The parties applied to a court for judicial confirmation (司法确认) within the window.',
    CourtApplicationBody,
    (a, id, b) => service.courtApplication(ctx, a, id, b),
  );

  r.post(
    '/mediation/files/:id/parties/:partyId/reveal',
    {
      schema: {
        tags,
        description: "A party's phone or ID number in full, for the committee, with a reason; audited.",
        params: PartyParams,
        body: RevealBody,
        response: { 200: MediationReveal },
      },
    },
    async (req) => revealParty(ctx, actorOf(req), req.params.id, req.params.partyId, req.body),
  );

  r.get(
    '/mediation/files/:id/print',
    {
      schema: {
        tags,
        description:
          'A printable document (调解协议书 or 权利义务告知书) with the parties in full: the committee only; audited.',
        params: FileParams,
        querystring: PrintQuery,
        response: { 200: MediationPrint },
      },
    },
    async (req) => printDocument(ctx, actorOf(req), req.params.id, req.query.doc),
  );

  r.get(
    '/mediation/stats',
    {
      schema: {
        tags,
        description:
          'Files by dispute type and outcome for a street or community of the jurisdiction and a period.',
        querystring: StatsQuery,
        response: { 200: MediationStats },
      },
    },
    async (req) => statistics(ctx.db, actorOf(req), req.query),
  );
}
