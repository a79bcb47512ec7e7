import type { Quote, Speaker } from '../domain/types.ts';
import type { ArticleAnalysis } from './analyzeArticle.ts';
import { descriptionKeys, nameKey } from './names.ts';
import type { ArticlePerson } from './people.ts';

interface SpeakerDraft {
  speaker: Speaker;
  titleKeys: Set<string>;
}

/**
 * Merges each article's people into corpus-wide speakers ("Lavrov" in one article and
 * "Sergei Lavrov" in another are one speaker), gives quotes their speaker ids, and attributes
 * quote fragments that echo a quote attributed elsewhere (a headline quoting the body).
 */
export function mergeSpeakers(analyses: ArticleAnalysis[]): { speakers: Speaker[]; quotes: Quote[] } {
  const drafts = new DraftIndex();
  const draftFor = new Map<ArticlePerson, SpeakerDraft>();
  const passageById = new Map(analyses.flatMap((analysis) => analysis.passages.map((passage) => [passage.id, passage] as const)));

  // Full names first, so a bare surname joins the person rather than founding a new one.
  const people = analyses.flatMap((analysis) => analysis.quotes.map((quote) => quote.speaker)).filter((person): person is ArticlePerson => person !== null);
  const unique = [...new Set(people)].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const person of unique) {
    const draft = drafts.find(person) ?? drafts.create(person);
    draftFor.set(person, draft);
    if (person.name.split(' ').length > draft.speaker.name.split(' ').length) draft.speaker.name = person.name;
    for (const title of person.titles) {
      if (!draft.speaker.titles.includes(title)) draft.speaker.titles.push(title);
      for (const key of descriptionKeys(title)) draft.titleKeys.add(key);
    }
    for (const form of [person.name, ...person.surfaceForms]) addAlias(draft.speaker, form);
  }

  const quotes: Quote[] = [];
  for (const analysis of analyses) {
    analysis.quotes.forEach((quote, index) => {
      const passage = passageById.get(quote.passageId);
      if (!passage) return;
      const draft = quote.speaker ? draftFor.get(quote.speaker) : undefined;
      if (draft && quote.attribution === 'title') addAlias(draft.speaker, quote.cue.replace(/^(says|said)\s+|\s+(says|said)$/gi, ''));
      quotes.push({
        id: `${quote.passageId}#q${index + 1}`,
        text: quote.text,
        kind: quote.kind,
        passageId: quote.passageId,
        speakerId: draft?.speaker.id ?? null,
        attribution: quote.attribution,
        cue: quote.cue,
        citation: passage.citation,
        sentence: passage.text,
      });
    });
  }

  attributeEchoes(quotes);
  const speakers = drafts.all.map((draft) => draft.speaker);
  const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker] as const));
  for (const quote of quotes) {
    const speaker = quote.speakerId ? speakerById.get(quote.speakerId) : undefined;
    if (speaker) speaker.quoteCount++;
  }
  for (const speaker of speakers) speaker.aliases.sort((a, b) => a.length - b.length);
  for (const quote of quotes) {
    const speaker = quote.speakerId ? speakerById.get(quote.speakerId) : undefined;
    const passage = passageById.get(quote.passageId);
    if (speaker && passage && !passage.speakerNames.includes(speaker.name)) passage.speakerNames.push(speaker.name);
  }
  return { speakers: speakers.filter((speaker) => speaker.quoteCount > 0), quotes };
}

/**
 * The speakers found so far, looked up by surname (people) or by name (organisations), so merging
 * stays linear on corpora with thousands of people. A draft's key never changes: its name only
 * grows by joining a person with the same surname (or the same organisation name).
 */
class DraftIndex {
  readonly all: SpeakerDraft[] = [];
  private readonly byKey = new Map<string, SpeakerDraft[]>();
  private readonly ids = new Set<string>();

  /** The first draft, in creation order, that this person or organisation belongs to. */
  find(person: ArticlePerson): SpeakerDraft | undefined {
    const words = nameKey(person.name).split(' ');
    return this.byKey.get(draftKey(person.kind, words))?.find((draft) => {
      if (person.kind === 'organization') return true;
      const draftWords = nameKey(draft.speaker.name).split(' ');
      return words.length === 1 || draftWords.length === 1 || draftWords[0] === words[0];
    });
  }

  create(person: ArticlePerson): SpeakerDraft {
    const base = slug(person.name);
    let id = base;
    for (let suffix = 2; this.ids.has(id); suffix++) id = `${base}-${suffix}`;
    const draft: SpeakerDraft = {
      speaker: { id, name: person.name, kind: person.kind, titles: [], aliases: [], quoteCount: 0 },
      titleKeys: new Set(),
    };
    this.all.push(draft);
    this.ids.add(id);
    const key = draftKey(person.kind, nameKey(person.name).split(' '));
    const bucket = this.byKey.get(key);
    if (bucket) bucket.push(draft);
    else this.byKey.set(key, [draft]);
    return draft;
  }
}

/** People meet by surname; organisations by their whole name, without a leading "the". */
function draftKey(kind: ArticlePerson['kind'], words: string[]): string {
  return kind === 'organization' ? `o:${words.join(' ').replace(/^the /, '')}` : `p:${words[words.length - 1] ?? ''}`;
}

function addAlias(speaker: Speaker, alias: string): void {
  const cleaned = alias.trim();
  if (cleaned && !speaker.aliases.some((existing) => nameKey(existing) === nameKey(cleaned))) speaker.aliases.push(cleaned);
}

/**
 * A quote with no speaker whose words stand inside a quote that has one: a headline or caption
 * quoting the body, or a phrase repeated in the same article. Keys are computed once, and only
 * display sections look across articles, so this stays linear in practice on large corpora.
 */
function attributeEchoes(quotes: Quote[]): void {
  const attributed = quotes.filter((quote) => quote.speakerId && quote.kind !== 'reported').map((quote) => ({ quote, key: echoKey(quote.text) }));
  const byArticle = new Map<string, typeof attributed>();
  for (const entry of attributed) {
    const list = byArticle.get(entry.quote.citation.articleId) ?? [];
    list.push(entry);
    byArticle.set(entry.quote.citation.articleId, list);
  }
  for (const quote of quotes) {
    if (quote.speakerId || quote.kind === 'reported') continue;
    const words = echoKey(quote.text);
    if (words.split(' ').length < 2) continue;
    const display = quote.citation.section !== 'body' && quote.citation.section !== 'comment';
    const candidates = byArticle.get(quote.citation.articleId) ?? [];
    const source = candidates.find((entry) => entry.key.includes(words)) ?? (display ? attributed.find((entry) => entry.key.includes(words)) : undefined);
    if (source) {
      quote.speakerId = source.quote.speakerId;
      quote.attribution = 'echo';
      quote.cue = `echoes “${source.quote.text}”`;
    }
  }
}

function echoKey(text: string): string {
  return nameKey(text).replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
}

export function slug(name: string): string {
  return nameKey(name).replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'speaker';
}
