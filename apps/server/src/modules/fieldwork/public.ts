export { startTrackPurge } from './fieldwork.jobs.ts';
export { receive } from './submissions.ts';
