// What other modules (and the benchmark) use of the read side of the base data.
export { countsFor, type BaseCounts, type CountsTarget } from './baseview.counts.ts';
