import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    // A browser under load may take more than vitest's default second to re-render a large form; a poll that
    // waits on a condition fails only when the condition never comes (CI once missed a re-render by this margin).
    expect: { poll: { timeout: 10_000 } },
    // Every file starts a fresh demo: a small base data (一标三实), the demo community still rich (see README).
    env: { DEMO_BASE_SCALE: '0.02' },
  },
});
