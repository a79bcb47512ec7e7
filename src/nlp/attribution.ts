import { isOrganisationName, ORGANISATION_HEADS } from '../lang/en/organisations.ts';
import { ADVERBS_BEFORE_SPEECH_VERB, INSTITUTION_WORDS, ROLE_NOUNS } from '../lang/en/peopleWords.ts';
import { isSpeechVerb, OBJECT_VERBS, SPEECH_VERB_FORMS, SPEECH_VERB_PHRASES } from '../lang/en/speechVerbs.ts';
import { isPlaceWord, PRONOUNS, splitTitle } from './names.ts';
import { ArticlePeople, type ArticlePerson, genderOf, trimRun } from './people.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans.ts';
import type { SentenceSpan } from './sentences.ts';

/** A piece of an article that may hold quotes: the headline, the standfirst, a caption or a body paragraph. */
export interface TextBlock {
  section: 'headline' | 'standfirst' | 'caption' | 'body' | 'comment';
  /** 1-based number within its section. */
  paragraph: number;
  text: string;
  sentences: SentenceSpan[];
}

export type AttributionMethod =
  | 'named' // "Lavrov said"
  | 'title' // "the top US diplomat said"
  | 'pronoun' // "he said", resolved from the sentences before
  | 'continuation' // a later quote in the same paragraph, or a quote running on into the next one
  | 'echo' // a fragment of a quote attributed elsewhere (a headline quoting the body)
  | 'none';

export interface ExtractedQuote {
  text: string;
  /** direct: a whole quoted statement; partial: quoted words inside the reporter's sentence; reported: indirect speech. */
  kind: 'direct' | 'partial' | 'reported';
  block: TextBlock;
  /** 0-based index of the sentence the quote starts in. */
  sentenceIndex: number;
  speaker: ArticlePerson | null;
  method: AttributionMethod;
  /** The words that attribute it ("he said", "Lavrov declared"), for transparency. */
  cue: string;
}

// Compiled once: these run for every quote of every article. The verb is checked with isVerb().
const VERB_FIRST = /^[\s,:?!]*(?<verb>\p{L}+(?:\s+(?:up|for|out)\b)?)\s+(?<subject>(?:[^,.;:!?]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Gov|Gen|Rep|Rev|Jr|St))\.)+)/u;
/** A character of a name phrase: no punctuation, but the full stop of an initial or a title ("Sen. Walter H. Jones"). */
const NAME_CHAR = String.raw`(?:[^,.;:!?]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Gov|Gen|Rep|Rev|Jr|Sr|St|Atty|Col|Lt|Capt|Maj|Sgt|Adm|Supt|Prof))\.)`;
const CLOSING_TAIL = new RegExp(String.raw`,\s*(?<subject>${NAME_CHAR}{1,80}?)\s+(?<verb>\p{L}+(?:\s+up)?)\s*[.!?]?\s*$`, 'u');

/** A speech verb form or phrase ("said", "recalls", "summed up"); "according to" only where asked for. */
function isVerb(word: string): boolean {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  return isSpeechVerb(lower) || (SPEECH_VERB_PHRASES.includes(lower) && lower !== 'according to');
}

/** Speech verbs in a text, in order: each with its offset. Word by word against a set, so a long verb list costs nothing. */
function speechVerbsIn(text: string): Array<{ verb: string; index: number }> {
  const found: Array<{ verb: string; index: number }> = [];
  // Speech verbs are plain ASCII words: the ASCII class is much faster than \p{L} here, which runs on every sentence.
  for (const match of text.matchAll(ASCII_WORD)) {
    const word = match[0];
    const index = match.index ?? 0;
    // Most words are lower case already: lower-casing only capitalised ones saves a string per word.
    const code = word.charCodeAt(0);
    const lower = code >= 65 && code <= 90 ? word.toLowerCase() : word;
    if (!SPEECH_VERB_FORMS.has(lower) && !PHRASE_HEADS.has(lower)) continue;
    if (PHRASE_HEADS.has(lower)) {
      const particle = /^\s+(up|for|out|to)\b/.exec(text.slice(index + word.length, index + word.length + 6));
      const phrase = particle ? `${lower} ${particle[1]}` : '';
      if (particle && SPEECH_VERB_PHRASES.includes(phrase)) {
        found.push({ verb: text.slice(index, index + word.length + particle[0].length), index });
        continue;
      }
    }
    if (SPEECH_VERB_FORMS.has(lower)) found.push({ verb: word, index });
  }
  return found;
}

const ASCII_WORD = /[A-Za-z]{3,}/g;
const PHRASE_HEADS: ReadonlySet<string> = new Set(SPEECH_VERB_PHRASES.map((phrase) => phrase.split(' ')[0] ?? ''));

