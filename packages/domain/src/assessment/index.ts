export * from './rates.ts';
export * from './facts.ts';
export * from './territory.ts';
