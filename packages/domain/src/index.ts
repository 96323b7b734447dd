export * from './governance.ts';
