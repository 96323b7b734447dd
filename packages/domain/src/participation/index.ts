export * from './votes.ts';
export * from './deliberation.ts';
