import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as delib from './deliberation.service.ts';
import {
  BallotIn,
  CommunityQuery,
  FollowupIn,
  IdParams,
  MeetingRecordIn,
  NewMeeting,
  NewProposal,
  NewResidentTopic,
  NewTopic,
  NewVote,
  PaperCountsIn,
  ProposalAnswer,
  StaffBallotIn,
  TopicActionIn,
  VerifyIn,
  StaffVerifyIn,
  VoteStep,
} from './participation.io.ts';
import {
  BallotResult,
  MeetingList,
  MeetingOut,
  ProposalList,
  ProposalOut,
  PublicParticipation,
  TopicList,
  TopicOut,
  VerificationOut,
  StaffVerificationOut,
  VoteList,
  VoteOut,
  VoterList,
} from './participation.responses.ts';
import { findCommunity } from '../regions/public.ts';
import * as proposals from './proposals.service.ts';
import * as votes from './votes.service.ts';

const tags = ['participation'];

async function communityPage(ctx: AppContext, code: string) {
  const c = await findCommunity(ctx.db, code);
  const [v, d] = await Promise.all([votes.publicVotes(ctx.db, code), delib.publicDeliberation(ctx.db, code)]);
  return { communityCode: c.code, communityName: c.name, votes: v.items, ...d };
}

