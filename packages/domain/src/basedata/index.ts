export * from './codes.ts';
export * from './classes.ts';
export * from './access.ts';
