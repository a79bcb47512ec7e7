import {
  ACCORDING_TO,
  CLAUSE_BREAK,
  CLOSING_TAIL,
  COORDINATED_BEFORE,
  INTRODUCES_QUOTE,
  INVERTED_SUBJECT_START,
  SUBJECT_BEFORE_ASIDE,
  PARTICIPLE,
  PASSIVE_BEFORE,
  VERB_FIRST,
} from '../lang/en/attributionPatterns.ts';
import { POSSESSIVE_DOCUMENT_AT_END, SOURCE_FROM } from '../lang/en/quoteOwners.ts';
import { CLOSING_VERB, OBJECT_VERBS } from '../lang/en/speechVerbs.ts';
import { speechVerb, type ExtractedQuote, type SpeechVerb, type SubjectMatch, type TextBlock } from './attributionTypes.ts';
import type { ArticlePeople, ArticlePerson } from './people.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans.ts';
import {
  ATTRIBUTION_REACH,
  closesSentence,
  firstNonSpace,
  hasReportedClause,
  isWholeStatement,
  leadingName,
  maskQuotes,
  mostlyOwnWords,
  sentenceContaining,
  withInvertedVerb,
  wordCount,
} from './quoteText.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';
import { isVerb, mayEndWithSpeechVerb, participleReport, speechVerbsIn, subjectThenVerb, withoutSkippable, withoutTrailingAdverbial } from './speechVerbScan.ts';
import { SubjectResolver } from './subjectResolver.ts';
import { clauseSubject, mayHoldName } from './posSubject.ts';
import { hearsaySource, reachableVerbs, reportsSomething } from './reportedContent.ts';
import * as owners from './quoteOwnership.ts';
import { nameBeforeAsides } from './asides.ts';
import { describedSubject, subjectsOf, withSurnameAt } from './mentions.ts';
import { afterReport, opensOthersClause } from './quoteContinuation.ts';
import { coordinatedParts, reportedQuote } from './coordinatedReports.ts';
import { GroupReference } from './groupReference.ts';
import { groupSource } from './groupSource.ts';
import { objectVerbReports } from './setOffTag.ts';
import { pluralPeopleSubject } from './pluralPeople.ts';
import { noteSubjects, noteUnknownClauseSubjects } from './pronounChain.ts';
import { subordinatePronounOwner } from './soleSubject.ts';
import { DescribedReferent } from './describedReferent.ts';
import { withoutOvertakenPronouns } from './overtakenPronoun.ts';
import { introducerUnknown } from './introducedWithObject.ts';
import { mannerOfSpeakingTag, splitQuote } from './mannerTag.ts';

export type { AttributionMethod, ExtractedQuote, TextBlock } from './attributionTypes.ts';

/** How far before a speech verb its subject may start. */
const SUBJECT_REACH = 160;

/** Per-article attribution: walks the blocks in reading order, remembering who spoke last for "he said". */
export class Attributor {
  /** Who "he", "the top French diplomat" or "Morel" is, and who spoke last. */
  private readonly subjects: SubjectResolver;

  /** Who "he" is when nobody named fits: the person the sentence before described ("The man stuck the nozzle …"). */
  private readonly described: DescribedReferent;

  /** Who "they" is: the group that spoke just before. */
  private readonly groups = new GroupReference();

  constructor(private readonly people: ArticlePeople) {
    this.subjects = new SubjectResolver(people);
    this.described = new DescribedReferent(people);
  }

  private noteBody(body: ArticlePerson): void {
    this.subjects.noteBody(body);
    this.groups.noteBody(body);
  }

  /**
   * A new story in the same file (a news roundup's "—Consumer spending edged down …"): "he" and
   * "she" never reach back into the story before.
   */
  startStory(): void {
    this.subjects.startStory();
    this.groups.startStory();
    this.described.startStory();
  }

  /** The current block's speech verbs outside quotes, in order. */
  private blockVerbs: Array<{ verb: string; index: number }> = [];

  /** Subjects read from the tags in the current block, by the offset of their verb. */
  private readonly taggedSubjects = new Map<number, SubjectMatch | null>();

  /** The block being read: its text and tags, for subjects the patterns miss. */
  private current: { text: string; tokens: (() => TaggedTokens) | null; sentences: SentenceSpan[] } = { text: '', tokens: null, sentences: [] };

