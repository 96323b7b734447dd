export * from './resolve.ts';
