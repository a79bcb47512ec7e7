import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, chownSync, chmodSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server for tests and benchmarks that lives in a temporary folder: `initdb`, started
 * on a Unix socket in that folder (no TCP port, so parallel runs on one machine never collide),
 * stopped and deleted by `stop()`. Durability is switched off (fsync, full-page writes): the data
 * is thrown away anyway, and it keeps a start at about a second.
 *
 * PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user (created by
 * Debian's package), or a system user made for it. When the binaries are missing and this is root
 * with apt-get, Debian's `postgresql` package is installed first (a clean CI machine).
 */
export interface ThrowawayPostgres {
  /** Connection string of the superuser's `postgres` database. */
  url: string;
  /** The same server, another database (created by `createDatabase`). */
  urlFor: (database: string) => string;
  /** Stops the server; the data folder is kept so `start()` brings the same data back. */
  halt: () => void;
  /** Starts it again after `halt()`. */
  start: () => void;
  /** Stops the server and deletes its folder. */
  stop: () => void;
}

const SUPERUSER = 'postgres';
const FALLBACK_OS_USER = 'newsdesk-postgres';

export function startThrowawayPostgres(): ThrowawayPostgres {
  const bin = postgresBinDir() ?? installPostgres();
  const osUser = process.getuid?.() === 0 ? serverOsUser() : null;
  const base = mkdtempSync(path.join(tmpdir(), 'newsdesk-pg-'));
  const dataDir = path.join(base, 'data');
  const logFile = path.join(base, 'server.log');
  if (osUser) {
    chownSync(base, osUser.uid, osUser.gid);
    chmodSync(base, 0o755); // the socket lives here; clients running as root must reach it
  }
  const run = (program: string, args: string[]) => {
    const command = osUser ? 'runuser' : path.join(bin, program);
    const fullArgs = osUser ? ['-u', osUser.name, '--', path.join(bin, program), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: 'utf8' });
    if (result.status !== 0) {
      const log = existsSync(logFile) ? spawnSync('tail', ['-n', '20', logFile], { encoding: 'utf8' }).stdout : '';
      throw new Error(`${program} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr.trim()}\n${log}`);
    }
  };

  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', SUPERUSER, '-E', 'UTF8', '--locale=C', '--no-sync']);
  const serverOptions = [`-k ${base}`, "-c listen_addresses=''", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200'].join(' ');
  const start = () => run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-s', 'start']);
  // A clean shutdown (what a restarted database server does): with synchronous_commit off an
  // immediate one could lose the last commits, which a test of "the database comes back" must not.
  const halt = (mode: 'fast' | 'immediate' = 'fast') => {
    if (existsSync(path.join(dataDir, 'postmaster.pid'))) run('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-s', 'stop']);
  };
  start();

  const urlFor = (database: string) => `postgresql://${SUPERUSER}@/${encodeURIComponent(database)}?host=${encodeURIComponent(base)}`;
  return {
    url: urlFor('postgres'),
    urlFor,
    halt: () => halt('fast'),
    start,
    stop: () => {
      try {
        halt('immediate');
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}

/** Where `initdb`, `pg_ctl` and `postgres` are: on PATH, or Debian's versioned folder (newest first). */
export function postgresBinDir(): string | null {
  const candidates = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debian, version, 'bin')));
  }
  return candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((program) => isExecutable(path.join(dir, program)))) ?? null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function installPostgres(): string {
  const canInstall = process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      'The PostgreSQL tests need a PostgreSQL server: install it (Debian/Ubuntu: `sudo apt-get install postgresql`) ' +
        'or point TEST_DATABASE_URL at a database the tests may create databases in.',
    );
  }
  process.stderr.write("PostgreSQL is not installed: installing Debian's postgresql package for the tests…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
  const bin = postgresBinDir();
  if (!bin) throw new Error('apt-get installed postgresql, but initdb, pg_ctl and postgres are still not found.');
  return bin;
}

/** A non-root user to run the server as: Debian's `postgres`, or one created for the purpose. */
function serverOsUser(): { name: string; uid: number; gid: number } {
  for (const name of ['postgres', FALLBACK_OS_USER]) {
    const ids = userIds(name);
    if (ids) return { name, ...ids };
  }
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', FALLBACK_OS_USER], { stdio: 'inherit' });
  const ids = userIds(FALLBACK_OS_USER);
  if (!ids) throw new Error(`could not create the user ${FALLBACK_OS_USER} to run PostgreSQL as`);
  return { name: FALLBACK_OS_USER, ...ids };
}

function userIds(name: string): { uid: number; gid: number } | null {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
