/**
 * A pure function of a string with its recent answers kept: attribution asks the same few names the
 * same question again and again. Cleared when full, so an article of 100,000 names keeps at most `limit`.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  // Most questions repeat the one just asked (each step of reading a subject asks about its name again):
  // answered by a comparison, without hashing the name into a table of up to `limit` entries.
  let lastKey: string | undefined;
  let lastAnswer: T | undefined;
  return (key) => {
    if (key === lastKey) return lastAnswer as T;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    lastKey = key;
    lastAnswer = answer;
    return answer;
  };
}
