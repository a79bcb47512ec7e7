import { nameKey } from '../domain/nameKey.ts';
import { LEADING_THE } from '../lang/en/names.ts';
import { BODY_NAME_JOINERS, ORGANISATION_HEADS } from '../lang/en/organisations.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import type { ArticlePerson } from './people.ts';

/**
 * The full name of a body the article's speaker calls by its common noun: "a committee of the Federal Council of
 * Churches ratified …" … "the committee declared, “…”"; "the Vrilium Company of Chicago" … "said the company";
 * "the Department of Justice" … "the Department recommended". Attribution knows the speaker as "the committee",
 * which every article's committee shares; the reader asks /quote for the Federal Council of Churches. When the
 * article names the noun with a capitalised name before it or an "of" phrase after it, and all such mentions
 * are one name (a lower-case "of" phrase, "the board of directors", counts as another name), the speaker takes
 * it, the short form staying an alias. Only the paragraph of its words and the one before are read. Runs after attribution: it changes what a body is called, never who
 * said what.
 */
export function completeBodyNames(paragraphs: ReadonlyArray<{ text: string; speakers: ReadonlyArray<ArticlePerson | null> }>): void {
  // Only the paragraph of the body's words and the one before: "The Court of Appeals" named pages earlier is not the
  // Court of an opinion that says "the Court held".
  const near = new Map<ArticlePerson, string[]>();
  paragraphs.forEach((paragraph, index) => {
    for (const body of paragraph.speakers) {
      if (body?.kind !== 'organization') continue;
      const texts = near.get(body) ?? [];
      for (const text of [paragraphs[index - 1]?.text, paragraph.text]) if (text !== undefined && !texts.includes(text)) texts.push(text);
      near.set(body, texts);
    }
  });
  for (const [body, texts] of near) {
    const words = body.name.replace(LEADING_THE, '').split(/\s+/).filter(Boolean);
    const head = words[words.length - 1]?.toLowerCase() ?? '';
    // Only a common noun, possibly with lower-case words before it ("the general board"); a named body is named.
    if (words.length === 0 || words.length > 2 || !ORGANISATION_HEADS.has(head) || words.slice(0, -1).some((word) => /\p{Lu}/u.test(word))) continue;
    const fuller = fullerMentions(words, texts);
    if (fuller.size !== 1) continue;
    const [name] = [...fuller.values()];
    // A capital beyond its own words ("the Department" → "the Department of Justice"), not only a capitalised head.
    if (!name || !/\p{Lu}/u.test(name.split(/\s+/).slice(words.length).join(' ') + name.split(/\s+/).slice(0, -words.length).join(' '))) continue;
    body.name = `the ${name}`;
    body.surfaceForms.add(body.name);
  }
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}’'.&-]*/gu;

/** The names the texts give the body: its words with capitalised words before them or an "of" phrase after. */
function fullerMentions(words: readonly string[], texts: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const wanted = words.map((word) => word.toLowerCase());
  for (const text of texts) {
    if (!text.toLowerCase().includes(wanted[wanted.length - 1] ?? '')) continue;
    const tokens = [...text.matchAll(WORD)].map((match) => ({ word: match[0], at: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
    for (let start = 0; start + wanted.length <= tokens.length; start++) {
      if (!wanted.every((word, offset) => tokens[start + offset]?.word.toLowerCase() === word)) continue;
      const end = start + wanted.length;
      const before = capitalisedBefore(tokens, start, text);
      const after = ofPhraseAfter(tokens, end, text);
      if (before === start && after === end) continue;
      const first = tokens[before];
      const last = tokens[after - 1];
      if (!first || !last) continue;
      const name = text.slice(first.at, last.end).replace(/\s+/g, ' ');
      found.set(nameKey(name), name);
    }
  }
  // "the loan association" is the "First Federal Savings and Loan association" named before: a lower-case name whose
  // words all stand in a capitalised one is no other body.
  const capitalised = [...found.values()].filter((name) => /\p{Lu}/u.test(name));
  for (const [key, name] of found) {
    if (/\p{Lu}/u.test(name)) continue;
    if (capitalised.some((other) => key.split(' ').every((word) => nameKey(other).split(' ').includes(word)))) found.delete(key);
  }
  return found;
}

/** Where a run of capitalised words (joined by "and", "&", "of") right before `start` begins, in the same sentence. */
function capitalisedBefore(tokens: ReadonlyArray<{ word: string; at: number; end: number }>, start: number, text: string): number {
  let begin = start;
  for (let index = start - 1; index >= 0; index--) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token || !next || /[^\s]/.test(text.slice(token.end, next.at))) break;
    // "The committee", "This board": a capitalised function word opening the sentence is no name.
    if (BODY_NAME_JOINERS.has(token.word) && /^\p{Lu}/u.test(tokens[index - 1]?.word ?? '')) continue;
    if (STOP_WORDS.has(token.word.toLowerCase()) || !/^\p{Lu}/u.test(token.word) || token.word.endsWith('.')) break;
    begin = index;
  }
  return begin;
}

/** Where an "of" phrase after `end` ends: "of the National Council of Churches", "of Justice", "of directors". */
function ofPhraseAfter(tokens: ReadonlyArray<{ word: string; at: number; end: number }>, end: number, text: string): number {
  const gap = (index: number) => text.slice(tokens[index - 1]?.end ?? 0, tokens[index]?.at ?? 0);
  if (tokens[end]?.word !== 'of' || /[^\s]/.test(gap(end))) return end;
  let index = end + 1;
  if (tokens[index]?.word === 'the' && !/[^\s]/.test(gap(index))) index++;
  const first = tokens[index];
  if (!first || /[^\s]/.test(gap(index))) return end;
  // A lower-case object is one word ("of directors"); a capitalised one runs on over joiners ("of Churches").
  if (!/^\p{Lu}/u.test(first.word)) return index + 1;
  let last = index;
  for (let next = index + 1; next < tokens.length && !/[^\s]/.test(gap(next)); next++) {
    const word = tokens[next]?.word ?? '';
    if (/^\p{Lu}/u.test(word)) last = next;
    else if (!BODY_NAME_JOINERS.has(word) || !/^\p{Lu}/u.test(tokens[next + 1]?.word ?? '')) break;
    if (tokens[last]?.word.endsWith('.')) break;
  }
  return last + 1;
}