/** "…, he said" standing in the first words after a quote. */
function verbSoonAfter(text: string): boolean {
  const words = text.replace(/^[\s,:]+/, '').split(/\s+/).slice(0, 5);
  return words.some((word) => isVerb(word.replace(/[^\p{L}]/gu, '')));
}

/** Passive and auxiliary uses are no attribution: "he was told", "it is said". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+$/iu;

/**
 * Drops the adverbs and auxiliaries before a verb ("Kerry has since said"). Only the end of the text
 * is handed to the regex: anchored at the end, it would otherwise retry from every position.
 */
function withoutSkippable(text: string): string {
  const tail = text.slice(-80);
  return text.slice(0, text.length - tail.length) + tail.replace(SKIPPABLE_BEFORE_VERB, '');
}

/** A cheap test before CLOSING_TAIL, which is slow on long sentences without a verb: it retries at every comma. */
function mayEndWithSpeechVerb(text: string): boolean {
  const lastWords = /(?:\p{L}+\s+)?\p{L}+$/u.exec(text.replace(/\s*[.!?]?\s*$/u, ''))?.[0] ?? '';
  return isVerb(lastWords) || isVerb(lastWords.split(/\s+/).pop() ?? '');
}

const SUBJECT_CLAUSE = new RegExp(String.raw`^[\s,:]*(?<clause>${NAME_CHAR}{1,100})`, 'u');

/**
 * "Lavrov said", "Player had said", right after a quote: the first speech verb before any
 * punctuation, with the words before it as subject (auxiliaries and adverbs dropped).
 */
function subjectThenVerb(after: string): { subject: string; verb: string } | null {
  const clause = SUBJECT_CLAUSE.exec(after)?.groups?.clause ?? '';
  for (const { verb, index } of speechVerbsIn(clause)) {
    if (/^according/iu.test(verb)) return null;
    const subject = withoutSkippable(clause.slice(0, index)).trim();
    return subject ? { subject, verb } : null;
  }
  return null;
}

const SKIPPABLE_BEFORE_VERB = new RegExp(String.raw`(?:[\s,]|\b(?:${ADVERBS_BEFORE_SPEECH_VERB.map((word) => word.replace(/ /g, String.raw`\s+`)).join('|')})\b)+$`, 'iu');
const NAME_AT_END = /(?<article>\b(?:the|The)\s+)?(?<name>\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}’'.-]*)*)$/u;
const DESCRIPTION_AT_END = new RegExp(String.raw`\b(?<description>(?:the|his|her|their|its|\p{Lu}[\p{L}]*['’]s)\s+(?:[\p{L}.'’-]+\s+){0,4}(?:${ROLE_NOUNS.join('|')}))$`, 'iu');
const PRONOUN_AT_END = /(?<!\b(?:before|after|when|while|as|if|although|because|since|until|once|though|whether|that|which|who|whom|what)\s+)\b(?<pronoun>he|she)$/iu;
/** A preposition or a subordinating word right before a name: the name is no subject of a main clause. */
const NOT_A_SUBJECT_BEFORE = /\b(?:in|of|from|at|by|with|for|on|to|about|into|than|if|whether|unless)\s+$/iu;
/** Capitalised single words that are bodies, not people, when they "say" something. */
const INSTITUTIONS: ReadonlySet<string> = new Set(INSTITUTION_WORDS);

/** Unnamed groups and bodies news attributes to: "US officials said", "The local health service said". */
const GROUP_AT_END = /(?:^|[\s,])(?<group>(?:(?:[Tt]he|some|several|two|three|many)\s+)?(?:(?:local|senior|top|western|regional|federal|state|city|(?!(?:But|And|Yet|So|Then|Also|Still|Now|When|After|Before|While|The)\b)\p{Lu}[\p{L}.]*)\s+){0,3}(?:officials|diplomats|sources|analysts|experts|authorities|police|prosecutors|investigators|residents|witnesses|lawmakers|organisers|organizers|health service|health ministry|ministry|government|embassy|military|army|spokesman|spokeswoman|spokesmen|people|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men)))$/u;

/** A capitalised name followed by a comma or a lower-case word: a likely subject. */
const SUBJECT_NAME = /(?<name>\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4})(?=,|\s+\p{Ll})/uy;

/** The offset after the next comma, semicolon, colon or dash before `end`, or -1. */
function nextClauseStart(text: string, from: number, end: number): number {
  for (let index = from; index < end; index++) {
    const char = text[index];
    if (char === ',' || char === ';' || char === ':' || char === '—' || char === '–') return index + 1;
  }
  return -1;
}

