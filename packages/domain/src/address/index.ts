export * from './normalize.ts';
export * from './parse.ts';
export * from './score.ts';
export * from './search-index.ts';
export * from './check.ts';
