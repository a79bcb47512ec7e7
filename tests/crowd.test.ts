/**
 * A crowd and a flood, end to end (the real bot against the fake Discord): sixteen costly
 * questions at once must all be answered within Discord's 3 s window (the fake enforces it:
 * `callbackDeadlineMs`), and a flood of mentions must not become a flood of bot posts.
 */
import { InteractionResponseType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { quotesReply } from '../src/commands/quote.ts';
import { DISCORD_LIMITS } from '../src/presentation/limits.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { Speaker } from '../src/domain/types.ts';
import { firstEmbed, isEphemeral, manyUsers, messageProblems, startHarness, until, type MessageData } from './helpers/botHarness.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** One /ask costs this much on the 27k-passage corpus (0.37 s for 300 characters): the real answer, then the rest of that time in real search work. */
const COST_MS = 370;

/** The seed desk whose `ask` takes as long as on a big corpus: the real answer, repeated searches to fill the time. */
function costlyDesk(desk: NewsDesk): NewsDesk {
  const costly = Object.create(desk) as NewsDesk;
  costly.ask = (question, options) => {
    const started = performance.now();
    const answer = desk.ask(question, options);
    while (performance.now() - started < COST_MS) desk.ask(question, options);
    return answer;
  };
  return costly;
}

let desk: NewsDesk;
beforeAll(async () => {
  desk = await NewsDesk.open({ seedsDir: SEEDS_DIR, cacheDir: false });
});

describe('a crowd', () => {
  it('16 members sending a 300-character /ask at once are all answered: late answers are deferred, then edited in', async () => {
    const h = await startHarness({ desk: costlyDesk(desk) });
    try {
      const { fake } = h;
      const question = 'did Russia plan to invade Ukraine? '.repeat(9).slice(0, 300);
      const users = manyUsers(16);
      const payloads = users.map((user) => fake.chatInputInteraction({ name: 'ask', user, options: { question } }));
      const callbacks = await Promise.all(payloads.map((payload) => fake.interact(payload, 20_000)));
      let deferred = 0;
      for (const [index, callback] of callbacks.entries()) {
        expect(callback.status, `callback ${index}`).toBe(204); // not 10062: within the 3 s window
        const body = callback.body as { type: InteractionResponseType; data?: MessageData };
        let answer: MessageData;
        if (body.type === InteractionResponseType.DeferredChannelMessageWithSource) {
          deferred++;
          const payload = payloads[index];
          if (!payload) throw new Error('no payload');
          const edit = await fake.waitForInteractionRequest(payload.token, (request) => request.method === 'PATCH', 20_000);
          expect(edit.status).toBe(200);
          answer = edit.body as MessageData;
          expect(messageProblems(answer, { edit: true })).toEqual([]);
        } else {
          expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
          answer = body.data ?? {};
          expect(messageProblems(answer)).toEqual([]);
        }
        expect(firstEmbed(answer).title).toContain('Answers to');
      }
      // 16 × 0.37 s of search is more than 3 s: some had to be deferred.
      expect(deferred).toBeGreaterThan(0);
      expect(h.logs.lines.filter((line) => line.includes('could not answer'))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('a crowd with answers only the asker should see', () => {
  it('a late ephemeral answer replaces the public “thinking…” with an ephemeral follow-up', async () => {
    const h = await startHarness({ desk: costlyDesk(desk) });
    try {
      const { fake } = h;
      const payloads = manyUsers(8).map((user) => fake.chatInputInteraction({ name: 'ask', user, options: { question: 'weather in paris' } }));
      const callbacks = await Promise.all(payloads.map((payload) => fake.interact(payload, 20_000)));
      let deferred = 0;
      for (const [index, callback] of callbacks.entries()) {
        const payload = payloads[index];
        if (!payload) throw new Error('no payload');
        expect(callback.status).toBe(204);
        const body = callback.body as { type: InteractionResponseType; data?: MessageData };
        if (body.type !== InteractionResponseType.DeferredChannelMessageWithSource) {
          expect(isEphemeral(body.data ?? {})).toBe(true);
          continue;
        }
        deferred++;
        await fake.waitForInteractionRequest(payload.token, (request) => request.method === 'DELETE', 20_000);
        const followUp = await fake.waitForInteractionRequest(payload.token, (request) => request.method === 'POST' && request.path.startsWith('/webhooks/'), 20_000);
        const data = followUp.body as MessageData;
        expect(isEphemeral(data)).toBe(true);
        expect(data.content).toMatch(/^Nothing in the indexed articles matches “weather in paris”/);
        expect(fake.originalResponse(payload.token)).toBeUndefined(); // no public trace left
      }
      expect(deferred).toBeGreaterThan(0);
      expect(h.logs.lines.filter((line) => line.includes('could not answer') || line.includes('handler failed'))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('a mention flood', () => {
  it('50 mentions from one member get one answer and one notice, not 50 posts; a busy spell gives each member at most one notice', async () => {
    const h = await startHarness({ desk, env: { ASK_COOLDOWN_SECONDS: '30' } });
    try {
      const { fake } = h;
      const channelPosts = (since: number) => fake.requests.slice(since).filter((request) => request.method === 'POST' && request.path.startsWith('/channels/'));
      const turnedAway = (since: number) => h.logs.since(since).filter((line) => line.includes('mention turned away without a notice')).length;

      let since = fake.mark();
      let logsSince = h.logs.mark();
      for (let index = 0; index < 50; index++) fake.sendMessage({ content: 'what did Kerry warn about?', mentionBot: true });
      await until(() => turnedAway(logsSince) === 48, 10_000, '48 mentions turned away silently');
      await until(() => channelPosts(since).length === 2, 5_000, 'the answer and one notice');
      const posts = channelPosts(since).map((request) => request.body as MessageData);
      expect(posts.filter((post) => post.embeds?.length)).toHaveLength(1);
      expect(posts.filter((post) => /^Slow down a little/.test(post.content ?? ''))).toHaveLength(1);

      // Ten members, three mentions each, all too soon after a first /ask: one notice each at most.
      const members = manyUsers(10);
      for (const user of members) await fake.interact(fake.chatInputInteraction({ name: 'ask', user, options: { question: 'Kerry' } }));
      since = fake.mark();
      logsSince = h.logs.mark();
      for (let round = 0; round < 3; round++) for (const author of members) fake.sendMessage({ content: 'Kerry', mentionBot: true, author });
      await until(() => turnedAway(logsSince) === 20, 10_000, '20 mentions turned away silently');
      await until(() => channelPosts(since).length === 10, 5_000, 'one notice per member');
      const noticed = channelPosts(since).map((request) => (request.body as MessageData).content ?? '');
      for (const notice of noticed) expect(notice).toMatch(/^Slow down a little/);
    } finally {
      await h.close();
    }
  });
});

describe('autocomplete input', () => {
  it('a numeric autocomplete value is searched as text, without an error', async () => {
    const h = await startHarness({ desk });
    try {
      const { fake } = h;
      const since = h.logs.mark();
      const callback = await fake.interact(fake.autocompleteInteraction({ name: 'quote', focused: { name: 'speaker', value: 12345, type: 4 } }));
      expect(callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      expect(h.logs.since(since).filter((line) => / ERROR /.test(line))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('quote paging', () => {
  it('a speaker whose name is longer than a button id still gets page buttons that lead to the next page', () => {
    const real = desk.quotes('Lavrov');
    if (real.status !== 'found') throw new Error('no Lavrov');
    const name = `${'Very Long Name '.repeat(10)}Lavrov`;
    const speaker: Speaker = { ...real.speaker, id: name.toLowerCase().replace(/\s+/g, '-'), name };
    const reply = quotesReply({ ...real, speaker }, 0);
    expect(firstEmbed(reply).footer?.text).toMatch(/^Quotes 1–5 of 10/);
    const [previous, next] = reply.buttons ?? [];
    expect(previous?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    for (const button of reply.buttons ?? []) expect(button.id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it('the page button finds the speaker by its key after the message was sent', async () => {
    const h = await startHarness({ desk });
    try {
      const { fake } = h;
      const payload = fake.chatInputInteraction({ name: 'quote', options: { speaker: 'Lavrov' } });
      await fake.interact(payload);
      const message = fake.originalResponse(payload.token);
      const row = message?.components?.[0];
      const next = row && 'components' in row ? row.components[1] : undefined;
      const customId = next && 'custom_id' in next ? next.custom_id : '';
      expect(customId).toMatch(/^quote:1:[A-Za-z0-9_-]{16}$/);
    } finally {
      await h.close();
    }
  });
});