/** ", president of the National Audubon Society," / ", as he entered the jury room," — an aside between subject and verb. */
const APPOSITIVE_AT_END = /,\s*(?:(?:\p{Ll}|(?:who|which|as|in|after|before|when|while|a|an)\b)[^,]{0,120}|[^,]{0,80}\s\p{Ll}+),\s*$/u;

const NAME_BEFORE_ASIDE = /(?:^|[,;]\s*|\b(?:and|but)\s+)(?<name>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4})\s*$/u;

const BODY_AT_END = /(?:^|[\s,])(?<body>[Tt]he\s+(?:(?:\p{Ll}[\p{L}.-]*|\p{Lu}[\p{L}.-]*)\s+){0,4}\p{Ll}+(?:\s+of\s+\p{Ll}+)?)$/u;

/** How many recent speakers a pronoun may resolve to. */
const RECENT_SPEAKERS = 32;
/** How far from a quote its attribution may stand ("…,” the top US diplomat said"), in characters. */
const ATTRIBUTION_REACH = 300;
/** How far before a speech verb its subject may start. */
const SUBJECT_REACH = 160;

interface SubjectMatch {
  speaker: ArticlePerson | null;
  method: AttributionMethod;
  phrase: string;
}

interface SpeechVerb extends SubjectMatch {
  verb: string;
  /** "…and warned", ", adding": the subject is that of an earlier verb. */
  dependent: boolean;
  /** Offset just past the verb in the block's text. */
  verbEnd: number;
}

