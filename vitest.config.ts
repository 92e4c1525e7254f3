import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A throwaway PostgreSQL server for the database tests (skipped, with the reason, only outside CI).
    globalSetup: ['tests/setup/postgres.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter end-to-end tests bind ports; run files in parallel but keep each file's tests in order.
    pool: 'forks',
  },
});
