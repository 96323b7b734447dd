export * from './heat.ts';
export * from './places.ts';
export * from './cluster.ts';
export * from './monthly.ts';
export * from './effect.ts';
export * from './opinion.ts';
