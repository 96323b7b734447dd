export * from './forwarding.ts';
