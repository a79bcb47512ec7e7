import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const URL = 'postgres://newsdesk:s3cret@localhost:5432/newsdesk';

describe('INDEX_BACKEND and DATABASE_URL', () => {
  it('default to the embedded index; postgres takes the URL', () => {
    expect(loadConfig({}, '/srv').index).toEqual({ backend: 'embedded' });
    expect(loadConfig({ DATABASE_URL: URL }, '/srv').index).toEqual({ backend: 'embedded' });
    expect(loadConfig({ INDEX_BACKEND: 'Postgres', DATABASE_URL: URL }, '/srv').index).toEqual({ backend: 'postgres', databaseUrl: URL });
    expect(loadConfig({ INDEX_BACKEND: 'postgres', DATABASE_URL: 'postgresql://postgres@/news?host=/tmp/pg' }, '/srv').index).toEqual({
      backend: 'postgres',
      databaseUrl: 'postgresql://postgres@/news?host=/tmp/pg',
    });
  });

  it('a bad value or a missing URL is one line naming the variable; the URL is never echoed', () => {
    const failure = (env: Record<string, string>) => {
      try {
        loadConfig(env, '/srv');
      } catch (error) {
        if (error instanceof ConfigError) return { variable: error.variable, message: error.message };
        throw error;
      }
      throw new Error('no error');
    };
    expect(failure({ INDEX_BACKEND: 'sqlite' })).toEqual({ variable: 'INDEX_BACKEND', message: expect.stringMatching(/^INDEX_BACKEND: must be embedded .*got “sqlite”\.$/) });
    expect(failure({ INDEX_BACKEND: 'postgres' })).toEqual({ variable: 'DATABASE_URL', message: expect.stringMatching(/^DATABASE_URL: is required when INDEX_BACKEND=postgres/) });
    const malformed = failure({ INDEX_BACKEND: 'postgres', DATABASE_URL: 'localhost:5432 user=newsdesk password=s3cret' });
    expect(malformed.variable).toBe('DATABASE_URL');
    expect(malformed.message).not.toContain('s3cret');
    for (const message of Object.values(failure({ INDEX_BACKEND: 'postgres' }))) expect(message).not.toContain('\n');
  });
});
