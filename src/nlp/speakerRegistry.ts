import type { Quote, Speaker } from '../domain/types.ts';
import type { ArticleAnalysis } from './analyzeArticle.ts';
import { nameKey } from '../domain/nameKey.ts';
import { descriptionKeys, SAYS_AROUND_CUE, THE_IN_KEY } from '../lang/en/names.ts';
import { type ArticlePerson, hasMarriedHonorific, WRITER } from './people.ts';
import { groupStatements } from './statements.ts';
import { isGivenNameAlone } from './givenNameAlone.ts';
import { describesSomeoneNew } from './unnamedOccurrence.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { gendersAgree, nameParts, namesCompatible, withTitleGender, type NameParts } from './personName.ts';

interface SpeakerDraft {
  speaker: Speaker;
  titleKeys: Set<string>;
}

/**
 * Merges each article's people into corpus-wide speakers ("Morel" in one article and
 * "Paul Morel" in another are one speaker), gives quotes their speaker ids, and attributes
 * quote fragments that echo a quote attributed elsewhere (a headline quoting the body).
 */
export function mergeSpeakers(analyses: ArticleAnalysis[]): { speakers: Speaker[]; quotes: Quote[] } {
  const drafts = new DraftIndex();
  const draftFor = new Map<ArticlePerson, SpeakerDraft>();
  const passageById = new Map(analyses.flatMap((analysis) => analysis.passages.map((passage) => [passage.id, passage] as const)));

  // Full names first, so a bare surname joins the person rather than founding a new one.
  const people = analyses.flatMap((analysis) => analysis.quotes.map((quote) => quote.speaker)).filter((person): person is ArticlePerson => person !== null);
  // "the writer" of one article is nobody else's writer: met only within its article.
  for (const analysis of analyses)
    for (const quote of analysis.quotes) {
      if (quote.speaker) drafts.articleOf.set(quote.speaker, analysis.article.id);
      if (quote.speaker?.kind === 'organization' && quote.speaker.name === WRITER) drafts.ownArticle.set(quote.speaker, analysis.article.id);
    }
  // Where each person is first quoted: someone "a girl" introduced is told apart by it in their id (see DraftIndex.create).
  const firstQuoted = new Map<ArticlePerson, string>();
  for (const analysis of analyses) for (const quote of analysis.quotes) if (quote.speaker && !firstQuoted.has(quote.speaker)) firstQuoted.set(quote.speaker, quote.passageId);
  const wordCount = new Map([...new Set(people)].map((person) => [person, person.name.split(' ').length] as const));
  const unique = [...wordCount.keys()].sort((a, b) => (wordCount.get(b) ?? 0) - (wordCount.get(a) ?? 0));
  for (const person of unique) {
    // A given name alone ("John said") is one article's person: never found by, nor found for, another's (givenNameAlone.ts).
    const alone = isGivenNameAlone(person, (word) => drafts.hasFullNameWithSurname(word));
    const draft = (alone ? undefined : drafts.find(person)) ?? drafts.create(person, !alone, firstQuoted.get(person));
    draftFor.set(person, draft);
    drafts.noteArticle(draft, person);
    if (person.name.split(' ').length > draft.speaker.name.split(' ').length) drafts.rename(draft, person.name);
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
      if (draft && quote.attribution === 'title') addAlias(draft.speaker, quote.cue.replace(SAYS_AROUND_CUE, ''));
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
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (!quote.speakerId) continue;
    const list = quotesBySpeaker.get(quote.speakerId);
    if (list) list.push(quote);
    else quotesBySpeaker.set(quote.speakerId, [quote]);
  }
  for (const speaker of speakers) {
    const own = quotesBySpeaker.get(speaker.id) ?? [];
    speaker.statementCount = own.length <= 1 ? own.length : groupStatements(own).length;
  }
  for (const quote of quotes) {
    const speaker = quote.speakerId ? speakerById.get(quote.speakerId) : undefined;
    const passage = passageById.get(quote.passageId);
    if (speaker && passage && !passage.speakerNames.includes(speaker.name)) passage.speakerNames.push(speaker.name);
  }
  return { speakers: speakers.filter((speaker) => speaker.quoteCount > 0), quotes };
}

/**
 * The speakers found so far. Organisations meet by their whole name; people by surname and
 * compatible given names (personName.ts), through keys on each given name so that thousands of
 * people sharing a surname stay near-linear: a full given name looks up drafts with that name or
 * its initial, an initial those whose given names start with it.
 */