/** Five or more unquoted words after "said that", before any quotation starts: a paraphrase. */
function hasReportedClause(masked: string, verbEnd: number, sentenceEnd: number): boolean {
  const after = masked.slice(verbEnd, Math.min(sentenceEnd, verbEnd + ATTRIBUTION_REACH));
  const clause = /^\s*(?:\w+\s+)?that\s+(?<clause>[^“”"]*?)(?:\s{2,}|$)/u.exec(after);
  return (clause?.groups?.clause ?? '').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 5;
}

/** Per-article attribution: walks the blocks in reading order, remembering who spoke last for "he said". */
export class Attributor {
  /** People who spoke, most recent last: "he" and "she" resolve to the latest one of a fitting gender. */
  private readonly recentSpeakers: ArticlePerson[] = [];

  private get lastSpeaker(): ArticlePerson | null {
    return this.recentSpeakers[this.recentSpeakers.length - 1] ?? null;
  }

  private noteSpeaker(person: ArticlePerson): void {
    const index = this.recentSpeakers.indexOf(person);
    if (index >= 0) this.recentSpeakers.splice(index, 1);
    this.recentSpeakers.push(person);
    // Pronouns reach back a few speakers at most; a bounded list keeps articles with thousands of speakers linear.
    if (this.recentSpeakers.length > RECENT_SPEAKERS) this.recentSpeakers.shift();
  }

  /** Genders learnt from pronouns already resolved in this article ("he said" → Wagner is a he). */
  private readonly pronounGender = new Map<ArticlePerson, 'male' | 'female'>();

  /** "she" never resolves to a man nor "he" to a woman; unknown genders fit both, known ones first. */
  private speakerForPronoun(pronoun: 'he' | 'she'): ArticlePerson | null {
    const wanted = pronoun === 'he' ? 'male' : 'female';
    let chosen: ArticlePerson | null = null;
    let fallback: ArticlePerson | null = null;
    for (let index = this.recentSpeakers.length - 1; index >= 0 && !chosen; index--) {
      const person = this.recentSpeakers[index];
      if (!person) continue;
      const gender = genderOf(person) ?? this.pronounGender.get(person) ?? null;
      if (gender === wanted) chosen = person;
      else if (gender === null && pronoun === 'he') chosen = person; // news "he" mostly follows the last speaker
      else if (gender === null) fallback ??= person;
    }
    chosen ??= fallback;
    if (chosen && genderOf(chosen) === null) this.pronounGender.set(chosen, wanted);
    return chosen;
  }

  constructor(private readonly people: ArticlePeople) {}

  /**
   * A new story in the same file (a news roundup's "—Consumer spending edged down …"): "he" and
   * "she" never reach back into the story before.
   */
  startStory(): void {
    this.recentSpeakers.length = 0;
  }

  attributeBlock(block: TextBlock, runningOn: ArticlePerson | null): { quotes: ExtractedQuote[]; runsOnWith: ArticlePerson | null } {
    const spans = findQuoteSpans(block.text);
    const masked = maskQuotes(block.text, spans);
    const quotes: ExtractedQuote[] = [];
    let previousInBlock: ExtractedQuote | null = null;
    let runsOnWith: ArticlePerson | null = null;
    let nextSpan = 0; // spans and sentences are both in text order: one pass pairs them

    block.sentences.forEach((sentence, sentenceIndex) => {
      const speechSubjects = this.speechSubjectsIn(masked, sentence);
      let quotedInSentence = 0;
      while (nextSpan < spans.length && (spans[nextSpan]?.open ?? Infinity) < sentence.end) {
        const spanIndex = nextSpan++;
        const span = spans[spanIndex];
        if (!span || span.open < sentence.start) continue;
        // A word or two quoted inside the reporter's sentence ("labor consultant work") does not stop a paraphrase.
        if (wordCount(span.text) > 3 || isWholeStatement(block.text, span, sentence)) quotedInSentence++;
        const closeSentence = withInvertedVerb(block, sentenceContaining(block.sentences, span.close - 1, sentenceIndex) ?? sentence);
        // "Lavrov declared afterward that “…”, reports the Post": a verb right before the quote owns it.
        const before = this.attributionBefore(masked, span, sentence, previousInBlock);
        const introduces = before && 'verbEnd' in before && /^[\s,:]*(?:\p{Ll}+\s+){0,2}(?:that\s+)?[\s:,]*$/u.test(masked.slice(before.verbEnd as number, span.open));
        let match = introduces ? before : (this.attributionAfter(block.text, masked, span, spans[spanIndex + 1], closeSentence) ?? before);
        // "…, who declared: “…”": a verb introduces the quote but its subject is unknown; no earlier speaker may take it.
        const unknownIntroducer = !match && this.introducedByUnknown(masked, span, sentence);
        // A later quote of the paragraph continues the speaker, unless it is a word or two of scare quotes ("kickbacks").
        if (!match && !unknownIntroducer && previousInBlock?.speaker && previousInBlock.sentenceIndex < sentenceIndex && wordCount(span.text) >= 3) {
          match = { speaker: previousInBlock.speaker, method: 'continuation', phrase: previousInBlock.cue };
        }
        if (!match && !unknownIntroducer && runningOn && span.open === firstNonSpace(block.text)) {
          match = { speaker: runningOn, method: 'continuation', phrase: 'continued quote' };
        }
        const quote: ExtractedQuote = {
          text: span.text,
          kind: isWholeStatement(block.text, span, sentence) ? 'direct' : 'partial',
          block,
          sentenceIndex,
          speaker: match?.speaker ?? null,
          method: match?.speaker ? match.method : 'none',
          cue: match?.phrase ?? '',
        };
        quotes.push(quote);
        previousInBlock = quote;
        if (quote.speaker?.kind === 'person') this.noteSpeaker(quote.speaker);
        if (span.runsOn) runsOnWith = quote.speaker;
      }

      if (block.section === 'body') {
        // A named subject is surer than a pronoun: "Before he testified, Stein … admitted …".
        const byCertainty = [...speechSubjects].sort((a, b) => Number(a.method === 'pronoun') - Number(b.method === 'pronoun'));
        const reported = byCertainty.find(
          (subject) =>
            subject.speaker !== null &&
            (!OBJECT_VERBS.has(subject.verb.toLowerCase()) || /^\s*that\b/iu.test(masked.slice(subject.verbEnd, subject.verbEnd + 12))) &&
            // With quotes in the sentence, only a "that"-clause of the reporter's own words is a paraphrase too:
            // "Kerry reiterated that the international community doesn't consider the referendum valid and warned of “…”".
            // A closing "…, Buchheister, president of …, said today." reports the whole sentence, quoted words and all.
            (quotedInSentence === 0 || hasReportedClause(masked, subject.verbEnd, sentence.end) || (closesSentence(masked, subject.verbEnd, sentence.end) && mostlyOwnWords(block.text, masked, sentence.start, subject.verbEnd, subject.phrase))),
        );
        // "Mitchell said in a statement:" with the quote in the next paragraph: the line introduces, it reports nothing itself.
        const introducesNext = reported && /:\s*$/.test(masked.slice(reported.verbEnd, sentence.end)) && !/\p{L}/u.test(masked.slice(masked.lastIndexOf(':', sentence.end), sentence.end));
        if (introducesNext) {
          if (sentenceIndex === block.sentences.length - 1) runsOnWith = reported?.speaker ?? null;
        } else if (reported?.speaker) {
          // Quoted words inside a sentence whose closing attribution names the speaker are that speaker's words.
          if (closesSentence(masked, reported.verbEnd, sentence.end)) {
            for (const quote of quotes) {
              if (quote.block === block && quote.sentenceIndex === sentenceIndex && !quote.speaker && wordCount(quote.text) >= 3) {
                quote.speaker = reported.speaker;
                quote.method = reported.method;
                quote.cue = reported.phrase;
              }
            }
          }
          quotes.push({ text: sentence.text, kind: 'reported', block, sentenceIndex, speaker: reported.speaker, method: reported.method, cue: reported.phrase });
        }
      }
      // "Willy Fiedler, who …, began …" then "“…”, he said": a person who is the subject of a sentence is who "he"
      // means next; this sentence's own speakers stay the most recent.
      for (const person of this.subjectsOf(masked, sentence)) this.noteSpeaker(person);
      for (const quote of quotes) if (quote.block === block && quote.sentenceIndex === sentenceIndex && quote.speaker?.kind === 'person') this.noteSpeaker(quote.speaker);
      for (const subject of speechSubjects) if (subject.speaker?.kind === 'person') this.noteSpeaker(subject.speaker);
    });
    return { quotes, runsOnWith };
  }

  /** A speech verb stands right before the quote ("who declared: “…”") but names no one we know. */
  private introducedByUnknown(masked: string, span: QuoteSpan, sentence: SentenceSpan): boolean {
    const before = masked.slice(Math.max(sentence.start, span.open - 60), span.open);
    const last = /(?<verb>\p{L}+)[\s,:]*$/u.exec(before)?.groups?.verb ?? '';
    return isVerb(last) && /:\s*$/.test(before);
  }

  /**
   * Known people standing as subjects in a sentence: a name opening a clause and followed by a
   * comma or a lower-case word (a verb); never "of Mr. Houtz" or "the Navy's Polaris missile".
   * Only names the article already knows: nothing is created here.
   */
  private subjectsOf(masked: string, sentence: SentenceSpan): ArticlePerson[] {
    const found: ArticlePerson[] = [];
    // Only clause openings are tried (the sentence's start and each comma, semicolon, colon or dash),
    // with a sticky pattern: a regex over every capitalised word of every sentence costs too much.
    for (let at = sentence.start; at >= 0 && at < sentence.end; ) {
      while (at < sentence.end && /\s/.test(masked[at] ?? '')) at++;
      SUBJECT_NAME.lastIndex = at;
      const run = SUBJECT_NAME.exec(masked)?.groups?.name;
      // Most capitalised words are no known surname: look only those up that are.
      if (run && at + run.length <= sentence.end && this.people.hasSurname(run.slice(run.lastIndexOf(' ') + 1))) {
        const { title, name } = splitTitle(trimRun(run));
        const person = name ? this.people.lookupName(name, title) : undefined;
        if (person && person !== 'ambiguous' && person.kind === 'person' && !found.includes(person)) found.push(person);
      }
      const next = nextClauseStart(masked, at, sentence.end);
      if (next < 0) break;
      at = next;
    }
    return found;
  }

  /** `“…,” he said` / `“…,” says Russia's foreign minister` / `… where they live, Lavrov said.` */
  private attributionAfter(text: string, masked: string, span: QuoteSpan, nextQuote: QuoteSpan | undefined, sentence: SentenceSpan): SubjectMatch | null {
    const stop = Math.min(sentence.end, nextQuote?.open ?? Infinity, span.close + ATTRIBUTION_REACH);
    const after = text.slice(span.close, stop);
    const verbFirst = VERB_FIRST.exec(after);
    if (verbFirst?.groups?.subject && verbFirst.groups.verb && isVerb(verbFirst.groups.verb)) {
      // "Asked Willie Mays when the game was over": a name ends at the first lower-case word.
      const subject = leadingName(verbFirst.groups.subject.trim());
      const resolved = this.resolveSubject(subject, 'after');
      if (resolved?.speaker) return { ...resolved, phrase: `${verbFirst.groups.verb} ${subject}` };
    }
    const subjectFirst = subjectThenVerb(after);
    if (subjectFirst) {
      const resolved = this.resolveSubject(subjectFirst.subject, 'before');
      if (resolved?.speaker) return { ...resolved, phrase: `${subjectFirst.subject} ${subjectFirst.verb}` };
    }
    // A closing attribution at the end of the sentence, after more of the reporter's words.
    const rest = withoutTrailingAdverbial(masked.slice(span.close, Math.min(sentence.end, span.close + ATTRIBUTION_REACH)));
    const closing = mayEndWithSpeechVerb(rest) ? CLOSING_TAIL.exec(rest) : null;
    if (closing?.groups?.subject && closing.groups.verb && isVerb(closing.groups.verb)) {
      const resolved = this.resolveSubject(closing.groups.subject.trim(), 'before');
      if (resolved?.speaker) return { ...resolved, phrase: `${closing.groups.subject.trim()} ${closing.groups.verb}` };
    }
    return null;
  }

  /** `Lavrov declared that “…”`, `Kerry, meanwhile, reiterated … and warned of “…”`. */
  private attributionBefore(masked: string, span: QuoteSpan, sentence: SentenceSpan, previous: ExtractedQuote | null): SubjectMatch | null {
    const verbs = this.speechSubjectsIn(masked, { start: Math.max(sentence.start, span.open - ATTRIBUTION_REACH), end: span.open, text: '' });
    for (let index = verbs.length - 1; index >= 0; index--) {
      const verb = verbs[index];
      if (!verb) continue;
      if (verb.speaker) return verb;
      if (verb.dependent && previous?.speaker && previous.block.sentences[previous.sentenceIndex] === sentence) {
        return { speaker: previous.speaker, method: 'continuation', phrase: previous.cue };
      }
    }
    return null;
  }

  /** Every speech verb in a stretch of text with the subject it has, in order. */
  private speechSubjectsIn(masked: string, range: SentenceSpan): SpeechVerb[] {
    const found: SpeechVerb[] = [];
    const text = masked.slice(range.start, range.end);
    for (const match of speechVerbsIn(text)) {
      const verb = match.verb;
      const verbEnd = range.start + (match.index ?? 0) + verb.length;
      const after = text.slice((match.index ?? 0) + verb.length, (match.index ?? 0) + verb.length + SUBJECT_REACH);
      if (/^according\s+to$/i.test(verb)) {
        // "…, according to decorator consultant, Leland Alden." / "according to Leavitt"
        const source = this.subjectAfter(after, true);
        if (source) found.push({ ...source, verb, dependent: false, verbEnd });
        continue;
      }
      // Subjects stand close to their verb; a bounded look-back keeps huge sentences linear.
      const before = text.slice(Math.max(0, (match.index ?? 0) - SUBJECT_REACH), match.index ?? 0);
      if (PASSIVE_BEFORE.test(before)) continue;
      let trimmed = withoutSkippable(before);
      // "…and warned", ", adding": the subject is the one of an earlier verb.
      const dependent = /\b(?:and|but|or)$/i.test(trimmed) || (/ing$/i.test(verb) && /,\s*$/.test(before));
      // "calls from dealers demanding delivery": a participle that does not continue a clause reports nothing.
      if (/ing$/i.test(verb) && !dependent) continue;
      // "Carl W. Buchheister, president of the National Audubon Society, said": the subject stands before the aside,
      // when that is a whole name (two words or more, or a person already known) starting the sentence or a clause.
      const aside = dependent ? null : APPOSITIVE_AT_END.exec(before.replace(/\s+$/u, ''));
      const named = aside ? NAME_BEFORE_ASIDE.exec(before.slice(0, aside.index))?.groups?.name : undefined;
      if (named && (named.split(/\s+/).length >= 2 || this.people.findByName(named))) trimmed = named;
      let subject = dependent ? null : this.subjectAtEnd(trimmed);
      // "…, says John Staiger, vice president." — the subject follows a verb that closes the sentence's statement.
      if (!subject && !dependent && /,\s*$/.test(before) && /^(?:say|says|said|report|reports|reported|recall|recalls|recalled|adds|added|notes|noted|explains|explained|insists|insisted|declares|declared|asserts|asserted|writes|wrote)$/i.test(verb)) {
        subject = this.subjectAfter(after, false);
      }
      if (subject) found.push({ ...subject, verb, dependent, verbEnd });
      else found.push({ speaker: null, method: 'none', phrase: '', verb, dependent, verbEnd });
    }
    return found;
  }

  /**
   * The speaker named after a verb: "says John Staiger, vice president", "according to Leavitt",
   * "according to decorator consultant, Leland Alden". A title or description before the name is skipped.
   */
  private subjectAfter(after: string, allowDescription: boolean): SubjectMatch | null {
    const clause = /^\s*(?<clause>(?:[^,.;:!?]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Gov|Gen|Rep|Rev|Jr|St))\.)+)(?<comma>,\s*(?<next>(?:[^,.;:!?]|(?<=\b\p{Lu})\.)+))?/u.exec(after);
    let phrase = (clause?.groups?.clause ?? '').trim();
    // "decorator consultant, Leland Alden": a lower-case description, then the name after the comma.
    if (allowDescription && /^\p{Ll}/u.test(phrase) && !/^the\s/u.test(phrase) && clause?.groups?.next && /^\p{Lu}/u.test(clause.groups.next.trim())) phrase = clause.groups.next.trim();
    // "Standard & Poor's": a firm's name runs over its ampersand.
    const name = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'.-]*\s*(?:&\s*)?)+/u.exec(phrase)?.[0]?.trim();
    if (!name) return null;
    const resolved = this.resolveSubject(name, 'after');
    return resolved?.speaker ? resolved : null;
  }

  private subjectAtEnd(text: string): SubjectMatch | null {
    const pronoun = PRONOUN_AT_END.exec(text);
    if (pronoun?.groups?.pronoun) return this.resolveSubject(pronoun.groups.pronoun, 'before');
    const description = DESCRIPTION_AT_END.exec(text);
    if (description?.groups?.description && !/\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(text.replace(/\s+$/, '').split(/\s+/).pop() ?? '')) {
      return this.resolveSubject(description.groups.description, 'before');
    }
    const name = NAME_AT_END.exec(text);
    if (name?.groups?.name) {
      // "Developments in Cuba and Laos suggested", "if Mr. Khrushchev proposes": no subject of a reporting clause.
      if (NOT_A_SUBJECT_BEFORE.test(text.slice(Math.max(0, (name.index ?? 0) - 12), name.index ?? 0))) return null;
      return this.resolveSubject(`${name.groups.article ?? ''}${name.groups.name}`.trim(), 'before');
    }
    const group = GROUP_AT_END.exec(text);
    if (group?.groups?.group) {
      const phrase = group.groups.group.replace(/^The\b/, 'the');
      return { speaker: this.people.addOrganization(phrase), method: 'named', phrase };
    }
    // "The weather bureau has estimated", "the state supreme court ruled": a body named in lower case.
    const body = BODY_AT_END.exec(text)?.groups?.body;
    if (body && ORGANISATION_HEADS.has((/(\p{L}+)(?:\s+of\s+\p{L}+)?$/u.exec(body)?.[1] ?? '').toLowerCase())) {
      const phrase = body.replace(/^The\b/, 'the');
      if (/^the\s+\p{L}+$/iu.test(phrase)) return this.resolveSubject(phrase, 'before');
      return { speaker: this.people.addOrganization(phrase), method: 'named', phrase };
    }
    return null;
  }

  /** Turns "he", "the top US diplomat", "Russian Foreign Minister Sergei Lavrov" or "the Guardian" into a speaker. */
  private resolveSubject(phrase: string, position: 'before' | 'after'): SubjectMatch | null {
    const cleaned = phrase.replace(/^[\s,]+|[\s,]+$/g, '');
    if (!cleaned || cleaned.split(/\s+/).length > 8) return null;
    const lower = cleaned.toLowerCase();
    if (PRONOUNS.has(lower)) {
      if (lower === 'they') return null;
      const speaker = this.speakerForPronoun(lower === 'she' ? 'she' : 'he');
      return speaker ? { speaker, method: 'pronoun', phrase: cleaned } : null;
    }
    // "The Service", "the court": a body named earlier in the article by a name ending in that word.
    const bodyHead = /^the\s+(?<head>\p{L}+)$/iu.exec(cleaned)?.groups?.head;
    if (bodyHead && ORGANISATION_HEADS.has(bodyHead.toLowerCase())) {
      const body = this.people.organisationWithHead(bodyHead);
      if (body) return { speaker: body, method: 'title', phrase: cleaned };
    }
    const startsWithDeterminer = /^(the|his|her|their|its)\s/i.test(cleaned) || /^\p{Lu}[\p{L}]*['’]s\s+\p{Ll}/u.test(cleaned);
    const lastWord = cleaned.split(/\s+/).pop() ?? '';
    if (startsWithDeterminer && /^\p{Ll}/u.test(lastWord)) {
      const person = this.people.findByDescription(cleaned, this.lastSpeaker);
      return person ? { speaker: person, method: 'title', phrase: cleaned } : null;
    }
    const withoutArticle = cleaned.replace(/^the\s+/i, '');
    if (!/^\p{Lu}/u.test(withoutArticle)) return null;
    const run = trimRun(withoutArticle);
    if (!run) return null;
    const { title, name } = splitTitle(run);
    const found = this.people.lookupName(name || run, title);
    // A bare surname two people of the article share: guessing would put the quote under the wrong one.
    if (found === 'ambiguous') return null;
    const known = found;
    if (known) {
      // "says Jack Martin" after a bare "Martin": the fuller name is the person's name from now on.
      if (name && name.split(/\s+/).length > known.name.split(/\s+/).length) known.name = name;
      if (title) known.titles.add(title);
      known.surfaceForms.add(run);
      return { speaker: known, method: 'named', phrase: cleaned };
    }
    const words = (name || run).split(/\s+/);
    if (/^the\s/i.test(cleaned) || !name) {
      // "the President": a title alone names the person the article gave that title, when there is one.
      const titled = this.people.findByDescription(cleaned, this.lastSpeaker);
      if (titled && !name) return { speaker: titled, method: 'title', phrase: cleaned };
      return { speaker: this.people.addOrganization(/^the\s/i.test(cleaned) ? `the ${run}` : run), method: 'named', phrase: cleaned };
    }
    // "the National Audubon Society", "Draper, Gaither & Anderson": bodies speak too, but are nobody's "he".
    if (isOrganisationName(run)) return { speaker: this.people.addOrganization(/^the\s/i.test(cleaned) ? `the ${run}` : run), method: 'named', phrase: cleaned };
    if (words.length >= 2 || title) return { speaker: this.people.addPerson(name, title, run), method: 'named', phrase: cleaned };
    // A single unknown capitalised word is a surname ("Hemphill said", "said Smith") unless it is a
    // place or an institution speaking for one ("Moscow said", "Police said").
    return position === 'after' || !(isPlaceWord(run) || INSTITUTIONS.has(run.toLowerCase()))
      ? { speaker: this.people.addPerson(name, '', run), method: 'named', phrase: cleaned }
      : { speaker: this.people.addOrganization(run), method: 'named', phrase: cleaned };
  }
}

/** Replaces quoted words with spaces so verbs inside a quotation are not taken as attribution. */
function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.open < cursor) continue;
    parts.push(text.slice(cursor, span.open), ' '.repeat(span.close - span.open));
    cursor = span.close;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** "said today.", "said in an interview." — the words a closing attribution may trail. */
