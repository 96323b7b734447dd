export * from './model.ts';
export * from './calibrate.ts';