  attributeBlock(block: TextBlock, runningOn: ArticlePerson | null): { quotes: ExtractedQuote[]; runsOnWith: ArticlePerson | null } {
    this.current = { text: block.text, tokens: block.tokens, sentences: block.sentences };
    this.taggedSubjects.clear();
    this.subjects.nextParagraph();
    const spans = findQuoteSpans(block.text);
    const masked = maskQuotes(block.text, spans);
    this.blockVerbs = speechVerbsIn(masked);
    const quotes: ExtractedQuote[] = [];
    let previousInBlock: ExtractedQuote | null = null;
    let runsOnWith: ArticlePerson | null = null;
    let nextSpan = 0; // spans and sentences are both in text order: one pass pairs them

    block.sentences.forEach((sentence, sentenceIndex) => {
      this.subjects.nextSentence(masked.slice(sentence.start, sentence.end));
      this.described.noteSentence(block.text, block.tokens, masked, sentence);
      this.groups.nextSentence();
      const speechSubjects = withoutOvertakenPronouns(this.speechSubjectsIn(masked, sentence), masked, sentence, this.people, block.tokens);
      let quotedInSentence = 0;
      while (nextSpan < spans.length && (spans[nextSpan]?.open ?? Infinity) < sentence.end) {
        const spanIndex = nextSpan++;
        const span = spans[spanIndex];
        if (!span || span.open < sentence.start) continue;
        // A word or two quoted inside the reporter's sentence ("labor consultant work") does not stop a paraphrase.
        if (wordCount(span.text) > 3 || isWholeStatement(block.text, span, sentence)) quotedInSentence++;
        const closeSentence = withInvertedVerb(block, sentenceContaining(block.sentences, span.close - 1, sentenceIndex) ?? sentence);
        // "Morel declared afterward that “…”, reports the Post": a verb right before the quote owns it.
        const before = owners.passiveBetween(this.attributionBefore(masked, span, sentence, previousInBlock), masked, span.open);
        const introduces = before && 'verbEnd' in before && INTRODUCES_QUOTE.test(masked.slice(before.verbEnd as number, span.open));
        // "he told the “skyjackers”", “Organic Gardening”, “Doctor” Lee: a thing's name or part of a person's; nobody said it.
        const named = owners.namesThing(block.text, masked, span) || owners.isQuotedTerm(block.text, span, sentence, block.tokens);
        let match = named ? null : introduces ? before : (this.attributionAfter(block.text, masked, span, spans[spanIndex + 1], closeSentence) ?? before);
        // "in the words of Anatole France, “…”", "X summed it up neatly: “…”": named without a speech verb.
        if (!match && !named) match = owners.ownerWithoutVerb(this.current, masked, span, sentence, speechSubjects.length > 0, this.subjects);
        const sentenceOf = { masked, span: sentence, people: this.people, tokens: this.current.tokens };
        if (!match && !named) match = subordinatePronounOwner(masked.slice(sentence.start, span.open), () => this.namedIn(masked, sentence), sentenceOf);
        // "The man stuck the nozzle …. “What kind of car is it”?? He asked gloomily.": the man described; else a verb of speaking governing the words.
        if (!match && !named) match = this.described.afterQuote(block.text.slice(span.close)) ?? owners.governingVerbOwner(this.current, masked, sentence, span, this.subjects);
        // "…, who declared: “…”": a verb introduces the quote but its subject is unknown; no earlier speaker may take it.
        const unknownIntroducer = !match && introducerUnknown(block.text, masked, span, sentence, closeSentence.end);
        // "Hughes said that he had understood …. “But when I arrived …”": a quote going on with the report before it.
        if (!match && !named && !unknownIntroducer) match = afterReport(quotes, block, sentenceIndex, span, sentence, this.subjects, { masked, people: this.people });
        // A later quote of the paragraph continues the speaker, unless it is a word or two of scare quotes ("kickbacks").
        const continues = !match && !named && !unknownIntroducer && !opensOthersClause(masked, span, sentence, previousInBlock?.speaker?.name);
        const goesOn = previousInBlock !== null && (previousInBlock.sentenceIndex < sentenceIndex || splitQuote(block.text, spans[spanIndex - 1], span));
        const carried = continues && goesOn && wordCount(span.text) >= 3 ? previousInBlock : null;
        if (carried?.speaker) match = { speaker: carried.speaker, method: 'continuation', phrase: carried.cue };
        const runsOnHere = !named && !unknownIntroducer && runningOn && span.open === firstNonSpace(block.text);
        if (runsOnHere) match ??= { speaker: runningOn, method: 'continuation', phrase: 'continued quote' };
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
        // “Said Secretary Hodges: ' It's a tough combination …”: a quote inside a quoted report is the one it names.
        const inner = owners.nestedQuote(span.text, this.subjects);
        if (inner) quotes.push(owners.innerQuote(quote, inner));
        // A title or a named thing between two quotes of one speaker does not break the run of their words.
        if (!named || quote.speaker) previousInBlock = quote;
        if (quote.speaker?.kind === 'person') this.subjects.noteSpeaker(quote.speaker);
        if (span.runsOn) runsOnWith = match?.speaker ?? null;
      }

      if (block.section === 'body') {
        // A named subject is surer than a pronoun: "Before he testified, Stein … admitted …".
        const byCertainty = [...speechSubjects].sort((a, b) => Number(a.method === 'pronoun') - Number(b.method === 'pronoun'));
        const reports = (subject: SpeechVerb): boolean =>
          subject.speaker !== null &&
          !subject.quoteOnly &&
          (!OBJECT_VERBS.has(subject.verb.toLowerCase()) || objectVerbReports(masked, subject, sentence)) &&
          // With quotes in the sentence, only a "that"-clause of the reporter's own words is a paraphrase too:
          // "Perry reiterated that the board doesn't consider the vote valid and warned of “…”".
          // A closing "…, Buchheister, president of …, said today." reports the whole sentence, quoted words and all.
          (quotedInSentence === 0 ||
            hasReportedClause(block.text, masked, sentence, subject.verbEnd - subject.verb.length, subject.verbEnd) ||
            // "Housewives are finding … traditional designs, says Mr. Alden and they …": what stands before "says X".
            ((closesSentence(masked, subject.verbEnd, sentence.end) || ACCORDING_TO.test(subject.verb) || subject.inverted === true) &&
              mostlyOwnWords(block.text, masked, sentence.start, subject.verbEnd, subject.phrase))) &&
          reportsSomething(masked, this.current.text, this.current.tokens, sentence, subject);
        const reported = byCertainty.find(reports);
        // "Mitchell said in a statement:" with the quote in the next paragraph: the line introduces, it reports nothing itself.
        const mark = owners.introducingMark(masked, sentence);
        const introducesNext = reported && mark >= reported.verbEnd;
        const lastSentence = sentenceIndex === block.sentences.length - 1;
        if (introducesNext) {
          if (lastSentence) runsOnWith = reported?.speaker ?? null;
        } else if (lastSentence && !reported && mark >= 0) {
          // "…he had set forth his basic view … in these words:", "Irenaeus describes …as follows:" owns the quoted paragraph after it.
          runsOnWith = owners.colonIntroducer(this.current, masked, sentence.start, mark, this.subjects, speechSubjects)?.speaker ?? runsOnWith;
          // A sentence of subject and verb alone ("I suggested." after a quote closing the sentence before) reports nothing.
        } else if (reported?.speaker && wordCount(masked.slice(sentence.start, sentence.end)) > wordCount(reported.phrase) + 1) {
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
          // "X estimated that …, altho a spokesman for Y estimated …": each clause is its own subject's statement.
          for (const part of coordinatedParts(block.text, masked, sentence, speechSubjects, reported, reports)) quotes.push(reportedQuote(part, block, sentenceIndex));
        }
      }
      // "Willy Fiedler, who …, began …" then "“…”, he said": a person who is the subject of a sentence is who "he"
      // means next; this sentence's own speakers stay the most recent.
      for (const person of this.namedIn(masked, sentence)) this.subjects.noteMention(person);
      // "Thus when Premier Khrushchev intimated …, Mr. Kennedy was confronted …": a speaker inside a subordinate
      // clause is older news than the main clause's subject, who is who "he" means next.
      const subordinate = speechSubjects.filter((subject) => subject.speaker?.kind === 'person' && owners.inSubordinateClause(masked, sentence, subject));
      for (const subject of subordinate) if (subject.speaker) this.subjects.noteSpeaker(subject.speaker);
      noteSubjects(subjectsOf(masked, sentence, this.people, this.current.tokens), speechSubjects.length === 0, masked, sentence, this.people, this.subjects, this.current.tokens);
      noteUnknownClauseSubjects(masked, sentence, this.people, this.subjects);
      // (A paraphrase's speaker is one of the speech subjects: noted with them, in their order.)
      for (const quote of quotes) {
        if (quote.block === block && quote.sentenceIndex === sentenceIndex && quote.kind !== 'reported' && quote.speaker?.kind === 'person')
          this.subjects.noteSpeaker(quote.speaker);
      }
      for (const subject of speechSubjects) if (subject.speaker?.kind === 'person' && !subordinate.includes(subject)) this.subjects.noteSpeaker(subject.speaker);
      // "Thompson reported that the Soviet leader's mood was cocky. He has indicated …": "he" may be the one described.
      for (const subject of speechSubjects) {
        const described = subject.speaker ? owners.describedIn(masked.slice(subject.verbEnd, sentence.end)) : null;
        if (described && described !== subject.speaker) this.subjects.noteMention(described);
      }
      for (const subject of speechSubjects) if (subject.speaker?.kind === 'organization') this.noteBody(subject.speaker);
    });
    return { quotes, runsOnWith };
  }