const TRAILING_ADVERBIAL = /(?:\s+(?:today|yesterday|tonight|tomorrow|later|earlier|recently|again|afterward|afterwards|here|there|(?:last|this|on|early|late)\s+\p{L}+|in\s+(?:an?|the|his|her)\s+\p{L}+(?:\s+\p{L}+)?))+(?=\s*[.!?]?\s*$)/u;

function withoutTrailingAdverbial(text: string): string {
  return text.replace(TRAILING_ADVERBIAL, '');
}

/**
 * The reporter's own words (outside quotes, without the attribution) outnumber the quoted ones up
 * to the verb: "Vast spraying programs conducted by “…” are endangering crops, Buchheister said" is
 * a paraphrase; "“…,” he said" and "Moscow “has no … plans …”, Lavrov said" are quotes.
 */
function mostlyOwnWords(text: string, masked: string, start: number, verbEnd: number, phrase: string): boolean {
  const all = (text.slice(start, verbEnd).match(/\p{L}+/gu) ?? []).length;
  const own = (masked.slice(start, verbEnd).match(/\p{L}+/gu) ?? []).length - phrase.split(/\s+/).length - 1;
  return own >= 4 && own > all - own;
}

function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}

/** Nothing but a trailing adverbial and a full stop after the verb. */
function closesSentence(masked: string, verbEnd: number, sentenceEnd: number): boolean {
  return /^\s*[.!?]?\s*$/.test(withoutTrailingAdverbial(masked.slice(verbEnd, sentenceEnd)));
}

