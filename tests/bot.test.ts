/**
 * End-to-end tests of the Discord bot: the real discord.js Client, started by `startBot`, logs in
 * to the fake Discord (tests/helpers/fakeDiscord.ts) and answers from a real NewsDesk over the
 * seed articles. Assertions are on what the bot actually sent over REST.
 */
import { EventEmitter } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ComponentType,
  GatewayIntentBits,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIInteractionCallbackJSONBody,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommands as defaultCommands } from '../src/bot/slashCommands.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import { ensureBrownFixtures } from '../bench/brownFixtures.ts';
import { startBot, type ProcessHooks } from '../src/bot/startBot.ts';
import { DISCORD_LIMITS, embedLength } from '../src/presentation/limits.ts';
import { quotePageId } from '../src/commands/quote.ts';
import { toInteractionReply } from '../src/bot/send.ts';
import type { BotCommand } from '../src/bot/types.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type RecordedRequest } from './helpers/fakeDiscord.ts';
import { firstEmbed, isEphemeral, startHarness, TOKEN, type Harness } from './helpers/botHarness.ts';
import { copySeeds, SEEDS_DIR } from './helpers/seeds.ts';

type CallbackRequest = RecordedRequest<RESTPostAPIInteractionCallbackJSONBody>;

/** The message data of a type-4 (reply) or type-7 (update) callback. */
function messageOf(
  cb: CallbackRequest,
  type: InteractionResponseType.ChannelMessageWithSource | InteractionResponseType.UpdateMessage = InteractionResponseType.ChannelMessageWithSource,
): APIInteractionResponseCallbackData {
  const body = cb.body;
  if (body.type !== type) throw new Error(`expected callback type ${type}, got ${body.type}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data ?? {};
}

/** Everything Discord would reject, checked on what the bot sent. */
function expectWithinDiscordLimits(data: { content?: string; embeds?: APIEmbed[] }): void {
  expect(data.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  const embeds = data.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footerText);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
  expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
}

function embedText(embed: APIEmbed): string {
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]), embed.footer?.text].filter(Boolean).join('\n');
}

/** A button click on a message the bot sent, built from a chat-input payload's common fields. */
function buttonClick(fake: FakeDiscord, customId: string, message: APIMessage, user?: string): APIMessageComponentButtonInteraction {
  const { data: _data, type: _type, ...common } = fake.chatInputInteraction({ name: 'quote', ...(user ? { user } : {}) });
  return { ...common, type: InteractionType.MessageComponent, data: { custom_id: customId, component_type: ComponentType.Button }, message };
}

/** A test-only command whose handler throws at the chosen moment. */
const boom: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('boom')
    .setDescription('Throws, for tests')
    .addStringOption((option) => option.setName('when').setDescription('when to throw').setRequired(true)),
  async execute(interaction: ChatInputCommandInteraction) {
    const when = interaction.options.getString('when', true);
    if (when === 'after-defer') await interaction.deferReply();
    if (when === 'after-reply') await interaction.reply(toInteractionReply({ content: 'partial answer' }));
    throw new Error(`boom ${when}`);
  },
  async autocomplete() {
    throw new Error('boom autocomplete');
  },
};

let seedsDesk: NewsDesk;
beforeAll(async () => {
  seedsDesk = await NewsDesk.open({ seedsDir: SEEDS_DIR });
});

describe('the bot on the seed articles', () => {
  const moderatorRoleId = snowflake();
  const moderatorId = snowflake();
  let h: Harness;
  let fake: FakeDiscord;

  beforeAll(async () => {
    h = await startHarness({
      desk: seedsDesk,
      guild: {
        roles: [{ id: moderatorRoleId, name: 'Moderators', permissions: PermissionFlagsBits.ManageGuild }],
        members: [{ user: { id: moderatorId, username: 'mod' }, roles: [moderatorRoleId] }],
      },
      overrides: { commands: [...defaultCommands, boom] },
    });
    fake = h.fake;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('connects without the privileged MessageContent intent when no ASK_CHANNEL_ID is set', async () => {
    const identify = await fake.waitForIdentify();
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(identify.intents & GatewayIntentBits.GuildMessages).toBe(GatewayIntentBits.GuildMessages);
  });

  it('/ask answers with the passages, each quoted with its full citation, publicly and without pings', async () => {
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'did Russia plan to invade Ukraine?' } }));
    const data = messageOf(cb);
    expect(isEphemeral(data)).toBe(false);
    expect(data.allowed_mentions?.parse).toEqual([]);
    const embed = firstEmbed(data);
    expect(embed.title).toBe('Answers to “did Russia plan to invade Ukraine?”');
    expect(embed.fields).toHaveLength(3);
    const lavrov = embed.fields?.find((field) => field.value.includes('any plans to invade the southeast region of Ukraine'));
    expect(lavrov?.value).toContain('> Moscow “has no, and cannot have, any plans to invade the southeast region of Ukraine” where Russian speakers mostly reside, Lavrov said.');
    expect(lavrov?.value).toContain('— publication not named — “US, Russia have “no common vision” on Ukraine” — paragraph 6, sentence 1');
    const newser = embed.fields?.find((field) => field.value.includes('had no plans to invade Ukraine'));
    expect(newser?.value).toContain('— Newser — “US, Russia Talks on Crimea Flop” — Mar 14, 2014 12:34 PM CDT — paragraph 2, sentence 3');
    expect(newser?.name).toMatch(/^\d\. Newser — Mar 14, 2014/);
    expectWithinDiscordLimits(data);
  });

  it('/ask shows the context sentence when a passage cannot stand alone, and honours results', async () => {
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'Moscow resolve eventual control' } }));
    const hinted = firstEmbed(messageOf(cb)).fields?.find((field) => field.value.startsWith('> Yet he hinted of Moscow’s resolve to put Crimea under its eventual control.'));
    expect(hinted?.value).toContain('\n*context:* (he = Sergei Lavrov) Moscow “has no, and cannot have, any plans to invade');

    const one = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'Moscow resolve eventual control', results: 1 } }));
    expect(firstEmbed(messageOf(one)).fields).toHaveLength(1);

    const ten = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'Russia Ukraine Crimea', results: 10 } }));
    expect(firstEmbed(messageOf(ten)).fields).toHaveLength(10);
  });

  it('/ask answers a question the articles do not cover as “Not covered”, with the reason and the closest passages marked as no answer', async () => {
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'how many votes did the referendum get' } }));
    const data = messageOf(cb);
    const embed = firstEmbed(data);
    expect(embed.title).toBe('Not covered: “how many votes did the referendum get”');
    expect(embed.description).toMatch(/^No passage mentions “number of votes” together with “referendum”.*\nClosest passages below — \*\*not an answer\*\*:$/s);
    expect(embed.fields?.length).toBeGreaterThan(0);
    expect(embed.footer?.text).toContain('none answers the question');
    expectWithinDiscordLimits(data);
  });

  it('/ask mentions a spelling correction', async () => {
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'lavrv invadee' } }));
    const embed = firstEmbed(messageOf(cb));
    expect(embed.description).toBe('Searched for “lavrov invade” (spelling corrected to words the articles use).');
  });

  it('/ask with nothing found or no searchable words answers ephemerally, with help', async () => {
    const none = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'xyzzy plugh' } })));
    expect(none.flags).toBe(MessageFlags.Ephemeral);
    expect(none.content).toContain('Nothing in the indexed articles matches “xyzzy plugh”.');
    expect(none.content).toContain('/speakers and /sources');
    expect(none.allowed_mentions?.parse).toEqual([]);

    const invalid = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'the what' } })));
    expect(invalid.flags).toBe(MessageFlags.Ephemeral);
    expect(invalid.content).toContain('no searchable words');
  });

  it('/quote lists a speaker’s quotes with citations, five per page, with working page buttons', async () => {
    const expected = seedsDesk.quotes('Lavrov');
    if (expected.status !== 'found') throw new Error('Lavrov should be quoted in the seeds');
    // One statement reported by several articles is one item: the seeds' four “no common vision” reports are one.
    const count = expected.statements.length;
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(expected.quotes.length);
    const payload = fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Lavrov' } });
    const data = messageOf(await fake.interact(payload));
    expect(isEphemeral(data)).toBe(false);
    expect(data.allowed_mentions?.parse).toEqual([]);
    const embed = firstEmbed(data);
    expect(embed.title).toBe(`Sergei Lavrov (Russian Foreign Minister) — ${count} quotes`);
    expect(embed.fields).toHaveLength(5);
    expect(embed.fields?.[0]?.name).toBe('1. quote');
    expect(embed.fields?.[0]?.value).toContain('“We have no common vision of the situation, differences remain”');
    expect(embed.fields?.[0]?.value).toContain('— publication not named — “US, Russia have “no common vision” on Ukraine” — paragraph 5, sentence 1 (attributed from “he said”)');
    for (const field of embed.fields ?? [])
      expect(field.value).toMatch(/— (Newser|publication not named) — “.+” — .*(paragraph \d+, sentence \d+|headline|subheadline|photo caption \d+)/);
    expect(embed.footer?.text).toMatch(new RegExp(`^Quotes 1–5 of ${count}`));
    const buttons = data.components?.[0];
    expect(buttons?.type).toBe(ComponentType.ActionRow);
    const [previous, next] = buttons && 'components' in buttons ? buttons.components : [];
    expect(previous).toMatchObject({ disabled: true });
    expect(next).toMatchObject({ disabled: false, custom_id: quotePageId(1, { id: 'sergei-lavrov' }) });

    const message = fake.originalResponse(payload.token);
    if (!message) throw new Error('no original response');
    const page2 = messageOf(await fake.interact(buttonClick(fake, quotePageId(1, { id: 'sergei-lavrov' }), message)), InteractionResponseType.UpdateMessage);
    const embed2 = firstEmbed(page2);
    expect(embed2.fields?.[0]?.name.split('.')[0]).toBe('6');
    expect(embed2.footer?.text).toMatch(new RegExp(`^Quotes 6–${Math.min(10, count)} of ${count}`));
    expect(page2.allowed_mentions?.parse).toEqual([]);
  });

  it('/quote for an unknown speaker answers ephemerally with the known speakers', async () => {
    const data = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Zbigniew Nobody' } })));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/^No quotes from “Zbigniew Nobody” in the indexed articles; known speakers: John Kerry, Sergei Lavrov/);
  });

  it('/quote autocompletes speakers: “lav” → Sergei Lavrov first, at most 25 choices', async () => {
    const cb = await fake.interact(fake.autocompleteInteraction({ name: 'quote', focused: { name: 'speaker', value: 'lav' } }));
    if (cb.body.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) throw new Error(`unexpected callback ${cb.body.type}`);
    const lavrov = seedsDesk.speakers().find((speaker) => speaker.name === 'Sergei Lavrov');
    expect(cb.body.data.choices?.[0]).toEqual({ name: `Sergei Lavrov — ${lavrov?.quoteCount} quotes`, value: 'Sergei Lavrov' });

    const all = await fake.interact(fake.autocompleteInteraction({ name: 'quote', focused: { name: 'speaker', value: '' } }));
    if (all.body.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) throw new Error('unexpected callback');
    const choices = all.body.data.choices ?? [];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((choice) => choice.value)).toEqual(
      seedsDesk
        .speakers()
        .slice(0, 25)
        .map((speaker) => speaker.name),
    );
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('/sources, /speakers and /help answer with embeds', async () => {
    const summary = seedsDesk.sources();
    const sources = firstEmbed(messageOf(await fake.interact(fake.chatInputInteraction({ name: 'sources' }))));
    expect(sources.description).toMatch(new RegExp(`^2 articles, ${summary.passages} passages, ${summary.quotes} quotes from ${summary.speakers} speakers; indexed <t:\\d+:R>\\.`));
    expect(sources.description).toMatch(
      /\n• “US, Russia Talks on Crimea Flop” \(Newser, Mar 14, 2014 12:34 PM CDT, by John Johnson\) — 004\\_59e860e89f0234ce\.txt: \d+ passages, \d+ quotes, 3 reader comments not indexed/,
    );

    const speakers = firstEmbed(messageOf(await fake.interact(fake.chatInputInteraction({ name: 'speakers' }))));
    // Most statements first: Lavrov's four reports of “no common vision” count once.
    expect(speakers.description?.split('\n')[0]).toMatch(/^\*\*John Kerry \(US Secretary of State\)\*\* — \d+ statements/);
    expect(speakers.description).toMatch(/\*\*Sergei Lavrov \(Russian Foreign Minister\)\*\* — 7 statements \(10 reports\)/);

    const help = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'help' })));
    expect(help.flags).toBe(MessageFlags.Ephemeral);
    const text = firstEmbed(help).description ?? '';
    for (const name of ['ask', 'quote', 'speakers', 'sources', 'reindex', 'help']) expect(text).toContain(`**/${name}`);
    expect(text).toContain('*(moderators only)*');
    expect(text).toContain(`mention <@${fake.botUser.id}>`);
  });

  it('/reindex by a moderator is deferred, then edited with the report', async () => {
    const before = seedsDesk.snapshot;
    const payload = fake.chatInputInteraction({ name: 'reindex', user: moderatorId });
    const cb = await fake.interact(payload);
    expect(cb.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await fake.waitForInteractionRequest(payload.token, (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    const body = edit.body as { embeds?: APIEmbed[]; allowed_mentions?: { parse?: string[] } };
    const embed = firstEmbed(body);
    expect(embed.title).toBe('Reindex done');
    const { passages, quotes } = seedsDesk.sources();
    expect(embed.description).toMatch(new RegExp(`^Reindexed in \\d+ ms: 2 article\\(s\\), ${passages} passages, ${quotes} quotes\\.`));
    expect(embed.description).toContain('unchanged files: 2');
    expect(body.allowed_mentions?.parse).toEqual([]);
    expect(seedsDesk.snapshot).not.toBe(before);
  });

  it('/reindex by a member without Manage Server is refused ephemerally and nothing is reindexed', async () => {
    const before = seedsDesk.snapshot;
    const data = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'reindex' })));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('Manage Server');
    expect(seedsDesk.snapshot).toBe(before);
    expect(seedsDesk.isReindexing).toBe(false);

    const dm = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'reindex', dm: true })));
    expect(dm.flags).toBe(MessageFlags.Ephemeral);
    expect(dm.content).toContain('only works in a server');
    expect(seedsDesk.snapshot).toBe(before);
  });

  it('answers a mention with the same content as /ask, as a reply that pings no one', async () => {
    const question = 'what did Kerry warn about?';
    const viaSlash = firstEmbed(messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question } }))));
    const since = fake.mark();
    const sent = fake.sendMessage({ content: question, mentionBot: true });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`, 5_000, since);
    expect(reply.body).toMatchObject({ message_reference: { message_id: sent.id }, allowed_mentions: { parse: [], replied_user: false } });
    expect((reply.body as { embeds?: APIEmbed[] }).embeds?.[0]).toEqual(viaSlash);
  });

  it('understands the legacy nickname mention <@!id> too', async () => {
    const since = fake.mark();
    const sent = fake.sendMessage({ content: `<@!${fake.botUser.id}> did Russia plan to invade Ukraine?`, mentions: [fake.botUser] });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`, 5_000, since);
    expect(reply.body).toMatchObject({ message_reference: { message_id: sent.id } });
    expect((reply.body as { embeds?: APIEmbed[] }).embeds?.[0]?.title).toBe('Answers to “did Russia plan to invade Ukraine?”');
  });

  it('ignores messages from bots, its own messages, and messages that do not mention it', async () => {
    const otherBot = { id: snowflake(), username: 'other-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
    const since = fake.mark();
    fake.sendMessage({ content: 'did Russia plan to invade?', mentionBot: true, author: otherBot });
    fake.sendMessage({ content: `<@${fake.botUser.id}> did Russia plan to invade?`, author: fake.botUser });
    fake.sendMessage({ content: 'did Russia plan to invade?' });
    const human = fake.sendMessage({ content: 'did Russia plan to invade?', mentionBot: true });
    // Replies go out in message order on one route, so once the human's is sent, any earlier one would be too.
    await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith('/messages') && (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === human.id,
      5_000,
      since,
    );
    const posts = fake.requests.slice(since).filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    expect(posts).toHaveLength(1);
  });

  it('answers a bare mention with a hint instead of an empty search', async () => {
    const since = fake.mark();
    const sent = fake.sendMessage({ content: '', mentionBot: true });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`, 5_000, since);
    expect(reply.body).toMatchObject({ content: expect.stringContaining('Ask me something after the mention'), message_reference: { message_id: sent.id } });
  });

  it('never pings and neutralises @everyone, role and user mentions echoed from a question', async () => {
    const userId = fake.defaultUser.id;
    const question = `@everyone @here <@&${moderatorRoleId}> <@${userId}> did Russia plan to invade Ukraine?`;
    const data = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question } })));
    expect(data.allowed_mentions?.parse).toEqual([]);
    const title = firstEmbed(data).title ?? '';
    expect(title).toContain('@\u200Beveryone @\u200Bhere');
    expect(title).toContain(`<\u200B@&${moderatorRoleId}>`);
    expect(title).toContain(`<\u200B@${userId}>`);
    expect(title).not.toMatch(/@everyone|@here|<@&?\d+>/);

    const nothing = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: '@everyone xyzzy *plugh*' } })));
    expect(nothing.allowed_mentions?.parse).toEqual([]);
    expect(nothing.content).toContain('“@\u200Beveryone xyzzy \\*plugh\\*”');

    const since = fake.mark();
    fake.sendMessage({ content: `@everyone <@&${moderatorRoleId}> did Russia plan to invade Ukraine?`, mentionBot: true });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`, 5_000, since);
    const body = reply.body as { embeds?: APIEmbed[]; allowed_mentions?: { parse?: string[]; replied_user?: boolean } };
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(body.embeds)).not.toMatch(/@everyone|<@&\d+>/);
  });

  it('turns a handler exception into an ephemeral error with an id, whatever the reply state, and keeps answering', async () => {
    const before = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'boom', options: { when: 'before-reply' } })));
    expect(before.flags).toBe(MessageFlags.Ephemeral);
    const id = /error id ([A-Z2-9]{6})/.exec(before.content ?? '')?.[1];
    expect(id).toBeDefined();
    expect(h.logs.lines.some((line) => line.includes('handler failed') && line.includes(`errorId=${id}`) && line.includes('boom before-reply'))).toBe(true);

    const deferred = fake.chatInputInteraction({ name: 'boom', options: { when: 'after-defer' } });
    expect((await fake.interact(deferred)).body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await fake.waitForInteractionRequest(deferred.token, (r) => r.method === 'PATCH');
    expect((edit.body as { content?: string }).content).toMatch(/^Something went wrong \(error id [A-Z2-9]{6}\)/);

    const replied = fake.chatInputInteraction({ name: 'boom', options: { when: 'after-reply' } });
    await fake.interact(replied);
    const followUp = await fake.waitForInteractionRequest(replied.token, (r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${replied.token}`);
    expect(followUp.body).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/error id [A-Z2-9]{6}/), allowed_mentions: { parse: [] } });

    const after = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'did Russia plan to invade Ukraine?' } })));
    expect(firstEmbed(after).fields?.length).toBe(3);
  });

  it('answers a throwing autocomplete with no choices', async () => {
    const cb = await fake.interact(fake.autocompleteInteraction({ name: 'boom', focused: { name: 'when', value: 'x' } }));
    expect(cb.body).toEqual({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
    expect(h.logs.lines.some((line) => line.includes('boom autocomplete'))).toBe(true);
  });

  it('answers an unknown (stale) command ephemerally', async () => {
    const data = messageOf(await fake.interact(fake.chatInputInteraction({ name: 'oldcommand' })));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('deploy-commands');
  });

  it('keeps working after the gateway closes with 4000 and the session resumes', async () => {
    const { resumed } = fake.stats;
    fake.closeSocket(4000);
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'did Russia plan to invade Ukraine?' } }), 10_000);
    expect(firstEmbed(messageOf(cb)).fields?.some((field) => field.value.includes('any plans to invade the southeast region'))).toBe(true);
    await fake.waitForResumed({ count: resumed + 1 });
  });

  it('never writes the token to the log', () => {
    expect(h.logs.lines.length).toBeGreaterThan(10); // debug level: discord.js's own debug lines are included
    for (const line of h.logs.lines) expect(line).not.toContain(TOKEN);
    expect(h.logs.lines.some((line) => line.includes('bot ready'))).toBe(true);
  });
});

