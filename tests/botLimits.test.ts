/** Unit tests for the Discord layer's pure parts: limits, escaping, cooldown, permission check, logger. */
import fc from 'fast-check';
import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../src/bot/cooldown.ts';
import { parseQuotePageId, quotePageId, speakerChoices, speakerKey } from '../src/commands/quote.ts';
import { commonCap, DISCORD_LIMITS, ELLIPSIS, embedLength, fitEmbed, fitMessage, joinLinesWithin, truncate } from '../src/presentation/limits.ts';
import { createLogger } from '../src/bot/logger.ts';
import { checkModerator } from '../src/bot/permissions.ts';
import { neutraliseMentions, safeText } from '../src/presentation/safeText.ts';
import type { Speaker } from '../src/domain/types.ts';

describe('truncate', () => {
  it('leaves text that fits unchanged', () => {
    expect(truncate('short text', 10)).toBe('short text');
    expect(truncate('', 0)).toBe('');
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    expect(truncate('Russia had no plans to invade Ukraine', 20)).toBe('Russia had no plans…');
    expect(truncate('Russia had no plans, to invade', 21)).toBe('Russia had no plans…'); // no dangling comma
  });

  it('hard-cuts one enormous word rather than returning almost nothing', () => {
    expect(truncate(`a ${'x'.repeat(100)}`, 50)).toBe(`a ${'x'.repeat(47)}${ELLIPSIS}`);
  });

  it('never splits a surrogate pair or leaves an escaping backslash before the ellipsis', () => {
    expect(truncate(`${'a'.repeat(8)}😀😀😀`, 10)).toBe(`${'a'.repeat(8)}${ELLIPSIS}`);
    expect(truncate('abcdefgh\\*more', 10)).toBe('abcdefgh…');
    // Nor an emoji sequence, a flag, or a letter and its combining accent (grapheme boundaries).
    expect(truncate('aaaaaaa👩‍👩‍👧 more', 10)).toBe('aaaaaaa…');
    expect(truncate('aaaaaaaa🇺🇦🇺🇦', 11)).toBe('aaaaaaaa…');
    expect(truncate('aaaaaaae\u0301\u0301xyz', 10)).toBe('aaaaaaa…');
    expect(truncate('abcdefg\\\\more', 10)).toBe('abcdefg\\\\…');
  });

  it('always fits, for any text and limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 320 }), (text, max) => {
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else if (max > 0) {
          expect(out.endsWith(ELLIPSIS)).toBe(true);
          expect(text.startsWith(out.slice(0, -1))).toBe(true);
          expect(/[\uD800-\uDBFF]$/.test(out.slice(0, -1))).toBe(false);
        }
      }),
    );
  });
});