/** "Willie Mays when the game was over" → "Willie Mays"; "the top US diplomat" and "he" stay whole. */
function leadingName(subject: string): string {
  if (!/^\p{Lu}/u.test(subject) || /^the\s/iu.test(subject) || /^\S+['’]s\s/u.test(subject)) return subject;
  const words = subject.split(/\s+/);
  const end = words.findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word) && !/^(?:of|de|van|von|der|la|le|du|da|bin|al)$/u.test(word));
  return end < 0 ? subject : words.slice(0, end).join(' ');
}

/**
 * `“Did you”?? Asked Willie.` — the question mark ends the sentence, and the inverted verb and its
 * subject stand in the next one: the quote's sentence reaches over it.
 */
function withInvertedVerb(block: TextBlock, sentence: SentenceSpan): SentenceSpan {
  const index = block.sentences.indexOf(sentence);
  const next = block.sentences[index + 1];
  if (!next || !/[?!]\s*$/.test(block.text.slice(sentence.start, sentence.end))) return sentence;
  const firstWord = /^\s*(?<word>\p{L}+)/u.exec(block.text.slice(next.start, next.end))?.groups?.word ?? '';
  return isVerb(firstWord) ? { start: sentence.start, end: next.end, text: '' } : sentence;
}

/** The sentence holding a character offset, searching forward from a known sentence. */
function sentenceContaining(sentences: SentenceSpan[], offset: number, from: number): SentenceSpan | undefined {
  for (let index = from; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (sentence && offset >= sentence.start && offset < sentence.end) return sentence;
    if (sentence && sentence.start > offset) break;
  }
  return undefined;
}

function firstNonSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** A quote that starts its sentence, follows a colon, or is followed by "he said" is a whole statement. */
function isWholeStatement(text: string, span: QuoteSpan, sentence: SentenceSpan): boolean {
  const before = text.slice(sentence.start, span.open).trim();
  if (before === '' || /[:]$/.test(before)) return true;
  const after = text.slice(span.close, Math.min(sentence.end, span.close + 40));
  return verbSoonAfter(after) && /[,.!?]\s*$/.test(text.slice(span.open, span.close - 1));
}
