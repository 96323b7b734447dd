export * from './codes.ts';
export * from './classes.ts';
export * from './access.ts';
export * from './ids.ts';
export * from './org-types.ts';
