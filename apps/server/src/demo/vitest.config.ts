import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The demo data needs no database: run its tests without the root config's PostgreSQL global setup.
// (The demo cases in ./cases do need one; they run under the root config.)
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../../..', import.meta.url)),
    include: ['apps/server/src/demo/*.test.ts'],
    testTimeout: 60_000,
  },
});