  /** Known people named anywhere in a sentence outside quotes, by the surnames among its capitalised words (found by the scan). */
  private namedIn(masked: string, sentence: SentenceSpan): ArticlePerson[] {
    const found: ArticlePerson[] = [];
    for (const { at, word } of this.people.surnamesIn(this.current.text, sentence.start, sentence.end)) {
      if (masked[at] === ' ') continue; // inside a quote
      // A surname two people share names both: "he" after it could be either. A few of them say as much
      // as all (8,000 Smiths must not make every sentence note 8,000 mentions).
      for (const person of withSurnameAt(this.people, this.current.text, at, word).slice(0, MENTIONS_PER_SURNAME))
        if (person.kind === 'person' && !found.includes(person)) found.push(person);
    }
    return [...describedSubject(masked.slice(sentence.start, sentence.end), this.people), ...found];
  }

  /** `“…,” he said` / `“…,” says France's foreign minister` / `… where they live, Morel said.` */
  private attributionAfter(text: string, masked: string, span: QuoteSpan, nextQuote: QuoteSpan | undefined, sentence: SentenceSpan): SubjectMatch | null {
    const stop = Math.min(sentence.end, nextQuote?.open ?? Infinity, span.close + ATTRIBUTION_REACH);
    const after = text.slice(span.close, stop);
    const verbFirst = VERB_FIRST.exec(after);
    if (verbFirst?.groups?.subject && verbFirst.groups.verb && (isVerb(verbFirst.groups.verb) || CLOSING_VERB.test(verbFirst.groups.verb))) {
      // "Asked Willie Mays when the game was over": a name ends at the first lower-case word.
      const subject = leadingName(verbFirst.groups.subject.trim());
      const resolved = this.subjects.resolveSubject(subject, 'after');
      if (resolved?.speaker) return { ...resolved, phrase: `${verbFirst.groups.verb} ${subject}` };
    }
    const subjectFirst = subjectThenVerb(after);
    if (subjectFirst) {
      const resolved = this.subjects.resolveSubject(subjectFirst.subject, 'before');
      if (resolved?.speaker) return { ...resolved, phrase: `${subjectFirst.subject} ${subjectFirst.verb}` };
    }
    // "“…,” Gov. Harold Wexley, a Republican, said.", "“…”, Wexley, 58, said": the name, an aside, the verb.
    const aside = owners.nameAsideVerb(after, this.subjects) ?? owners.goesOnAfter(after, this.subjects) ?? owners.documentAfter(after, this.subjects);
    if (aside) return aside;
    // A closing attribution at the end of the sentence, after more of the reporter's words.
    const rest = withoutTrailingAdverbial(masked.slice(span.close, Math.min(sentence.end, span.close + ATTRIBUTION_REACH)));
    const closing = mayEndWithSpeechVerb(rest) ? CLOSING_TAIL.exec(rest) : null;
    if (closing?.groups?.subject && closing.groups.verb && isVerb(closing.groups.verb)) {
      const resolved = this.subjects.resolveSubject(closing.groups.subject.trim(), 'before');
      if (resolved?.speaker) return { ...resolved, phrase: `${closing.groups.subject.trim()} ${closing.groups.verb}` };
    }
    return mannerOfSpeakingTag(after, (phrase, position) => this.subjects.resolveSubject(phrase, position));
  }