describe('/reindex with MODERATOR_ROLE_ID', () => {
  const moderatorRoleId = snowflake();
  const withRole = snowflake();
  const withoutRole = snowflake();
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      desk: seedsDesk,
      env: { MODERATOR_ROLE_ID: moderatorRoleId },
      guild: {
        roles: [
          { id: moderatorRoleId, name: 'Moderators' },
          { name: 'Managers', permissions: PermissionFlagsBits.ManageGuild },
        ],
        members: [{ user: { id: withRole, username: 'has-role' }, roles: [moderatorRoleId] }, { user: { id: withoutRole, username: 'no-role' } }],
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a member with Manage Server but without the role', async () => {
    const before = seedsDesk.snapshot;
    const data = messageOf(await h.fake.interact(h.fake.chatInputInteraction({ name: 'reindex', user: withoutRole, permissions: PermissionFlagsBits.ManageGuild })));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('moderator role');
    expect(seedsDesk.snapshot).toBe(before);
  });

  it('refuses a member with the role but without Manage Server', async () => {
    const data = messageOf(await h.fake.interact(h.fake.chatInputInteraction({ name: 'reindex', user: withRole, permissions: PermissionFlagsBits.SendMessages })));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('Manage Server');
  });

  it('accepts a member with both', async () => {
    const payload = h.fake.chatInputInteraction({ name: 'reindex', user: withRole, permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages });
    expect((await h.fake.interact(payload)).body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await h.fake.waitForInteractionRequest(payload.token, (r) => r.method === 'PATCH');
    expect(firstEmbed(edit.body as { embeds?: APIEmbed[] }).title).toBe('Reindex done');
  });
});

