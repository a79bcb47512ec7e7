import type { SkippedFile } from './article.ts';

export type { SkippedFile };

export type PassageSection = 'headline' | 'standfirst' | 'caption' | 'body' | 'comment';

/** Where a passage comes from, in the words a reader needs to find it in the original. */
export interface Citation {
  articleId: string;
  file: string;
  /** null when the article does not name its publication. */
  publication: string | null;
  headline: string;
  byline: string | null;
  dateText: string | null;
  dateIso: string | null;
  section: PassageSection;
  /** 1-based paragraph within the section (body paragraph 3, caption 1). */
  paragraph: number;
  /** 1-based sentence within the paragraph. */
  sentence: number;
}

/** One sentence of an article: the unit that is indexed, ranked and cited. */
export interface Passage {
  /** Stable while the article's text is unchanged: `<article>#p3.s2`, `<article>#caption1.s1`. */
  id: string;
  text: string;
  citation: Citation;
  /** The sentence before and after in the same paragraph, for context. */
  before: string | null;
  after: string | null;
  /** Names of the speakers quoted or reported in this sentence. */
  speakerNames: string[];
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote {
  /** `<passage id>#q1` */
  id: string;
  text: string;
  kind: QuoteKind;
  passageId: string;
  /** null when the text does not say who said it. */
  speakerId: string | null;
  /** How the speaker was found: named, title, pronoun, continuation, echo or none. */
  attribution: string;
  /** The words in the text that attribute it ("he said"). */
  cue: string;
  citation: Citation;
  /** The sentence the quote stands in. */
  sentence: string;
}

export interface Speaker {
  /** Slug of the canonical name: "paul-morel". */
  id: string;
  name: string;
  kind: 'person' | 'organization';
  /** Titles seen with the name: "French Foreign Minister". */
  titles: string[];
  /** Every form that refers to this speaker: "Morel", "Paul Morel", "France's foreign minister". */
  aliases: string[];
  quoteCount: number;
  /** Distinct statements: reports of the same words in several articles count once (nlp/statements.ts). */
  statementCount: number;
}

export interface ArticleSummary {
  id: string;
  file: string;
  headline: string;
  publication: string | null;
  byline: string | null;
  dateText: string | null;
  passages: number;
  quotes: number;
  readerComments: number;
}
