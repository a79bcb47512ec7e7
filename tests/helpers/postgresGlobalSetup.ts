import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwawayPostgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL superuser connection string; tests create their own databases in it (postgres.ts). */
    postgresAdminUrl: string;
  }
}

/**
 * Starts one throwaway PostgreSQL for the whole run (about a second), so `npm test` alone runs the
 * PostgreSQL tests on any machine; TEST_DATABASE_URL uses an existing server instead.
 */
export default function setup(project: TestProject): () => void {
  const existing = process.env.TEST_DATABASE_URL;
  if (existing) {
    project.provide('postgresAdminUrl', existing);
    return () => {};
  }
  const server = startThrowawayPostgres();
  project.provide('postgresAdminUrl', server.url);
  // Also on an abrupt exit, so no server outlives the run.
  const stopOnExit = () => server.stop();
  process.once('exit', stopOnExit);
  return () => {
    process.off('exit', stopOnExit);
    server.stop();
  };
}
