import type { Citation } from '../domain/types.ts';

/** "The Gazette", or a plain statement that the article does not say: a citation never invents a source. */
export function publicationLabel(citation: Pick<Citation, 'publication'>): string {
  return citation.publication ?? 'publication not named';
}

/** "paragraph 6, sentence 1", "paragraph 6, sentences 1–2" or "paragraph 6, sentence 2 to paragraph 7, sentence 1" (an /ask window), "headline", "photo caption 1". */
export function locationLabel(citation: Pick<Citation, 'section' | 'paragraph' | 'sentence'> & { lastParagraph?: number; lastSentence?: number }): string {
  switch (citation.section) {
    case 'headline':
      return 'headline';
    case 'standfirst':
      return 'subheadline';
    case 'caption':
      return `photo caption ${citation.paragraph}`;
    case 'comment':
      return `reader comment ${citation.paragraph} (not part of the article)`;
    default:
      if (citation.lastParagraph !== undefined && citation.lastSentence !== undefined && citation.lastParagraph > citation.paragraph) {
        return `paragraph ${citation.paragraph}, sentence ${citation.sentence} to paragraph ${citation.lastParagraph}, sentence ${citation.lastSentence}`;
      }
      return citation.lastSentence !== undefined && citation.lastSentence > citation.sentence
        ? `paragraph ${citation.paragraph}, sentences ${citation.sentence}–${citation.lastSentence}`
        : `paragraph ${citation.paragraph}, sentence ${citation.sentence}`;
  }
}

/** One line: publication — “headline” — date — where in the article. */
export function citationLine(citation: Citation & { lastParagraph?: number; lastSentence?: number }): string {
  const parts = [publicationLabel(citation), `“${citation.headline}”`];
  if (citation.dateText) parts.push(citation.dateText);
  parts.push(locationLabel(citation));
  return parts.join(' — ');
}

/**
 * The citation line with an over-long headline shortened (for Discord, where every part has a
 * limit), so publication, date and the place in the article always survive.
 */
export function shortCitationLine(
  citation: Citation & { lastParagraph?: number; lastSentence?: number },
  headlineChars: number,
  cut: (text: string, max: number) => string,
): string {
  return citationLine({ ...citation, headline: cut(citation.headline.replace(/\s+/g, ' '), headlineChars) });
}
