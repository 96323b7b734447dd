export * from './visit-rules.ts';
export * from './sync.ts';
export * from './mediation.ts';
export * from './access.ts';
export * from './settings.ts';
export * from './tasks.ts';
export * from './floorplan.ts';
