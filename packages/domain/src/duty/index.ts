export * from './resolve.ts';
export * from './override.ts';
