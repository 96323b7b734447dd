export { startTrackPurge } from './fieldwork.jobs.ts';
