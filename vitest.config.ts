import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'],
          // one embedded PostgreSQL for the run; started only when a server test is selected
          globalSetup: ['apps/server/src/test/global-setup.ts'],
        },
      },
      {
        // The web's logic (outbox, formatting, permissions, list state): pure functions, no browser, no database.
        extends: true,
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
          environment: 'node',
          // a browser far from Beijing: every time on screen must still be Beijing time
          env: { TZ: 'America/Los_Angeles' },
        },
      },
    ],
  },
});
