export * from './codes.ts';
export * from './classes.ts';
export * from './access.ts';
export * from './resident-id.ts';
export * from './age.ts';
export * from './person-import.ts';
export * from './ids.ts';
export * from './org-types.ts';
