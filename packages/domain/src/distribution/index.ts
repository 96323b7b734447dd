export * from './district.ts';
