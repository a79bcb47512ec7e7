/**
 * `npm run deploy-commands` and the Discord settings: registering the command JSON at the fake
 * Discord's guild and global routes, and one-line errors for missing or malformed settings.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits, type APIApplicationCommandOption } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { commandPayloads, deployCommands } from '../src/bot/deployCommands.ts';
import { startFakeDiscord, type FakeDiscord } from './helpers/fakeDiscord.ts';

const TOKEN = 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

describe('deployCommands against the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('registers every command at the guild route when DISCORD_GUILD_ID is set', async () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guild.id }, ROOT);
    const result = await deployCommands(config, { api: fake.restApi });
    expect(result).toEqual({ scope: 'guild', guildId: fake.guild.id, names: ['ask', 'quote', 'speakers', 'sources', 'reindex', 'help'] });
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);

    const registered = fake.registeredCommands(fake.guild.id);
    expect(registered.map((command) => command.name)).toEqual(result.names);
    const reindex = registered.find((command) => command.name === 'reindex');
    expect(reindex?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(reindex?.contexts).toEqual([InteractionContextType.Guild]);
    expect(fake.registeredCommands()).toEqual([]);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId }, ROOT);
    const result = await deployCommands(config, { api: fake.restApi });
    expect(result.scope).toBe('global');
    expect(fake.registeredCommands().map((command) => command.name)).toEqual(result.names);
  });

  it('throws a ConfigError naming the missing variable', async () => {
    await expect(deployCommands(loadConfig({}, ROOT), { api: fake.restApi })).rejects.toThrow(/^DISCORD_TOKEN: is required/);
    await expect(deployCommands(loadConfig({ DISCORD_TOKEN: TOKEN }, ROOT), { api: fake.restApi })).rejects.toThrow(/^DISCORD_CLIENT_ID: is required/);
  });
});

describe('the command definitions', () => {
  const byName = new Map(commandPayloads().map((command) => [command.name, command]));
  const option = (command: string, name: string): APIApplicationCommandOption | undefined => byName.get(command)?.options?.find((o) => o.name === name);

  it('/ask takes a required question of at most 300 characters and 1–10 results', () => {
    expect(option('ask', 'question')).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, max_length: 300 });
    expect(option('ask', 'results')).toMatchObject({ type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 10 });
    expect(option('ask', 'results')?.required ?? false).toBe(false);
  });

  it('/quote autocompletes the speaker', () => {
    expect(option('quote', 'speaker')).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true });
  });

  it('every description fits Discord’s 100 characters', () => {
    for (const command of byName.values()) {
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('startup settings', () => {
  it('a malformed DISCORD_TOKEN is a ConfigError naming DISCORD_TOKEN', () => {
    for (const token of ['"abc.def.ghi"', 'not a token', 'MTEy.short']) {
      let caught: unknown;
      try {
        loadConfig({ DISCORD_TOKEN: token }, ROOT);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as ConfigError).variable).toBe('DISCORD_TOKEN');
      expect((caught as ConfigError).message).toMatch(/^DISCORD_TOKEN: does not look like a bot token/);
      expect((caught as ConfigError).message).not.toContain(token);
    }
  });

  it('numbers are plain decimals and IDs are 64-bit: hex, exponents and IDs above 2^64 are rejected with one line naming the variable', () => {
    const rejected: [Record<string, string>, RegExp][] = [
      [{ ASK_COOLDOWN_SECONDS: '0x10' }, /^ASK_COOLDOWN_SECONDS: must be a number from 0 to 3600, got “0x10”\.$/],
      [{ ASK_COOLDOWN_SECONDS: '1e1' }, /^ASK_COOLDOWN_SECONDS: must be a number/],
      [{ MAX_QUESTIONS_IN_FLIGHT: 'Infinity' }, /^MAX_QUESTIONS_IN_FLIGHT: must be a number from 1 to 1000/],
      [{ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '99999999999999999999' }, /^DISCORD_GUILD_ID: must be a Discord ID \(a 64-bit number/],
      [{ DISCORD_TOKEN: TOKEN, ASK_CHANNEL_ID: '18446744073709551616' }, /^ASK_CHANNEL_ID: must be a Discord ID/],
      [{ LOG_LEVEL: '\u001b[2Jloud' }, /^LOG_LEVEL: must be one of debug, info, warn, error, got “\\x1b\[2Jloud”\.$/],
    ];
    for (const [env, message] of rejected) {
      expect(() => loadConfig(env, ROOT)).toThrow(ConfigError);
      expect(() => loadConfig(env, ROOT)).toThrow(message);
    }
    const accepted = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '18446744073709551615', ASK_COOLDOWN_SECONDS: '2.5', MAX_QUESTIONS_IN_FLIGHT: '16' }, ROOT);
    expect(accepted.discord?.guildId).toBe('18446744073709551615');
    expect([accepted.askCooldownSeconds, accepted.maxQuestionsInFlight]).toEqual([2.5, 16]);
  });

  describe('from the command line', () => {
    let cwd: string;
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DISCORD_|MODERATOR_|ASK_)/.test(key)));
    const exec = async (script: string, env: Record<string, string>) => {
      try {
        const { stdout, stderr } = await run(process.execPath, [tsx, path.join(ROOT, script)], { cwd, env: { ...cleanEnv(), ...env }, timeout: 20_000 });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
      }
    };
    beforeAll(async () => {
      cwd = await mkdtemp(path.join(tmpdir(), 'newsdesk-cli-')); // no .env here
    });
    afterAll(async () => {
      await rm(cwd, { recursive: true, force: true });
    });

    it('npm run deploy-commands without DISCORD_TOKEN or DISCORD_CLIENT_ID prints one line naming it', async () => {
      const [noToken, noClient] = await Promise.all([exec('src/bot/deployCommands.ts', {}), exec('src/bot/deployCommands.ts', { DISCORD_TOKEN: TOKEN })]);
      expect(noToken.code).toBe(2);
      expect(noToken.stderr).toMatch(/^Cannot deploy commands: DISCORD_TOKEN: is required to register commands\. .*\n$/);
      expect(noClient.code).toBe(2);
      expect(noClient.stderr).toMatch(/^Cannot deploy commands: DISCORD_CLIENT_ID: is required to register commands: .*\n$/);
      expect(noClient.stderr).not.toContain(TOKEN);
    });

    it('npm start with a malformed DISCORD_TOKEN stops with one line naming it', async () => {
      const result = await exec('src/main.ts', { DISCORD_TOKEN: '"pasted with quotes"' });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Cannot start: DISCORD_TOKEN: does not look like a bot token.*\n$/);
    });
  });
});