describe('two /reindex at once', () => {
  let h: Harness;
  let cleanup: () => Promise<void>;
  let desk: NewsDesk;
  let release: () => void = () => {};
  let reachedFirstFile: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (reachedFirstFile = resolve));

  beforeAll(async () => {
    const seeds = await copySeeds();
    cleanup = seeds.cleanup;
    desk = await NewsDesk.open({ seedsDir: seeds.dir });
    h = await startHarness({
      desk,
      overrides: {
        // The first reindex stops at its first file until the test releases it.
        reindexHooks: {
          onFile: async () => {
            reachedFirstFile();
            await gate;
          },
        },
      },
    });
  });
  afterAll(async () => {
    release();
    await h?.close();
    await cleanup?.();
  });

  it('tells the second one that a reindex is already running; the first reports when done', async () => {
    const owner = h.fake.ownerUser.id;
    const first = h.fake.chatInputInteraction({ name: 'reindex', user: owner });
    expect((await h.fake.interact(first)).body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await reached;
    expect(desk.isReindexing).toBe(true);

    const second = messageOf(await h.fake.interact(h.fake.chatInputInteraction({ name: 'reindex', user: owner })));
    expect(second.flags).toBe(MessageFlags.Ephemeral);
    expect(second.content).toContain('A reindex is already running');

    release();
    const edit = await h.fake.waitForInteractionRequest(first.token, (r) => r.method === 'PATCH');
    expect(firstEmbed(edit.body as { embeds?: APIEmbed[] }).description).toMatch(/^Reindexed in \d+ ms/);
  });
});

