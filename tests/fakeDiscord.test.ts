/**
 * Proves tests/helpers/fakeDiscord.ts works with the REAL discord.js Client: login, guild cache,
 * interactions (reply / defer+edit / autocomplete / files), messages, fault injection (429, 500,
 * expired interaction) and reconnects (resume with replay, re-identify).
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  Client,
  DiscordAPIError,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type APIInteractionResponse,
  type Interaction,
  type Message,
} from 'discord.js';
import { noIdentifyThrottle, startFakeDiscord, type FakeDiscord, type RecordedRequest } from './helpers/fakeDiscord.ts';

const TOKEN = 'fake-token.for-tests.only';

type ResponseOf<T extends InteractionResponseType> = Extract<APIInteractionResponse, { type: T }>;

function asResponse<T extends InteractionResponseType>(req: RecordedRequest<APIInteractionResponse>, type: T): ResponseOf<T> {
  expect(req.body.type).toBe(type);
  return req.body as ResponseOf<T>;
}

describe('fakeDiscord + real discord.js Client', () => {
  let fake: FakeDiscord;
  let client: Client;
  /** The next interactionCreate goes to this handler; its completion/failure is observable. */
  let handler: ((i: Interaction) => Promise<void>) | null = null;

  function onNextInteraction(fn: (i: Interaction) => Promise<void>): () => Promise<void> {
    let settle!: { resolve: () => void; reject: (e: unknown) => void };
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined); // a test that fails before awaiting done() must not leak a rejection
    handler = async (i) => {
      handler = null;
      try {
        await fn(i);
        settle.resolve();
      } catch (err) {
        settle.reject(err);
      }
    };
    return () => done;
  }

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 300 });
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: fake.restApi },
      ws: { buildIdentifyThrottler: noIdentifyThrottle },
    });
    client.on(Events.InteractionCreate, (i) => {
      if (handler) void handler(i);
    });
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in via GET /gateway/bot + IDENTIFY and caches the GUILD_CREATE guild', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);

    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild).toBeDefined();
    expect(guild?.name).toBe(fake.guild.name);
    expect(guild?.ownerId).toBe(fake.ownerUser.id);
    expect(guild?.roles.everyone.id).toBe(fake.guild.id);
    expect(guild?.channels.cache.get(fake.defaultChannelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(fake.botUser.id);
    expect(guild?.members.cache.has(fake.defaultUser.id)).toBe(true);

    const identify = await fake.waitForIdentify();
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(identify.compress).toBe(false);

    const first = fake.connections[0];
    expect(first?.path).toBe('/gateway');
    expect(first?.query.get('v')).toBe('10');
    expect(first?.query.get('encoding')).toBe('json');
    expect(first?.query.get('compress')).toBeNull(); // no zlib-sync installed → no transport compression

    const gw = await fake.waitForRequest((r) => r.path === '/gateway/bot');
    expect(gw.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(gw.status).toBe(200);
  });

  it('acks heartbeats', async () => {
    await fake.waitForGateway('heartbeat', 1, 2_000);
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 2_000 });
  });

  it('registers and fetches guild application commands, rejecting invalid ones like Discord', async () => {
    const app = client.application;
    if (!app) throw new Error('no application');
    const set = await app.commands.set(
      [
        {
          name: 'ask',
          description: 'Ask about the news',
          options: [{ type: ApplicationCommandOptionType.String, name: 'question', description: 'Your question', required: true, autocomplete: true }],
        },
      ],
      fake.guild.id,
    );
    expect([...set.values()].map((c) => c.name)).toEqual(['ask']);
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`);
    expect(put.body).toMatchObject([{ name: 'ask', description: 'Ask about the news' }]);
    expect(fake.registeredCommands(fake.guild.id)).toHaveLength(1);

    const fetched = await app.commands.fetch({ guildId: fake.guild.id });
    expect(fetched.first()?.name).toBe('ask');

    const bad = app.commands.set([{ name: 'Not Valid', description: 'x' }]);
    await expect(bad).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(bad).rejects.toMatchObject({ code: RESTJSONErrorCodes.InvalidFormBodyOrContentType });
  });

  it('delivers a chat-input interaction; reply() lands as a type-4 callback with allowed_mentions', async () => {
    const seen: { name?: string; question?: string | null; canSend?: boolean; channelId?: string | null } = {};
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error(`expected chat input, got type ${i.type}`);
      seen.name = i.commandName;
      seen.question = i.options.getString('question');
      seen.canSend = i.memberPermissions?.has(PermissionFlagsBits.SendMessages) ?? false;
      seen.channelId = i.channelId;
      await i.reply({ content: 'Here is the answer.', allowedMentions: { parse: [] } });
    });
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: 'What happened?' } });
    const cb = await fake.interact(payload);
    await done();

    expect(seen).toEqual({ name: 'ask', question: 'What happened?', canSend: true, channelId: fake.defaultChannelId });
    const body = asResponse(cb, InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.content).toBe('Here is the answer.');
    expect(body.data?.allowed_mentions?.parse).toEqual([]);
    expect(cb.status).toBe(204);
    expect(cb.headers.authorization).toBeUndefined(); // interaction callbacks are unauthenticated
    expect(fake.originalResponse(payload.token)?.content).toBe('Here is the answer.');
  });

  it('deferReply() then editReply() lands as type 5 then PATCH @original', async () => {
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: 'Took a while.' });
    });
    const payload = fake.chatInputInteraction({ name: 'ask', options: { question: 'slow?' } });
    const cb = await fake.interact(payload);
    const body = asResponse(cb, InteractionResponseType.DeferredChannelMessageWithSource);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);

    const patch = await fake.waitForInteractionRequest(payload.token, (r) => r.method === 'PATCH');
    expect(patch.path).toBe(`/webhooks/${fake.applicationId}/${payload.token}/messages/@original`);
    expect(patch.body).toMatchObject({ content: 'Took a while.' });
    await done();

    const original = fake.originalResponse(payload.token);
    expect(original?.content).toBe('Took a while.');
    expect((original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
    expect(fake.requestsForInteraction(payload.token).map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('autocomplete respond() lands as a type-8 callback', async () => {
    const done = onNextInteraction(async (i) => {
      if (!i.isAutocomplete()) throw new Error('expected autocomplete');
      const focused = i.options.getFocused(true);
      await i.respond([{ name: `Election (${focused.value})`, value: 'election' }]);
    });
    const cb = await fake.interact(fake.autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'elec' } }));
    await done();
    const body = asResponse(cb, InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(body.data.choices).toEqual([{ name: 'Election (elec)', value: 'election' }]);
  });

  it('parses multipart bodies: payload_json becomes body, files are recorded', async () => {
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({ content: 'See attached.', files: [new AttachmentBuilder(Buffer.from('hello file'), { name: 'notes.txt' })] });
    });
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask' }));
    await done();
    expect(cb.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(asResponse(cb, InteractionResponseType.ChannelMessageWithSource).data?.content).toBe('See attached.');
    expect(cb.files).toHaveLength(1);
    expect(cb.files[0]?.filename).toBe('notes.txt');
    expect(cb.files[0]?.data.toString()).toBe('hello file');
  });

  it('MESSAGE_CREATE reaches messageCreate and message.reply() lands at POST /channels/:id/messages', async () => {
    const received = once(client, Events.MessageCreate) as Promise<[Message]>;
    const sent = fake.sendMessage({ content: 'what is new today?', mentionBot: true });
    const [message] = await received;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe(`<@${fake.botUser.id}> what is new today?`);
    expect(message.author.id).toBe(fake.defaultUser.id);
    expect(client.user && message.mentions.has(client.user)).toBe(true);

    const since = fake.mark();
    const reply = await message.reply({ content: 'Top stories: …', allowedMentions: { repliedUser: false } });
    const req = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.defaultChannelId}/messages`, 2_000, since);
    expect(req.body).toMatchObject({
      content: 'Top stories: …',
      message_reference: { message_id: sent.id },
      allowed_mentions: { replied_user: false },
    });
    expect(reply.id).toBe(fake.channelMessages().at(-1)?.id);

    // Without the MessageContent intent, Discord blanks content of messages that do not mention the bot.
    const plain = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.sendMessage({ content: 'just chatting' });
    const [plainMessage] = await plain;
    expect(plainMessage.content).toBe('');
  });

  it('retries a 429 (retry_after) on an interaction follow-up', async () => {
    const payload = fake.chatInputInteraction({ name: 'ask' });
    const followupPath = `/webhooks/${fake.applicationId}/${payload.token}`;
    const limited = fake.rateLimitNext((r) => r.method === 'POST' && r.path === followupPath, { retryAfter: 0.3 });
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({ content: 'part 1' });
      await i.followUp({ content: 'part 2' });
    });
    await fake.interact(payload);
    const ok = await fake.waitForInteractionRequest(payload.token, (r) => r.path === followupPath && r.status === 200);
    await done();

    const attempts = fake.requestsForInteraction(payload.token).filter((r) => r.path === followupPath);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(limited.hits).toHaveLength(1);
    expect(ok.receivedAt - (attempts[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(300);
    expect(ok.body).toMatchObject({ content: 'part 2' });
  });

  it('retries a 500 on an interaction callback', async () => {
    const payload = fake.chatInputInteraction({ name: 'ask' });
    fake.failNext((r) => r.path.startsWith(`/interactions/${payload.id}/`));
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({ content: 'eventually' });
    });
    const first = await fake.interact(payload);
    expect(first.status).toBe(500);
    await fake.waitForInteractionRequest(payload.token, (r) => r.status === 204);
    await done();
  });

  it('an expired interaction makes reply() reject with 10062 Unknown interaction', async () => {
    const payload = fake.chatInputInteraction({ name: 'ask' });
    fake.expireInteraction(payload.id);
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({ content: 'too late' });
    });
    const cb = await fake.interact(payload);
    expect(cb.status).toBe(404);
    await expect(done()).rejects.toMatchObject({ code: RESTJSONErrorCodes.UnknownInteraction });
  });

  it('resumes after closeSocket(4000), replays missed dispatches and still handles interactions', async () => {
    const { resumed, identifies, replayed } = fake.stats;
    fake.closeSocket(4000);
    // Dispatched while the bot is disconnected: must be replayed after RESUME.
    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({ content: 'after resume' });
    });
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask' }), 5_000);
    await done();
    expect(asResponse(cb, InteractionResponseType.ChannelMessageWithSource).data?.content).toBe('after resume');
    await fake.waitForResumed({ count: resumed + 1 });
    expect(fake.stats.identifies).toBe(identifies);
    expect(fake.stats.replayed).toBeGreaterThan(replayed); // the INTERACTION_CREATE came via replay
    expect(fake.connections.at(-1)?.path).toBe('/gateway-resume');
  });

  it('re-identifies after an abnormal close (1006) with an invalidated session', async () => {
    const { identifies, readies, invalidSessions } = fake.stats;
    fake.closeSocket(1006, { invalidateSession: true });
    await fake.waitForReady({ count: readies + 1, timeoutMs: 5_000 });
    expect(fake.stats.identifies).toBe(identifies + 1);
    expect(fake.stats.invalidSessions).toBe(invalidSessions + 1); // the RESUME attempt was refused

    const done = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({ content: 'after re-identify' });
    });
    const cb = await fake.interact(fake.chatInputInteraction({ name: 'ask' }));
    await done();
    expect(cb.status).toBe(204);
  });
});

describe('fakeDiscord standalone', () => {
  it('rejects a wrong token at GET /gateway/bot (client.login throws TokenInvalid)', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restApi } });
    try {
      await expect(client.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
      expect(fake.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
      expect(fake.stats.connections).toBe(0);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('refuses zlib-stream compression, which discord.js only asks for when zlib-sync is installed', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    try {
      const [code] = (await once(ws, 'close')) as [number];
      expect(code).toBe(GatewayCloseCodes.DecodeError);
      expect(fake.stats.identifies).toBe(0);
    } finally {
      ws.close();
      await fake.close();
    }
  });
});
