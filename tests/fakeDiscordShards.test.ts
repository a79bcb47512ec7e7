/**
 * The fake Discord shards the way Discord does, with real discord.js clients: GET /gateway/bot
 * recommends a shard count (what `shards: 'auto'` and the ShardingManager use), each IDENTIFY's
 * `shard: [id, count]` gets only its guilds (`(guild_id >> 22) % count`), and a guild's
 * interactions reach the bot over that shard's connection only.
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, Events, GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, InteractionResponseType, type Interaction } from 'discord.js';
import { guildIdOnShard, noIdentifyThrottle, shardOf, startFakeDiscord, type FakeDiscord } from './helpers/fakeDiscord.ts';

const TOKEN = 'fake-token.for-tests.only';

describe('fake Discord: sharding', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    // Clients first, then the fake (see fakeDiscord.ts).
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function fakeWithTwoShards(): Promise<{ fake: FakeDiscord; onShard0: string; onShard1: string }> {
    const onShard0 = guildIdOnShard(0, 2);
    const onShard1 = guildIdOnShard(1, 2);
    const fake = await startFakeDiscord({ token: TOKEN, shards: 2, guild: { id: onShard0, name: 'Zero' }, extraGuilds: [{ id: onShard1, name: 'One' }] });
    cleanup.push(() => fake.close());
    return { fake, onShard0, onShard1 };
  }

  async function loggedIn(fake: FakeDiscord, shards: number[] | 'auto', shardCount?: number): Promise<Client> {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.restApi },
      ws: { buildIdentifyThrottler: noIdentifyThrottle },
      shards,
      ...(shardCount === undefined ? {} : { shardCount }),
    });
    cleanup.push(() => client.destroy());
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
    return client;
  }

  it('makes guild ids for a given shard with Discord’s formula', () => {
    for (const count of [1, 2, 3, 16]) {
      for (let shard = 0; shard < count; shard++) {
        const id = guildIdOnShard(shard, count);
        expect(shardOf(id, count)).toBe(shard);
        expect(Number((BigInt(id) >> 22n) % BigInt(count))).toBe(shard);
      }
    }
    expect(() => guildIdOnShard(2, 2)).toThrow(/no shard 2 of 2/);
  });

  it('recommends its shard count, so shards: auto identifies every shard and caches every guild', async () => {
    const { fake, onShard0, onShard1 } = await fakeWithTwoShards();
    const client = await loggedIn(fake, 'auto');
    expect(client.options.shardCount).toBe(2);
    const identifies = fake.connections.map((c) => c.shard).filter((s) => s !== null);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(client.guilds.cache.get(onShard0)?.shardId).toBe(0);
    expect(client.guilds.cache.get(onShard1)?.shardId).toBe(1);
  });

  it('tells each shard only of its own guilds and delivers a guild’s interactions over its shard only', async () => {
    const { fake, onShard0, onShard1 } = await fakeWithTwoShards();
    // Two clients as two shard processes would be: each knows only its shard id.
    const zero = await loggedIn(fake, [0], 2);
    const one = await loggedIn(fake, [1], 2);
    expect([...zero.guilds.cache.keys()]).toEqual([onShard0]);
    expect([...one.guilds.cache.keys()]).toEqual([onShard1]);

    const seen: Array<{ client: string; guild: string | null }> = [];
    const record = (name: string) => (interaction: Interaction) => {
      seen.push({ client: name, guild: interaction.guildId });
      if (interaction.isChatInputCommand()) void interaction.reply({ content: `from ${name}` });
    };
    zero.on(Events.InteractionCreate, record('zero'));
    one.on(Events.InteractionCreate, record('one'));

    const inOne = await fake.interact(fake.chatInputInteraction({ name: 'help', guildId: onShard1 }));
    const inZero = await fake.interact(fake.chatInputInteraction({ name: 'help', guildId: onShard0 }));
    expect(inOne.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'from one' } });
    expect(inZero.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'from zero' } });
    expect(seen).toEqual([
      { client: 'one', guild: onShard1 },
      { client: 'zero', guild: onShard0 },
    ]);
  });

  it('sends events without a guild (DMs) to shard 0, and finds no session for a shard nobody identified', async () => {
    const { fake, onShard1 } = await fakeWithTwoShards();
    const zero = await loggedIn(fake, [0], 2);
    const dm = once(zero, Events.InteractionCreate);
    expect(fake.dispatch(GatewayDispatchEvents.InteractionCreate, fake.chatInputInteraction({ name: 'help', dm: true }))).not.toBeNull();
    const [interaction] = (await dm) as [Interaction];
    expect(interaction.guildId).toBeNull();
    await expect(fake.interact(fake.chatInputInteraction({ name: 'help', guildId: onShard1 }), 500)).rejects.toThrow(/no gateway session/);
  });

  it('closes an IDENTIFY for a shard outside its count with 4010 Invalid shard', async () => {
    const { fake } = await fakeWithTwoShards();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restApi }, ws: { buildIdentifyThrottler: noIdentifyThrottle }, shards: [2], shardCount: 2 });
    cleanup.push(() => client.destroy());
    const closed = once(client, Events.ShardDisconnect);
    client.login(TOKEN).catch(() => undefined);
    const [event] = (await closed) as [{ code: number }];
    expect(event.code).toBe(GatewayCloseCodes.InvalidShard);
  });
});