describe('over-long answers', () => {
  let h: Harness;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-long-'));
    const words = 'invasion plans troops border Crimea referendum annex sanctions *diplomats* _warned_ response Kremlin `Ukraine` @everyone'.split(' ');
    const filler = (count: number, seed: number) => Array.from({ length: count }, (_, index) => words[(index * 7 + seed) % words.length]).join(' ');
    const paragraphs = [
      `(Newser) – The invasion plans were discussed at length, officials said, as <@&123456789012345678> watched ${filler(900, 1)}.`,
      ...Array.from({ length: 12 }, (_, index) => `Another account of invasion plans number ${index} ${filler(300 + index, index)}.`),
      ...Array.from({ length: 30 }, (_, index) => `“Quote number ${index} says the invasion plans are ${filler(150, index)},” said Ivan Testov, the Ruritanian defence minister.`),
    ];
    await writeFile(
      path.join(dir, 'long.txt'),
      `A Very Long Report About Invasion Plans ${filler(80, 3)}\nBy Test Writer, Newser Staff\nPosted Mar 14, 2014 12:34 PM CDT\n\n${paragraphs.join('\n\n')}\n`,
    );
    h = await startHarness({ desk: await NewsDesk.open({ seedsDir: dir }) });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('/ask with ten very long passages stays within every Discord limit, truncated at words with “…”', async () => {
    const data = messageOf(await h.fake.interact(h.fake.chatInputInteraction({ name: 'ask', options: { question: 'invasion plans', results: 10 } })));
    expectWithinDiscordLimits(data);
    const embed = firstEmbed(data);
    expect(embed.fields).toHaveLength(10);
    for (const field of embed.fields ?? []) {
      expect(field.value).toMatch(/^> .+…\n/); // the passage, cut
      expect(field.value).toMatch(/— Newser — “A Very Long Report About Invasion Plans .*” — Mar 14, 2014 12:34 PM CDT — (paragraph \d+, sentence \d+|headline)$/);
    }
    expect(JSON.stringify(embed)).not.toMatch(/@everyone|<@&\d+>/);
  });

  it('/quote with thirty long quotes pages them, each page within every limit', async () => {
    const payload = h.fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Ivan Testov' } });
    const data = messageOf(await h.fake.interact(payload));
    expectWithinDiscordLimits(data);
    expect(firstEmbed(data).footer?.text).toMatch(/^Quotes 1–5 of 30/);
    const message = h.fake.originalResponse(payload.token);
    if (!message) throw new Error('no original response');
    const last = messageOf(await h.fake.interact(buttonClick(h.fake, quotePageId(99, { id: 'ivan-testov' }), message)), InteractionResponseType.UpdateMessage);
    expectWithinDiscordLimits(last);
    expect(firstEmbed(last).footer?.text).toMatch(/^Quotes 26–30 of 30/);
  });

  it('/sources and the reindex report stay within limits too', async () => {
    expectWithinDiscordLimits(messageOf(await h.fake.interact(h.fake.chatInputInteraction({ name: 'sources' }))));
  });
});

