export * from './rates.ts';
export * from './facts.ts';
