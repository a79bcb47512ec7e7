import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One throwaway PostgreSQL for the run (about a second): the PostgreSQL backend's tests need a real server.
    globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
  },
});
