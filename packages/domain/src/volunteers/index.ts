export * from './volunteers.ts';