  /** `Morel declared that “…”`, `Perry, meanwhile, reiterated … and warned of “…”`; never past an inner report (`innerReport.ts`). */
  private attributionBefore(masked: string, span: QuoteSpan, sentence: SentenceSpan, previous: ExtractedQuote | null): SubjectMatch | null {
    const range = { start: Math.max(sentence.start, span.open - ATTRIBUTION_REACH), end: span.open, text: '' };
    const verbs = reachableVerbs(masked, withoutOvertakenPronouns(this.speechSubjectsIn(masked, range), masked, sentence, this.people, this.current.tokens));
    for (let index = verbs.length - 1; index >= 0; index--) {
      const verb = verbs[index];
      if (!verb) continue;
      if (verb.speaker) return hearsaySource(masked, verbs, index) ?? verb;
      if (verb.dependent && previous?.speaker && previous.block.sentences[previous.sentenceIndex] === sentence) {
        return { speaker: previous.speaker, method: 'continuation', phrase: previous.cue };
      }
    }
    return owners.invertedIntroduction(masked.slice(sentence.start, span.open), this.subjects);
  }

  /** The subject of the clause a verb at this offset stands in, from the POS tags; a verb after "and" takes the sentence's first. */
  private taggedSubject(verbStart: number, dependent: boolean): SubjectMatch | null {
    // A sentence is read for several quotes: the same verb's subject is worked out once.
    const key = verbStart * 2 + Number(dependent);
    const known = this.taggedSubjects.get(key);
    if (known !== undefined) return known;
    const { text, sentences } = this.current;
    const sentenceStart = sentences.find((sentence) => sentence.start <= verbStart && verbStart < sentence.end)?.start ?? 0;
    const before = text.slice(sentenceStart, verbStart);
    const clauseStart = dependent ? sentenceStart : sentenceStart + Math.max(0, ...[',', ';', ':', '—'].map((mark) => before.lastIndexOf(mark) + 1));
    let found: SubjectMatch | null = null;
    // Only a clause holding a name can give one the patterns missed; the tags are read for those alone.
    if (mayHoldName(text.slice(clauseStart, verbStart))) {
      const tokens = this.current.tokens?.();
      const phrase = tokens ? clauseSubject(text, tokens, clauseStart, verbStart, dependent) : null;
      const they = phrase?.toLowerCase() === 'they';
      const resolved = phrase && phrase.length <= 80 ? (they ? this.groups.referent(phrase) : this.subjects.resolveSubject(phrase, 'before')) : null;
      found = resolved?.speaker ? resolved : null;
    }
    this.taggedSubjects.set(key, found);
    return found;
  }

