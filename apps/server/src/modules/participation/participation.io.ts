import { z } from 'zod';

const Code = z.string().regex(/^\d{12}$/);
const Uuid = z.uuid();
const Title = z.string().trim().min(2).max(100);
const Body = z.string().trim().max(5000).default('');

export const IdParams = z.object({ id: Uuid });
export const CommunityQuery = z.object({ communityCode: Code.optional() });

export const VoteOptionIn = z.object({
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).default(''),
  /** A budget project's cost (yuan). */
  cost: z.number().min(0).max(1e10).nullable().default(null),
});

export const NewVote = z
  .object({
    communityCode: Code,
    kind: z.enum(['choice', 'budget']),
    title: Title,
    body: Body,
    maxChoices: z.number().int().min(1).max(50),
    budgetLimit: z.number().min(0).max(1e10).nullable().default(null),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    options: z.array(VoteOptionIn).min(2).max(50),
    proposalId: Uuid.optional(),
  })
  .refine((v) => Date.parse(v.closesAt) > Date.parse(v.opensAt), {
    path: ['closesAt'],
    message: 'after_opens',
  })
  .refine((v) => v.kind !== 'budget' || (v.budgetLimit !== null && v.options.every((o) => o.cost !== null)), {
    path: ['budgetLimit'],
    message: 'budget_needs_costs',
  });
export type NewVote = z.infer<typeof NewVote>;

export const VoteStep = z.object({ step: z.enum(['open', 'close', 'publish']) });
export const BallotIn = z.object({ choices: z.array(Uuid).max(50) });
/** Staff, in person: a resident's ballot on their behalf, or the paper ballot handed to them. */
export const StaffBallotIn = z.object({
  personId: Uuid,
  paper: z.boolean().default(false),
  choices: z.array(Uuid).max(50).default([]),
});
export const PaperCountsIn = z.object({
  counts: z.array(z.object({ optionId: Uuid, count: z.number().int().min(0).max(1_000_000) })).max(50),
});

export const VerifyIn = z.object({
  name: z.string().trim().min(1).max(50),
  idNumber: z.string().trim().min(15).max(18),
});
/** Staff verify a resident in person: the resident's account (username or phone) and the person's name and ID. */
export const StaffVerifyIn = VerifyIn.extend({ account: z.string().trim().min(3).max(50) });

export const NewProposal = z.object({ title: Title, body: z.string().trim().min(10).max(5000) });
export const ProposalAnswer = z.object({
  status: z.enum(['in_deliberation', 'declined']),
  answer: z.string().trim().min(2).max(2000),
});
export type BallotIn = z.infer<typeof BallotIn>;
export type StaffBallotIn = z.infer<typeof StaffBallotIn>;
export type PaperCountsIn = z.infer<typeof PaperCountsIn>;
export type VerifyIn = z.infer<typeof VerifyIn>;
export type StaffVerifyIn = z.infer<typeof StaffVerifyIn>;
export type NewProposal = z.infer<typeof NewProposal>;
export type ProposalAnswer = z.infer<typeof ProposalAnswer>;

export const NewTopic = z.object({
  communityCode: Code,
  title: Title,
  body: Body,
  source: z.enum(['staff', 'case', 'hotspot']),
  /** The case number or hot-issue id it comes from. */
  sourceRef: z.string().trim().max(64).optional(),
});
export type NewTopic = z.infer<typeof NewTopic>;
/** A topic a verified resident raises for deliberation. */
export const NewResidentTopic = z.object({ title: Title, body: z.string().trim().min(10).max(5000) });
export type NewResidentTopic = z.infer<typeof NewResidentTopic>;
export const TopicActionIn = z.object({
  action: z.enum(['start', 'finish', 'decline']),
  note: z.string().trim().max(2000).default(''),
});
export type TopicActionIn = z.infer<typeof TopicActionIn>;
export const FollowupIn = z.object({ body: z.string().trim().min(2).max(2000) });
export const NewMeeting = z.object({
  communityCode: Code,
  title: Title,
  place: z.string().trim().min(2).max(200),
  meetingAt: z.iso.datetime({ offset: true }),
  agenda: z.string().trim().min(2).max(5000),
  invited: z.number().int().min(0).max(100_000),
  topicIds: z.array(Uuid).min(1).max(20),
  /** Publish the agenda now (else later, but at least the notice period before the meeting). */
  publishAgenda: z.boolean().default(true),
});
export type NewMeeting = z.infer<typeof NewMeeting>;
export const MeetingRecordIn = z.object({
  present: z.number().int().min(0).max(100_000),
  attendees: z.string().trim().max(5000).default(''),
  minutes: z.string().trim().max(20_000),
  decision: z.string().trim().max(5000),
});
export type MeetingRecordIn = z.infer<typeof MeetingRecordIn>;
