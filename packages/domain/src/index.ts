export * from './governance.ts';
export * from './calendar/index.ts';
export * from './duty/index.ts';
export * from './geo/index.ts';
export * from './case/lifecycle.ts';
export * from './whistle/index.ts';
export * from './assessment/index.ts';
export * from './identity/index.ts';