describe('ASK_CHANNEL_ID', () => {
  const askChannelId = snowflake();
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ desk: seedsDesk, env: { ASK_CHANNEL_ID: askChannelId }, guild: { channels: [{ name: 'general' }, { id: askChannelId, name: 'ask-the-news' }] } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('requests the MessageContent intent and treats every message in that channel as a question', async () => {
    const { fake } = h;
    const identify = await fake.waitForIdentify();
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);

    const since = fake.mark();
    fake.sendMessage({ content: 'did Russia plan to invade Ukraine?' }); // general: not a question
    const asked = fake.sendMessage({ content: 'did Russia plan to invade Ukraine?', channelId: askChannelId });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${askChannelId}/messages`, 5_000, since);
    expect(reply.body).toMatchObject({ message_reference: { message_id: asked.id }, allowed_mentions: { parse: [], replied_user: false } });
    const embed = (reply.body as { embeds?: APIEmbed[] }).embeds?.[0];
    expect(embed && embedText(embed)).toContain('any plans to invade the southeast region of Ukraine');
    expect(fake.requests.slice(since).filter((r) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`)).toHaveLength(0);
  });
});

describe('question cooldown', () => {
  let h: Harness;
  let now = 1_000_000;

  beforeAll(async () => {
    h = await startHarness({ desk: seedsDesk, env: { ASK_COOLDOWN_SECONDS: '30' }, overrides: { now: () => now } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks a user to slow down, shared between /ask and mentions, and lets them ask again later', async () => {
    const { fake } = h;
    const ask = () => fake.interact(fake.chatInputInteraction({ name: 'ask', options: { question: 'did Russia plan to invade Ukraine?' } }));
    expect(firstEmbed(messageOf(await ask())).fields).toHaveLength(3);

    now += 10_000;
    const limited = messageOf(await ask());
    expect(limited.flags).toBe(MessageFlags.Ephemeral);
    expect(limited.content).toBe('Slow down a little — you can ask again in 20 s.');

    const since = fake.mark();
    fake.sendMessage({ content: 'what did Kerry warn about?', mentionBot: true });
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path.startsWith('/channels/'), 5_000, since);
    expect(reply.body).toMatchObject({ content: 'Slow down a little — you can ask again in 20 s.', allowed_mentions: { parse: [], replied_user: false } });

    // Someone else is not affected.
    expect(
      firstEmbed(messageOf(await fake.interact(fake.chatInputInteraction({ name: 'ask', user: fake.ownerUser.id, options: { question: 'Kerry' } })))).fields?.length,
    ).toBeGreaterThan(0);

    now += 20_000;
    expect(firstEmbed(messageOf(await ask())).fields).toHaveLength(3);
  });
});

describe('startup and shutdown', () => {
  it('destroys the client and exits 0 on SIGTERM', async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    let exited: () => void = () => {};
    const exitedPromise = new Promise<void>((resolve) => (exited = resolve));
    const hooks: ProcessHooks = {
      on: (event, listener) => signals.on(event, listener),
      off: (event, listener) => signals.off(event, listener),
      exit: (code) => {
        exits.push(code);
        exited();
      },
    };
    const h = await startHarness({ desk: seedsDesk, overrides: { processHooks: hooks } });
    try {
      expect(signals.listenerCount('SIGINT')).toBe(1);
      expect(signals.listenerCount('SIGTERM')).toBe(1);
      // A stray rejection elsewhere is logged, not fatal.
      signals.emit('unhandledRejection', new Error('stray rejection'));
      expect(h.logs.lines.some((line) => line.includes('unhandled promise rejection') && line.includes('stray rejection'))).toBe(true);
      expect(h.bot.client.isReady()).toBe(true);
      signals.emit('SIGTERM', 'SIGTERM');
      await exitedPromise;
      expect(exits).toEqual([0]);
      expect(h.bot.client.isReady()).toBe(false);
      expect(signals.listenerCount('SIGTERM')).toBe(0);
      expect(h.logs.lines.some((line) => line.includes('SIGTERM received, shutting down'))).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('a token Discord rejects fails startup with a ConfigError naming DISCORD_TOKEN', async () => {
    const fake = await startFakeDiscord({ token: 'some-other-token' });
    try {
      const config = loadConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'error' }, process.cwd());
      if (!config.discord) throw new Error('no discord settings');
      const failure = startBot(seedsDesk, config, config.discord, { restApi: fake.restApi, processHooks: null, logSink: () => {} });
      await expect(failure).rejects.toBeInstanceOf(ConfigError);
      await expect(failure).rejects.toThrow(/^DISCORD_TOKEN: was rejected by Discord/);
    } finally {
      await fake.close();
    }
  });

  it('Discord unreachable at startup: one line saying so, tried again with backoff, then one error without a stack', async () => {
    // A port nothing listens on: every connection is refused, as with no network or DNS.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info' }, process.cwd());
    if (!config.discord) throw new Error('no discord settings');
    const lines: string[] = [];
    const failure = startBot(seedsDesk, config, config.discord, {
      restApi: `http://127.0.0.1:${port}/api`,
      processHooks: null,
      logSink: (line) => lines.push(line),
      loginRetry: { attempts: 3, firstDelayMs: 10, maxDelayMs: 20 },
    });
    await expect(failure).rejects.toThrow(/^Discord could not be reached \(ECONNREFUSED\b.*\) after 3 attempt\(s\)\./);
    const error = await failure.catch((caught: unknown) => caught);
    expect(error instanceof Error && error.message.split('\n')).toHaveLength(1);
    const retries = lines.filter((line) => line.includes('Discord could not be reached'));
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/WARN  Discord could not be reached \(ECONNREFUSED.*\); trying again in \d+ s attempt=1$/);
    for (const line of lines) expect(line).not.toMatch(/\n|\bat .*:\d+:\d+/);
  });

  it('ASK_CHANNEL_ID without the approved MessageContent intent fails startup with a ConfigError naming it', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, allowedPrivilegedIntents: 0 });
    try {
      const config = loadConfig({ DISCORD_TOKEN: TOKEN, ASK_CHANNEL_ID: snowflake(), LOG_LEVEL: 'error' }, process.cwd());
      if (!config.discord) throw new Error('no discord settings');
      const failure = startBot(seedsDesk, config, config.discord, { restApi: fake.restApi, processHooks: null, logSink: () => {} });
      await expect(failure).rejects.toThrow(/^ASK_CHANNEL_ID: needs the Message Content intent/);
    } finally {
      await fake.close();
    }
  });
});

