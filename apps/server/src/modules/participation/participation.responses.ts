import { z } from 'zod';
import { Instant } from '../../lib/responses.ts';

export const VoteStatusOut = z.enum(['draft', 'open', 'closed', 'published']);

export const OptionResultOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  cost: z.number().nullable(),
  online: z.number().int(),
  paper: z.number().int(),
  votes: z.number().int(),
  won: z.boolean(),
});

export const VoteOut = z
  .object({
    id: z.string(),
    communityCode: z.string(),
    communityName: z.string(),
    kind: z.enum(['choice', 'budget']),
    title: z.string(),
    body: z.string(),
    maxChoices: z.number().int(),
    budgetLimit: z.number().nullable(),
    /** The stored status, with an open vote past its closing time shown as closed. */
    status: VoteStatusOut,
    opensAt: Instant,
    closesAt: Instant,
    proposalId: z.string().nullable(),
    publishedAt: Instant.nullable(),
    /** Counts: for staff always, for residents and the public once published. */
    results: z
      .object({
        voters: z.object({
          online: z.number().int(),
          staff: z.number().int(),
          paper: z.number().int(),
          total: z.number().int(),
        }),
        spent: z.number().nullable(),
      })
      .nullable(),
    options: z.array(OptionResultOut),
    /** The caller's own ballot (a verified resident), null otherwise. */
    myBallot: z
      .object({
        channel: z.enum(['online', 'staff', 'paper']),
        choices: z.array(z.string()),
        changes: z.number(),
      })
      .nullable(),
  })
  .meta({ id: 'CivicVote' });
export const VoteList = z.object({ items: z.array(VoteOut) });

export const VerificationOut = z.object({
  verified: z.boolean(),
  communityCode: z.string().nullable(),
  communityName: z.string().nullable(),
  /** The resident as the base data knows them, masked (e.g. 马*东). */
  nameMasked: z.string().nullable(),
  method: z.enum(['online', 'staff']).nullable(),
  verifiedAt: Instant.nullable(),
});

/** A resident verified in person, as the staff see it: the account's username and the person masked. */
export const StaffVerificationOut = VerificationOut.extend({ username: z.string() });

export const BallotResult = z.object({ changed: z.boolean(), ballot: VoteOut.shape.myBallot });

export const ProposalOut = z
  .object({
    id: z.string(),
    communityCode: z.string(),
    title: z.string(),
    body: z.string(),
    threshold: z.number().int(),
    supports: z.number().int(),
    status: z.enum(['collecting', 'qualified', 'in_vote', 'in_deliberation', 'declined']),
    answer: z.string().nullable(),
    createdAt: Instant,
    mine: z.boolean(),
    supported: z.boolean(),
  })
  .meta({ id: 'CivicProposal' });
export const ProposalList = z.object({ items: z.array(ProposalOut) });

export const TopicOut = z
  .object({
    id: z.string(),
    communityCode: z.string(),
    communityName: z.string(),
    title: z.string(),
    body: z.string(),
    source: z.enum(['resident', 'case', 'hotspot', 'staff', 'proposal']),
    sourceRef: z.string().nullable(),
    status: z.enum(['raised', 'scheduled', 'decided', 'implementing', 'done', 'declined']),
    decision: z.string().nullable(),
    createdAt: Instant,
    updatedAt: Instant,
    followups: z.array(z.object({ body: z.string(), at: Instant })),
  })
  .meta({ id: 'DeliberationTopic' });
export const TopicList = z.object({ items: z.array(TopicOut) });

export const MeetingOut = z
  .object({
    id: z.string(),
    communityCode: z.string(),
    title: z.string(),
    place: z.string(),
    meetingAt: Instant,
    agenda: z.string(),
    agendaPublishedAt: Instant.nullable(),
    invited: z.number().int(),
    present: z.number().int().nullable(),
    attendees: z.string().nullable(),
    minutes: z.string().nullable(),
    decision: z.string().nullable(),
    heldAt: Instant.nullable(),
    topics: z.array(z.object({ id: z.string(), title: z.string(), status: TopicOut.shape.status })),
  })
  .meta({ id: 'DeliberationMeeting' });
export const MeetingList = z.object({ items: z.array(MeetingOut) });

export const PublicParticipation = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  votes: z.array(VoteOut),
  meetings: z.array(MeetingOut),
  topics: z.array(TopicOut),
});

export const VoterList = z.object({
  items: z.array(
    z.object({
      personId: z.string(),
      nameMasked: z.string(),
      birthYear: z.string().nullable(),
      voted: z.enum(['online', 'staff', 'paper']).nullable(),
    }),
  ),
});
