export * from './power.ts';
export * from './catalogue.ts';