class DraftIndex {
  readonly all: SpeakerDraft[] = [];
  private readonly byKey = new Map<string, SpeakerDraft[]>();
  private readonly ids = new Set<string>();
  private readonly parts = new Map<SpeakerDraft, NameParts>();
  private readonly order = new Map<SpeakerDraft, number>();
  /** Speakers who belong to one article only ("the writer"), with its id. */
  readonly ownArticle = new Map<ArticlePerson, string>();

  /** The article each person was read in, and the articles whose people each draft already holds. */
  readonly articleOf = new Map<ArticlePerson, string>();
  private readonly articles = new Map<SpeakerDraft, Set<string>>();

  noteArticle(draft: SpeakerDraft, person: ArticlePerson): void {
    const article = this.articleOf.get(person);
    if (article === undefined) return;
    const seen = this.articles.get(draft);
    if (seen) seen.add(article);
    else this.articles.set(draft, new Set([article]));
  }

  /**
   * Whether the draft already holds another person of this married woman's article: the article's reading, which saw
   * every mention, kept "Mrs. Borden" apart from the Lizzie Borden it calls "Lizzie" (people.ts), so they stay apart.
   * Only then: other people of one article a reading left apart ("Sir Anthony", "Anthony Eden") are one here.
   */
  private holdsOtherOfArticle(draft: SpeakerDraft, person: ArticlePerson): boolean {
    const article = this.articleOf.get(person);
    return article !== undefined && hasMarriedHonorific(person.titles) && (this.articles.get(draft)?.has(article) ?? false);
  }

  /** Someone "a girl" introduced is nobody else, in this article or another (unnamedOccurrence.ts): a key of their own. */
  private readonly introduced = new Map<ArticlePerson, string>();

  private organizationKeyOf(person: ArticlePerson): string {
    if (describesSomeoneNew(person)) {
      const own = this.introduced.get(person) ?? `${organizationKey(person.name)}|#${this.introduced.size}`;
      this.introduced.set(person, own);
      return own;
    }
    const article = this.ownArticle.get(person);
    return article === undefined ? organizationKey(person.name) : `${organizationKey(person.name)}|${article}`;
  }

  /** The draft this person or organisation belongs to; none when new or when a bare surname is ambiguous. */
  find(person: ArticlePerson): SpeakerDraft | undefined {
    if (person.kind === 'organization') return this.byKey.get(this.organizationKeyOf(person))?.[0];
    const wanted = withTitleGender(nameParts(person.name), [...person.titles].join(' '));
    if (!wanted.surname) return undefined;
    const sameSurname = this.byKey.get(`p:${wanted.surname}`) ?? [];
    if (wanted.given.length === 0) {
      // Only a bare name whose honorific tells a gender filters: a scan per mention of 8,000 Smiths would be quadratic.
      const surnameDrafts = wanted.gender ? sameSurname.filter((draft) => this.gendersFit(draft, wanted)) : sameSurname;
      // A bare surname joins the only person of that surname, or the bare-surname speaker; never one of several.
      const bareDraft = this.byKey.get(`p:${wanted.surname}|`)?.[0];
      const bare = bareDraft && !this.holdsOtherOfArticle(bareDraft, person) ? bareDraft : undefined;
      const only = surnameDrafts.length === 1 ? surnameDrafts[0] : undefined;
      if (only) return this.holdsOtherOfArticle(only, person) ? bare : only;
      // "President Kennedy" among several Kennedys: the one who had that title elsewhere, if only one did.
      const titleKeys = [...person.titles].flatMap((title) => [...descriptionKeys(title)]);
      const titled = surnameDrafts.filter((draft) => draft !== bare && titleKeys.some((key) => draft.titleKeys.has(key)) && !this.holdsOtherOfArticle(draft, person));
      return titled.length === 1 ? titled[0] : bare;
    }
    const seen = new Set<SpeakerDraft>();
    const compatible: SpeakerDraft[] = [];
    for (const key of lookupKeys(wanted)) {
      for (const draft of this.byKey.get(key) ?? []) {
        if (seen.has(draft)) continue;
        seen.add(draft);
        const parts = this.parts.get(draft);
        if (parts && namesCompatible(parts, wanted) && !this.holdsOtherOfArticle(draft, person)) compatible.push(draft);
      }
    }
    // Only a draft of one lone surname with no given name joins anyone of that surname.
    const lone = sameSurname.length === 1 ? sameSurname[0] : undefined;
    const bareOnly = lone && this.parts.get(lone)?.given.length === 0 && this.gendersFit(lone, wanted) ? lone : undefined;
    if (compatible.length === 0) return bareOnly;
    compatible.sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    const exact = compatible.find((draft) => this.parts.get(draft)?.given[0] === wanted.given[0]);
    if (exact) return exact;
    return compatible.length === 1 ? compatible[0] : undefined;
  }