describe('joinLinesWithin', () => {
  it('keeps whole lines and says how many were left out', () => {
    const lines = ['first line', 'second line', 'third line', 'fourth line'];
    expect(joinLinesWithin(lines, 100)).toBe(lines.join('\n'));
    expect(joinLinesWithin(lines, 40)).toBe('first line\nsecond line\n…and 2 more');
  });

  it('fits for any lines and limit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }), fc.integer({ min: 1, max: 500 }), (lines, max) => {
        expect(joinLinesWithin(lines, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('fitEmbed and fitMessage', () => {
  const huge = (n: number) => 'word '.repeat(n).trim();

  it('truncates every part of an embed to its own limit', () => {
    const embed = fitEmbed({
      title: huge(100),
      description: huge(1000),
      footer: { text: huge(500) },
      author: { name: huge(100) },
      fields: Array.from({ length: 30 }, () => ({ name: huge(100), value: huge(300) })),
    });
    expect(embed.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.footerText);
    expect(embed.author?.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.authorName);
    expect(embed.fields).toHaveLength(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  });

  it('brings a message within 2000 characters of content, 10 embeds and 6000 embed characters', () => {
    const message = fitMessage({ content: huge(1000), embeds: Array.from({ length: 12 }, () => ({ title: 'A title', description: huge(800) })) });
    expect(message.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(message.embeds).toHaveLength(DISCORD_LIMITS.embedsPerMessage);
    expect(message.embeds?.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    expect(message.embeds?.every((embed) => embed.title === 'A title')).toBe(true); // shrinks the long parts first
  });

  it('caps the longest parts at one common length', () => {
    expect(commonCap([10, 100, 1000], 300)).toBe(190); // 10 + 100 + 190
    expect(commonCap([10, 20], 100)).toBe(20);
    expect(
      commonCap(
        Array.from({ length: 600 }, () => 50),
        100,
      ),
    ).toBe(1);
  });

  it('leaves a message that fits untouched', () => {
    const embed: APIEmbed = { title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }] };
    expect(fitMessage({ content: 'hi', embeds: [embed] })).toEqual({ content: 'hi', embeds: [embed] });
  });

  it('any message fits after fitting', () => {
    const text = (max: number) => fc.string({ maxLength: max });
    const embed = fc.record({
      title: text(400),
      description: text(5000),
      footer: fc.record({ text: text(2500) }),
      fields: fc.array(fc.record({ name: text(400), value: text(1500) }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), (embeds) => {
        const fitted = fitMessage({ embeds });
        expect(fitted.embeds?.length ?? 0).toBeLessThanOrEqual(10);
        expect(fitted.embeds?.reduce((sum, e) => sum + embedLength(e), 0) ?? 0).toBeLessThanOrEqual(6000);
        for (const e of fitted.embeds ?? []) {
          expect((e.fields ?? []).every((f) => f.name.length >= 1 && f.name.length <= 256 && f.value.length <= 1024)).toBe(true);
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('safeText', () => {
  it('escapes markdown and neutralises every kind of mention', () => {
    expect(safeText('**bold** _it_ `code` ||spoiler|| [link](https://x.y)')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link](https://x.y)');
    expect(neutraliseMentions('@everyone and @here, <@123456789012345678>, <@!123456789012345678>, <@&123456789012345678>, <#123456789012345678>')).toBe(
      '@\u200Beveryone and @\u200Bhere, <\u200B@123456789012345678>, <\u200B@!123456789012345678>, <\u200B@&123456789012345678>, <\u200B#123456789012345678>',
    );
  });

  it('makes text one line and truncates after escaping', () => {
    expect(safeText('line one\n# heading\n- item')).toBe('line one # heading - item');
    expect(safeText('# heading')).toBe('\\# heading');
    expect(safeText('a *b* c d e f', 8)).toBe('a \\*b\\*…');
  });

  it('never leaves a live mention, whatever the input', () => {
    const mentionish = fc.constantFrom('@everyone', '@here', '@EVERYONE', '<@123456789012345678>', '<@&123456789012345678>', '<@!1>', '*', '_', '\\', ' ', 'x', '\n');
    fc.assert(
      fc.property(
        fc.array(mentionish, { maxLength: 20 }).map((parts) => parts.join('')),
        fc.integer({ min: 1, max: 60 }),
        (text, max) => {
          const out = safeText(text, max);
          expect(out).not.toMatch(/@(everyone|here)/i);
          expect(out).not.toMatch(/<@[!&]?\d+>/);
        },
      ),
    );
  });
});

describe('quote paging ids and autocomplete choices', () => {
  it('round-trips a page and a short key of the speaker, whatever the name', () => {
    for (const id of ['name-with-colon', 'n'.repeat(300)]) {
      const customId = quotePageId(3, { id });
      expect(customId.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(parseQuotePageId(customId)).toEqual({ page: 3, speakerKey: speakerKey({ id }) });
    }
    expect(speakerKey({ id: 'a' })).not.toBe(speakerKey({ id: 'b' }));
    expect(parseQuotePageId('other:1:x')).toBeNull();
  });

  it('cuts autocomplete values at a grapheme boundary, never inside a surrogate pair or an emoji sequence', () => {
    const speaker = (name: string): Speaker => ({ id: name, name, kind: 'person', titles: [], aliases: [name], quoteCount: 1, statementCount: 1 });
    for (const name of [`${'a'.repeat(99)}😀 tail`, `${'b'.repeat(97)}👩‍👩‍👧 tail`]) {
      const [choice] = speakerChoices([speaker(name)]);
      expect(choice?.value.length).toBeLessThanOrEqual(100);
      expect(choice?.value).toMatch(/^[ab]+$/);
      expect(choice?.name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('labels choices with the quote count and keeps names and values within 100 characters', () => {
    const speaker = (name: string, quoteCount: number): Speaker => ({ id: name, name, kind: 'person', titles: [], aliases: [name], quoteCount, statementCount: quoteCount });
    const choices = speakerChoices([
      speaker('Sergei Lavrov', 10),
      speaker('One Quote', 1),
      speaker('N'.repeat(150), 2),
      ...Array.from({ length: 30 }, (_, i) => speaker(`S${i}`, 0)),
    ]);
    expect(choices[0]).toEqual({ name: 'Sergei Lavrov — 10 quotes', value: 'Sergei Lavrov' });
    expect(choices[1]).toEqual({ name: 'One Quote — 1 quote', value: 'One Quote' });
    expect(choices[2]?.name).toMatch(/^N+… — 2 quotes$/);
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('Cooldown', () => {
  it('admits, then counts down whole seconds per user, then admits again', () => {
    let now = 0;
    const cooldown = new Cooldown(3, () => now);
    expect(cooldown.take('a')).toBe(0);
    now = 500;
    expect(cooldown.take('a')).toBe(3);
    expect(cooldown.take('b')).toBe(0);
    now = 2_100;
    expect(cooldown.take('a')).toBe(1);
    now = 3_000;
    expect(cooldown.take('a')).toBe(0);
  });

  it('is off at 0 seconds', () => {
    const cooldown = new Cooldown(0);
    expect([cooldown.take('a'), cooldown.take('a')]).toEqual([0, 0]);
  });
});

describe('checkModerator', () => {
  const manage = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages;
  it('requires Manage Server, and the moderator role when one is configured', () => {
    expect(checkModerator({ inGuild: true, permissions: manage, roleIds: [] }, null)).toEqual({ ok: true });
    expect(checkModerator({ inGuild: true, permissions: PermissionFlagsBits.SendMessages, roleIds: ['r'] }, null).ok).toBe(false);
    expect(checkModerator({ inGuild: true, permissions: manage, roleIds: [] }, 'r').ok).toBe(false);
    expect(checkModerator({ inGuild: true, permissions: manage, roleIds: ['r'] }, 'r')).toEqual({ ok: true });
    expect(checkModerator({ inGuild: false, permissions: null, roleIds: [] }, null)).toMatchObject({ ok: false, reason: expect.stringContaining('only works in a server') });
  });
});

describe('logger', () => {
  const token = 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB';

  it('filters by level and formats fields and errors on one line each', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', sink: (line) => lines.push(line) });
    logger.debug('hidden');
    logger.info('shown', { user: '42', text: 'two words' });
    logger.error('failed', { error: new Error('bad thing') });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT.*Z INFO  shown user=42 text="two words"$/);
    expect(lines[1]).toContain('ERROR failed error=Error: bad thing');
    expect(logger.enabled('debug')).toBe(false);
  });

  it('never writes the token, registered or merely token-shaped', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', sink: (line) => lines.push(line), secrets: ['a-registered-secret'] });
    logger.info(`login with ${token}`);
    logger.warn('oops', { error: new Error(`Authorization: Bot ${token}`), secret: 'a-registered-secret' });
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).not.toContain('a-registered-secret');
    expect(lines[0]).toContain('login with [redacted]');
  });

  it('blanks credential fields by name, whatever their value looks like (pino redact)', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', sink: (line) => lines.push(line) });
    logger.info('request', { token: 'short-secret', request: { headers: { authorization: 'Bot abc' } }, count: 10n });
    expect(lines[0]).not.toContain('short-secret');
    expect(lines[0]).not.toContain('Bot abc');
    expect(lines[0]).toContain('token=[redacted]');
    expect(lines[0]).toContain('count=10');
  });

  it('keeps a forged line, a terminal escape or a bidi override in a message or field on its own line, escaped', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', sink: (line) => lines.push(line) });
    const forged = 'x.txt\n2026-01-01T00:00:00.000Z ERROR token leaked\u001b[2J\u202e';
    logger.warn(`skipped ${forged}`, { file: forged, name: 'a\u001b]0;title\u0007b' });
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(line).toContain('skipped x.txt\\x0a2026');
    expect(line).toContain('name=a\\x1b]0;title\\x07b');
  });

  it('survives a throwing sink', () => {
    const logger = createLogger({
      level: 'info',
      sink: () => {
        throw new Error('disk full');
      },
    });
    expect(() => logger.error('x')).not.toThrow();
  });
});
