export * from './geometry.ts';
export * from './grid-index.ts';
export * from './coords.ts';
export * from './synthetic.ts';
export * from './tiling.ts';
export * from './address-match.ts';
