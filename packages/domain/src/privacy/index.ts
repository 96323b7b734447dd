export * from './deidentify.ts';
export * from './public-view.ts';
export * from './resident.ts';
export * from './client-text.ts';
