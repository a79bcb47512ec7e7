import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A script of the project (`src/main.ts`, `src/reindexCli.ts`) run as a shell runs it: through tsx, with only the environment given. */
export function runEntryPoint(script: string, options: { args?: string[]; env: Record<string, string>; stdin?: string }): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...(options.args ?? [])], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export interface PausedWorker {
  worker: ChildProcessByStdio<null, Readable, Readable>;
  /** The signal that ended it, once it has exited. */
  exited: Promise<NodeJS.Signals | null>;
}

/** Starts a test helper script that prints "paused" at the point a test wants to kill it, and waits for that line. */
export async function startPausedWorker(script: string, args: string[]): Promise<PausedWorker> {
  const worker = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => worker.once('exit', (_code, signal) => resolve(signal)));
  let stderr = '';
  worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    worker.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('paused') && resolve());
    worker.once('exit', () => reject(new Error(`${script} exited before pausing: ${stderr}`)));
  });
  return { worker, exited };
}