describe('/quote for a surname several quoted people share (Brown ca34 and ca40)', () => {
  let h: Harness;
  let dir: string;

  beforeAll(async () => {
    const fixtures = await ensureBrownFixtures();
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-surnames-'));
    for (const text of ['ca34.txt', 'ca40.txt']) await copyFile(path.join(fixtures.pressDir, text), path.join(dir, text));
    h = await startHarness({ desk: await NewsDesk.open({ seedsDir: dir, cacheDir: false }) });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('asks which one, with a button per person that opens their quotes; the full name answers at once', async () => {
    const payload = h.fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Thompson' } });
    const data = messageOf(await h.fake.interact(payload));
    expect(data.embeds ?? []).toEqual([]);
    expect(data.content).toMatch(
      /^“Thompson” could be several people: .*G\. David Thompson.*Llewellyn E\. Thompson|^“Thompson” could be several people: .*Llewellyn E\. Thompson.*G\. David Thompson/,
    );
    const row = data.components?.[0];
    const buttons = row && 'components' in row ? row.components : [];
    const labels = buttons.map((button) => ('label' in button ? button.label : ''));
    expect(labels.sort()).toEqual(['G. David Thompson', 'Llewellyn E. Thompson']);
    const message = h.fake.originalResponse(payload.token);
    if (!message) throw new Error('no original response');
    const chosen = buttons.find((button) => 'label' in button && button.label === 'Llewellyn E. Thompson');
    const customId = chosen && 'custom_id' in chosen ? chosen.custom_id : '';
    const picked = messageOf(await h.fake.interact(buttonClick(h.fake, customId, message)), InteractionResponseType.UpdateMessage);
    expect(firstEmbed(picked).title).toMatch(/^Llewellyn E\. Thompson/);
    const byName = messageOf(await h.fake.interact(h.fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Llewellyn Thompson' } })));
    expect(firstEmbed(byName).title).toBe(firstEmbed(picked).title);
  });
});

describe('/quote for two speakers of one name, never merged (the first-person writers of Brown cf23 and cf24)', () => {
  let h: Harness;
  let dir: string;
  let desk: NewsDesk;

  beforeAll(async () => {
    const fixtures = await ensureBrownFixtures();
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-namesakes-'));
    for (const text of ['cf23.txt', 'cf24.txt']) await copyFile(path.join(fixtures.allDir, text), path.join(dir, text));
    desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
    h = await startHarness({ desk });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('names where each is quoted, so the buttons differ, and each button opens that article’s speaker', async () => {
    const writers = desk.speakers().filter((speaker) => speaker.name === 'the writer');
    expect(writers).toHaveLength(2);
    const headlines = desk.sources().articles.map((article) => article.headline);
    const payload = h.fake.chatInputInteraction({ name: 'quote', options: { speaker: 'the writer' } });
    const data = messageOf(await h.fake.interact(payload));
    for (const headline of headlines) expect(data.content).toContain(`in “${headline}”`);
    const row = data.components?.[0];
    const buttons = row && 'components' in row ? row.components : [];
    const labels = buttons.map((button) => ('label' in button ? button.label : ''));
    expect(new Set(labels).size).toBe(2);
    expect(labels.sort()).toEqual(headlines.map((headline) => `the writer · ${headline}`).sort());
    const message = h.fake.originalResponse(payload.token);
    if (!message) throw new Error('no original response');
    for (const button of buttons) {
      const customId = 'custom_id' in button ? button.custom_id : '';
      const label = 'label' in button ? (button.label ?? '') : '';
      const picked = messageOf(await h.fake.interact(buttonClick(h.fake, customId, message)), InteractionResponseType.UpdateMessage);
      const cited = (firstEmbed(picked).fields ?? []).map((field) => field.value);
      const headline = label.split(' · ')[1] ?? '';
      expect(cited.length).toBeGreaterThan(0);
      for (const value of cited) expect(value).toContain(headline);
    }
  });
});