  /**
   * The block's speech verbs inside a range, offsets relative to its start. The block is scanned once:
   * a sentence is read for each of its quotes, and again for what it reports.
   */
  private verbsBetween(start: number, end: number): Array<{ verb: string; index: number }> {
    const found: Array<{ verb: string; index: number }> = [];
    for (const match of this.blockVerbs) {
      if (match.index >= end) break;
      if (match.index >= start && match.index + match.verb.length <= end) found.push({ verb: match.verb, index: match.index - start });
    }
    return found;
  }

  /** Every speech verb in a stretch of text with the subject it has, in order. */
  private speechSubjectsIn(masked: string, range: SentenceSpan): SpeechVerb[] {
    const found: SpeechVerb[] = [];
    const text = masked.slice(range.start, range.end);
    for (const match of this.verbsBetween(range.start, range.end)) {
      const verb = match.verb;
      const verbEnd = range.start + (match.index ?? 0) + verb.length;
      const after = text.slice((match.index ?? 0) + verb.length, (match.index ?? 0) + verb.length + SUBJECT_REACH);
      // "how Congressman Martin, according to the Daily Labor Report, defends …": the source of the report, not the speaker.
      if (ACCORDING_TO.test(verb) && SUBJECT_BEFORE_ASIDE.test(text.slice(Math.max(0, (match.index ?? 0) - SUBJECT_REACH), match.index ?? 0))) continue;
      if (ACCORDING_TO.test(verb)) {
        // "…, according to decorator consultant, Leland Alden." / "according to Leavitt"
        // "according to a tip from Dr. Robert C. Miller": the person behind the source.
        const from = SOURCE_FROM.exec(after)?.groups?.name;
        const behind = from ? this.subjects.resolveSubject(from, 'after') : null;
        const source = this.subjects.subjectAfter(after, true) ?? (behind?.speaker ? behind : null) ?? groupSource(after, this.subjects);
        if (source) found.push(speechVerb(source, verb, false, verbEnd, false, false));
        continue;
      }
      // Subjects stand close to their verb; a bounded look-back keeps huge sentences linear.
      const before = text.slice(Math.max(0, (match.index ?? 0) - SUBJECT_REACH), match.index ?? 0);
      if (PASSIVE_BEFORE.test(before)) {
        // "was explained by Thurman Arnold": the agent may own a quote ("He wrote: “…”" next is his), never a paraphrase.
        const by = owners.passiveAgent(after, this.subjects);
        if (by) found.push(speechVerb(by, verb, false, verbEnd, true, false));
        continue;
      }
      let trimmed = withoutSkippable(before);
      // "…and warned", ", adding": the subject is the one of an earlier verb.
      const dependent = COORDINATED_BEFORE.test(trimmed) || (PARTICIPLE.test(verb) && /,\s*$/.test(before));
      // "calls from dealers demanding delivery": a participle that does not continue a clause reports nothing.
      if (PARTICIPLE.test(verb) && !dependent) continue;
      // "He told her she demanded too much": a verb inside the clause another verb reports (no comma between) is no attribution.
      const earlier = found[found.length - 1];
      if (!dependent && earlier && !CLAUSE_BREAK.test(text.slice(earlier.verbEnd - range.start, match.index ?? 0))) {
        found.push({ speaker: null, method: 'none', phrase: '', verb, dependent, verbEnd });
        continue;
      }
      // "Carl W. Buchheister, president of the National Audubon Society, said": the subject stands before the aside,
      // when that is a whole name (two words or more, or a person already known) starting the sentence or a clause.
      // "Gene Marshall, manager of the club, has announced": the asides end at the comma before "has" (not "will").
      const aside = dependent ? null : nameBeforeAsides(/^\s*,(?!.*\bwill\b)/.test(before.slice(trimmed.length)) ? `${trimmed},` : before);
      const named = aside?.name;
      if (named && (named.split(/\s+/).length >= 2 || this.people.findByName(named))) trimmed = named;
      // "President Kennedy's invitation to the Spanish-born master said": the words are the owner's.
      const owner = dependent || !/['’]/.test(trimmed) ? undefined : POSSESSIVE_DOCUMENT_AT_END.exec(trimmed)?.groups?.owner;
      const owned = owner ? this.subjects.resolveSubject(owner, 'before') : null;
      // "…you call it Chicken Pontiac, says Ramsey.": a closing verb after a comma with a name after it is inverted.
      const invertedFirst = !dependent && !owned?.speaker && /,\s*$/.test(before) && CLOSING_VERB.test(verb) && INVERTED_SUBJECT_START.test(after);
      const afterVerb = invertedFirst ? this.subjects.subjectAfter(after, false) : null;
      let subject = dependent ? null : owned?.speaker ? owned : (afterVerb ?? this.subjects.subjectAtEnd(trimmed) ?? pluralPeopleSubject(trimmed, this.people));
      // "Buchheister, president of the National Audubon Society, said": the aside is his title, so that
      // "the conservation leader said" can find him later.
      if (aside && named && trimmed === named && subject?.speaker?.kind === 'person') for (const role of aside.roles) subject.speaker.titles.add(role);
      // The patterns found no subject: the noun phrase opening the clause, read from the POS tags
      // ("Farm machinery dealer Bob Houtz tilts back … and tells", "Justice Savage of the … Court declared").
      const tagged = !subject && (!dependent || !found.some((earlier) => earlier.speaker));
      if (tagged) subject = this.taggedSubject(range.start + (match.index ?? 0), dependent);
      // "…, says John Staiger, vice president." — the subject follows a verb that closes the sentence's statement.
      let inverted = afterVerb !== null;
      if (!subject && !dependent && /,\s*$/.test(before) && CLOSING_VERB.test(verb)) {
        subject = this.subjects.subjectAfter(after, false);
        inverted = subject !== null;
      }
      // "He sat … and recalled that historic flight": a coordinated verb's subject from the tags owns a quote, never a paraphrase.
      if (subject) found.push(speechVerb(subject, verb, dependent, verbEnd, tagged && dependent && !participleReport(verb, after, text), inverted));
      else found.push({ speaker: null, method: 'none', phrase: '', verb, dependent, verbEnd });
    }
    // "Mr. John Magee, whose work …, was quoted in a … profile as saying:", "Reuters quoted Smith as saying": in verb order.
    const quotedAs = text.includes('quoted') ? owners.quotedAsSaying(text, range.start, this.subjects) : null;
    return quotedAs ? [...found, quotedAs].sort((a, b) => a.verbEnd - b.verbEnd) : found;
  }
}

/** How many of the people sharing a surname a mention of it notes. */
const MENTIONS_PER_SURNAME = 3;
