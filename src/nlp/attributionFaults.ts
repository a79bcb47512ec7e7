/**
 * Errors met while reading who said what in one article. Attribution is many heuristic rules over
 * tagger output; a rule that throws on some unforeseen sentence should cost the quotes of that
 * paragraph, not the article: analyzeArticle runs each step through `guard` and keeps going.
 */
export class AttributionFaults {
  private readonly places: string[] = [];
  private firstMessage = '';

  /** `run`'s result, or `fallback` when it throws (the fault is recorded against `where`). */
  guard<T>(where: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (this.places.length === 0) this.firstMessage = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.places.push(where);
      return fallback;
    }
  }

  /** One line for a moderator, or null when nothing failed. */
  summary(): string | null {
    if (this.places.length === 0) return null;
    const shown = this.places.slice(0, 3).join(', ');
    const more = this.places.length > 3 ? ` and ${this.places.length - 3} more` : '';
    return `quotes not read in ${shown}${more} (${this.firstMessage.slice(0, 160)}); its sentences are indexed`;
  }
}