/** 三治融合 · 自治: residents' votes, proposals and deliberation, for community staff, residents and the public. */
export async function participationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ---- staff -----------------------------------------------------------------------------------------------
  r.get(
    '/participation/votes',
    {
      schema: {
        tags,
        description: 'Votes in your jurisdiction, with live counts.',
        querystring: CommunityQuery,
        response: { 200: VoteList },
      },
    },
    async (req) => votes.listVotesForStaff(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/participation/votes',
    {
      schema: {
        tags,
        description: 'A vote or participatory budget of a community (a draft until opened).',
        body: NewVote,
        response: { 200: VoteOut },
      },
    },
    async (req) => votes.createVote(db, actorOf(req), req.body),
  );
  r.get(
    '/participation/votes/:id',
    {
      schema: {
        tags,
        description:
          'One vote: staff see the live count; residents of the community see it once published, with their own ballot.',
        params: IdParams,
        response: { 200: VoteOut },
      },
    },
    async (req) => votes.getVote(db, actorOf(req), req.params.id),
  );
  r.post(
    '/participation/votes/:id/steps',
    {
      schema: {
        tags,
        description: 'open (draft → open), close, publish (closed → published).',
        params: IdParams,
        body: VoteStep,
        response: { 200: VoteOut },
      },
    },
    async (req) => votes.stepVote(db, actorOf(req), req.params.id, req.body.step),
  );
  r.post(
    '/participation/votes/:id/ballots',
    {
      schema: {
        tags,
        description:
          "In person: a resident's ballot entered on their behalf, or the paper ballot handed to them (registered, its choices counted with the paper totals).",
        params: IdParams,
        body: StaffBallotIn,
        response: { 200: BallotResult },
      },
    },
    async (req) => votes.voteByStaff(db, actorOf(req), req.params.id, req.body),
  );
  r.put(
    '/participation/votes/:id/paper-counts',
    {
      schema: {
        tags,
        description: 'The paper ballots counted, per option (replaces earlier totals).',
        params: IdParams,
        body: PaperCountsIn,
        response: { 200: VoteOut },
      },
    },
    async (req) => votes.setPaperCounts(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/participation/votes/:id/voters',
    {
      schema: {
        tags,
        description:
          'Adults living in the community (masked), with whether and how they voted: the picker for ballots in person.',
        params: IdParams,
        querystring: z.object({ q: z.string().trim().max(20).default('') }),
        response: { 200: VoterList },
      },
    },
    async (req) => votes.votersLookup(db, actorOf(req), req.params.id, req.query.q),
  );
  r.get(
    '/participation/proposals',
    {
      schema: {
        tags,
        description: "Residents' proposals in your jurisdiction.",
        querystring: CommunityQuery,
        response: { 200: ProposalList },
      },
    },
    async (req) => proposals.staffProposals(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/participation/proposals/:id/answer',
    {
      schema: {
        tags,
        description: 'Take a qualified proposal into deliberation, or decline it with an answer.',
        params: IdParams,
        body: ProposalAnswer,
        response: { 200: ProposalOut },
      },
    },
    async (req) => proposals.answerProposal(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/participation/topics',
    {
      schema: {
        tags,
        description: 'Deliberation topics (议事协商) in your jurisdiction.',
        querystring: CommunityQuery,
        response: { 200: TopicList },
      },
    },
    async (req) => delib.listTopics(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/participation/topics',
    {
      schema: {
        tags,
        description:
          'A topic raised by staff, from a case (sourceRef: a case number of the community) or from a hot issue (sourceRef: the cluster id).',
        body: NewTopic,
        response: { 200: TopicOut },
      },
    },
    async (req) => delib.createTopic(db, actorOf(req), req.body),
  );
  r.post(
    '/participation/topics/:id/actions',
    {
      schema: {
        tags,
        description: 'start, finish or decline a topic, with a public note.',
        params: IdParams,
        body: TopicActionIn,
        response: { 200: TopicOut },
      },
    },
    async (req) => delib.topicAction(db, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/participation/topics/:id/followups',
    {
      schema: {
        tags,
        description: 'What was done after the decision, published with the topic.',
        params: IdParams,
        body: FollowupIn,
        response: { 200: TopicOut },
      },
    },
    async (req) => delib.addFollowup(db, actorOf(req), req.params.id, req.body.body),
  );
  r.get(
    '/participation/meetings',
    {
      schema: {
        tags,
        description: 'Deliberation meetings in your jurisdiction.',
        querystring: CommunityQuery,
        response: { 200: MeetingList },
      },
    },
    async (req) => delib.listMeetings(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/participation/meetings',
    {
      schema: {
        tags,
        description: 'A meeting with its agenda and topics (which become scheduled).',
        body: NewMeeting,
        response: { 200: MeetingOut },
      },
    },
    async (req) => delib.createMeeting(db, actorOf(req), req.body),
  );
  r.post(
    '/participation/meetings/:id/agenda',
    {
      schema: {
        tags,
        description: 'Publish the agenda (at least three days before the meeting).',
        params: IdParams,
        response: { 200: MeetingOut },
      },
    },
    async (req) => delib.publishAgenda(db, actorOf(req), req.params.id),
  );
  r.post(
    '/participation/meetings/:id/record',
    {
      schema: {
        tags,
        description:
          'The meeting held: attendance, minutes and decision (needs the agenda published in time and a quorum); its topics are decided.',
        params: IdParams,
        body: MeetingRecordIn,
        response: { 200: MeetingOut },
      },
    },
    async (req) => delib.recordMeeting(db, actorOf(req), req.params.id, req.body),
  );

  // ---- residents -------------------------------------------------------------------------------------------
  r.get(
    '/my/verification',
    {
      schema: {
        tags,
        description: 'Whether you are verified as a resident of your community.',
        response: { 200: VerificationOut },
      },
    },
    async (req) => votes.myVerification(db, actorOf(req)),
  );
  r.post(
    '/my/verification',
    {
      schema: {
        tags,
        description:
          'Verify as a resident: your name and ID number must match an adult living in your community.',
        body: VerifyIn,
        response: { 200: VerificationOut },
      },
    },
    async (req) => votes.verifyResident(ctx, actorOf(req), req.body),
  );
  r.post(
    '/participation/verifications',
    {
      schema: {
        tags,
        description:
          "Staff at the community office verify a resident in person: the resident's account (username or phone) is linked to the person of the base data with that name and ID number (an adult of the account's community, not linked to another account). Audited; the person comes back masked.",
        body: StaffVerifyIn,
        response: { 200: StaffVerificationOut },
      },
    },
    async (req) => votes.verifyResidentInPerson(ctx, actorOf(req), req.body),
  );
  r.get(
    '/my/votes',
    {
      schema: {
        tags,
        description: "Your community's votes, with your ballot; counts once published.",
        response: { 200: VoteList },
      },
    },
    async (req) => votes.myVotes(db, actorOf(req)),
  );
  r.post(
    '/my/votes/:id/ballot',
    {
      schema: {
        tags,
        description: 'Vote, or change your vote, while it is open (one per verified resident).',
        params: IdParams,
        body: BallotIn,
        response: { 200: BallotResult },
      },
      // a ballot is a write each time it changes: bounded per client like the other writes residents make
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => votes.voteAsResident(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/my/proposals',
    { schema: { tags, description: "Your community's proposals.", response: { 200: ProposalList } } },
    async (req) => proposals.myProposals(db, actorOf(req)),
  );
  r.post(
    '/my/proposals',
    {
      schema: {
        tags,
        description: 'Raise a proposal (verified residents); you are its first supporter.',
        body: NewProposal,
        response: { 200: ProposalOut },
      },
    },
    async (req) => proposals.propose(db, actorOf(req), req.body),
  );
  r.post(
    '/my/proposals/:id/support',
    {
      schema: {
        tags,
        description: 'Support a proposal (once per verified resident).',
        params: IdParams,
        response: { 200: ProposalOut },
      },
    },
    async (req) => proposals.support(db, actorOf(req), req.params.id),
  );

  r.post(
    '/my/topics',
    {
      schema: {
        tags,
        description:
          'Raise a topic for deliberation in your community (verified residents); published once a meeting takes it up.',
        body: NewResidentTopic,
        response: { 200: TopicOut },
      },
    },
    async (req) => delib.raiseTopic(db, actorOf(req), req.body),
  );

  // ---- public ----------------------------------------------------------------------------------------------
  r.get(
    '/public/participation/:communityCode',
    {
      schema: {
        tags,
        description:
          "A community's published votes with results, meetings with their agenda, and topics with decisions and follow-up.",
        params: z.object({ communityCode: z.string().regex(/^\d{12}$/) }),
        response: { 200: PublicParticipation },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => communityPage(ctx, req.params.communityCode),
  );
}
