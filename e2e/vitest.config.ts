import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    // Each browser test starts the platform on a fresh database: a 2 % demo population (as the API tests' template)
    // keeps that to seconds; the full district (`npm start`) takes minutes.
    env: { DEMO_BASE_SCALE: process.env.DEMO_BASE_SCALE ?? '0.02' },
  },
});