  /** Whether a person of this surname with a given name is among the drafts: "Stewart Udall" for a bare "Udall". */
  hasFullNameWithSurname(word: string): boolean {
    // A given name or an initial before it: "Was John", "Poor John" (a sentence's first word kept in the name) are no full names.
    return (this.byKey.get(`p:${nameParts(word).surname}`) ?? []).some((draft) => {
      const given = this.parts.get(draft)?.given[0] ?? '';
      return given.length === 1 || isGivenName(given);
    });
  }

  /** "Mrs. Black" of one article is not "Charles A. Black" of another. */
  private gendersFit(draft: SpeakerDraft, wanted: NameParts): boolean {
    const parts = this.parts.get(draft);
    return !parts || gendersAgree(parts, wanted);
  }

  /**
   * `firstQuoted`: the passage where the person is first quoted. Someone an indefinite description introduced ("a girl")
   * is no one else, so their id carries it ("a-girl-cf25-p12-s3"): a page button keeps showing the same girl after a
   * /reindex adds an article, where a counter ("a-girl-2") would move to another.
   */
  create(person: ArticlePerson, findable = true, firstQuoted?: string): SpeakerDraft {
    const base = slug(describesSomeoneNew(person) && firstQuoted ? `${person.name} ${firstQuoted}` : person.name);
    let id = base;
    for (let suffix = 2; this.ids.has(id); suffix++) id = `${base}-${suffix}`;
    const draft: SpeakerDraft = {
      speaker: { id, name: person.name, kind: person.kind, titles: [], aliases: [], quoteCount: 0, statementCount: 0 },
      titleKeys: new Set(),
    };
    this.order.set(draft, this.all.length);
    this.all.push(draft);
    this.ids.add(id);
    if (person.kind === 'organization') this.addKey(this.organizationKeyOf(person), draft);
    else if (findable) this.indexName(draft);
    return draft;
  }

  /** Called when a draft's name grows ("Walter Jones" → "Walter H. Jones"): its new given names become keys too. */
  rename(draft: SpeakerDraft, name: string): void {
    draft.speaker.name = name;
    if (draft.speaker.kind === 'person') this.indexName(draft);
  }

  private indexName(draft: SpeakerDraft): void {
    const parts = nameParts(draft.speaker.name);
    const first = !this.parts.has(draft);
    this.parts.set(draft, parts);
    if (first) this.addKey(`p:${parts.surname}`, draft);
    if (parts.given.length === 0) this.addKey(`p:${parts.surname}|`, draft);
    for (const word of parts.given) {
      if (word.length === 1) this.addKey(`p:${parts.surname}|i:${word}`, draft);
      else {
        this.addKey(`p:${parts.surname}|f:${word}`, draft);
        this.addKey(`p:${parts.surname}|l:${word[0] ?? ''}`, draft);
      }
    }
  }

  private addKey(key: string, draft: SpeakerDraft): void {
    const bucket = this.byKey.get(key);
    if (!bucket) this.byKey.set(key, [draft]);
    else if (!bucket.includes(draft)) bucket.push(draft);
  }
}

/** Where drafts compatible with these given names are indexed (see DraftIndex.indexName). */
function lookupKeys(parts: NameParts): string[] {
  const keys: string[] = [];
  for (const word of parts.given) {
    if (word.length === 1) keys.push(`p:${parts.surname}|l:${word}`, `p:${parts.surname}|i:${word}`);
    else keys.push(`p:${parts.surname}|f:${word}`, `p:${parts.surname}|i:${word[0] ?? ''}`);
  }
  return keys;
}

/** Organisations by their whole name, without a leading "the". */
function organizationKey(name: string): string {
  return `o:${nameKey(name).replace(THE_IN_KEY, '')}`;
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
  return nameKey(text)
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function slug(name: string): string {
  return (
    nameKey(name)
      .replace(THE_IN_KEY, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'speaker'
  );
}
