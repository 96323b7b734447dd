export * from './query.ts';
export * from './template.ts';
