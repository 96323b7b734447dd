import { defineConfig } from 'vitest/config';

// The domain package is pure: its tests need no database, so they run without the server's global setup.
// A host zone far from Shanghai (and west of Greenwich) keeps the suite honest about "no host time zone".
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    env: { TZ: 'America/Los_Angeles' },
  },
});
