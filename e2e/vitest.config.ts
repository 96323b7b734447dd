import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    // Every file starts a fresh demo: a small base data (一标三实), the demo community still rich (see README).
    env: { DEMO_BASE_SCALE: '0.02' },
  },
});
