export * from './time.ts';
export * from './working-calendar.ts';
export * from './deadline.ts';
export * from './policy.ts';
