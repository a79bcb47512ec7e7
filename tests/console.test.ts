import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { runConsoleLine } from '../src/console/consoleCommands.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { runEntryPoint, type Finished } from './helpers/entryPoint.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** Runs the real entry point (what `npm start` runs) with a clean environment. */
function runMain(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<Finished> {
  return runEntryPoint('src/main.ts', { args, env: { DISCORD_TOKEN: '', SEEDS_DIR: SEEDS_DIR, ...options.env }, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) });
}

describe('console commands', () => {
  let desk: NewsDesk;
  beforeAll(async () => {
    desk = await NewsDesk.open({ seedsDir: SEEDS_DIR });
  });

  it('answers /ask with passages and citations', async () => {
    const { output } = await runConsoleLine(desk, '/ask did Russia plan to invade Ukraine?');
    expect(output.split('\n')[0]).toMatch(/^1\. .*plans to invade/);
    expect(output).toContain('— Newser — “US, Russia Talks on Crimea Flop” — Mar 14, 2014 12:34 PM CDT — paragraph 2, sentence 3');
    expect(output).toContain('publication not named');
  });

  it('answers a question the articles do not cover with the reason and the closest passages, labelled as no answer', async () => {
    const { output } = await runConsoleLine(desk, '/ask how many votes did the referendum get');
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^No passage mentions “number of votes” together with “referendum”/);
    expect(lines[1]).toBe('Closest passages — not an answer:');
    expect(lines[2]).toMatch(/^1\. /);
  });

  it('treats a bare line as a question and “ask” without a slash the same', async () => {
    expect((await runConsoleLine(desk, 'who died in Donetsk')).output).toBe((await runConsoleLine(desk, 'ask who died in Donetsk')).output);
  });

  it('lists quotes, speakers, sources and help', async () => {
    const lavrov = (await runConsoleLine(desk, '/quote Lavrov')).output;
    expect(lavrov).toMatch(/^Sergei Lavrov \(Russian Foreign Minister\) — 7 statement\(s\), 10 reports/);
    expect(lavrov).toContain('reported by 2 article(s); also:');
    expect((await runConsoleLine(desk, '/speakers')).output.split('\n')[0]).toMatch(/^John Kerry/);
    const sources = (await runConsoleLine(desk, '/sources')).output;
    expect(sources).toMatch(/^2 article\(s\), 33 passages/);
    expect(sources).toContain('3 reader comments not indexed');
    expect((await runConsoleLine(desk, '/help')).output).toContain('/quote <speaker>');
    expect((await runConsoleLine(desk, '/frobnicate')).output).toMatch(/^Unknown command “\/frobnicate”/);
    const escaped = (await runConsoleLine(desk, '/x\u001b[2J\u001b]0;owned\u0007')).output;
    expect(escaped).toMatch(/^Unknown command “\/x\\x1b\[2J\\x1b\]0;owned\\x07”/);
    expect(escaped).not.toContain('\u001b');
    expect((await runConsoleLine(desk, '/quit')).quit).toBe(true);
  });

  it('knows every command the command list has (the parser is derived from it)', async () => {
    for (const command of COMMANDS) {
      for (const spelling of [command.name, ...(command.aliases ?? [])]) {
        const { output } = await runConsoleLine(desk, `/${spelling} Lavrov`);
        expect(output, `/${spelling}`).not.toMatch(/^Unknown command/);
      }
    }
    const help = (await runConsoleLine(desk, '/help')).output;
    for (const command of COMMANDS) expect(help).toContain(command.usage);
  });

  it('reports a reindex', async () => {
    const quotes = desk.snapshot.quotes.length;
    expect((await runConsoleLine(desk, '/reindex')).output).toMatch(new RegExp(`^Reindexed in \\d+ ms: 2 article\\(s\\), 33 passages, ${quotes} quotes\\.\\nunchanged files: 2`));
  });
});

describe('npm start without a token', () => {
  it('runs one command from the arguments and exits', async () => {
    const result = await runMain(['ask', 'what did Kerry warn?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1\. /);
    expect(result.stdout).toContain('Kerry');
    expect(result.stderr).toBe('');
  });

  it('an empty argument says what to type instead of printing nothing', async () => {
    const result = await runMain(['']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Nothing to answer: give a question or a command, e\.g\. npm start -- ask /);
    expect(result.stderr).toBe('');
  });

  it('reads commands from piped stdin, one per line', async () => {
    const result = await runMain([], { stdin: '/quote Lavrov\n/sources\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Sergei Lavrov .*— 7 statement\(s\), 10 reports/);
    expect(result.stdout).toContain('2 article(s), 33 passages');
  });

  it.each([
    [{ DISCORD_TOKEN: 'not a token' }, /^Cannot start: DISCORD_TOKEN: does not look like a bot token/],
    [{ LOG_LEVEL: 'loud' }, /^Cannot start: LOG_LEVEL: must be one of debug, info, warn, error/],
    [{ SEEDS_DIR: '/nonexistent/seeds' }, /^Cannot start: The seeds folder “\/nonexistent\/seeds” cannot be read \(ENOENT\)/],
    [{ ASK_COOLDOWN_SECONDS: '-1' }, /^Cannot start: ASK_COOLDOWN_SECONDS: must be a number/],
    [{ MAX_QUESTIONS_IN_FLIGHT: 'lots' }, /^Cannot start: MAX_QUESTIONS_IN_FLIGHT: must be a number from 1 to 1000/],
  ])('fails with one clear line for a bad setting %o', async (env, message) => {
    const result = await runMain(['help'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
