/** Shapes of the residents' self-governance API (三治融合 · 自治, issue 13). */
import type { ResponseOf, Schema } from './contract.ts';

export type CivicVote = Schema<'CivicVote'>;
export type CivicProposal = Schema<'CivicProposal'>;
export type DeliberationTopic = Schema<'DeliberationTopic'>;
export type DeliberationMeeting = Schema<'DeliberationMeeting'>;
export type StaffVerification = ResponseOf<'/api/participation/verifications', 'post'>;
