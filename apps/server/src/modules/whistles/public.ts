// The whistles' report-in deadline worker, started with the timer worker (timers.runtime.ts).
export { createWhistleQueue, startWhistleWorker, type WhistleWorkerOptions } from './whistles.jobs.ts';
export { accessTo } from './whistles.access.ts';
export { WhistleParams } from './whistles.io.ts';
