/**
 * A pure function of a string with its recent answers kept: attribution asks the same few names the
 * same question again and again. Cleared when full, so an article of 100,000 names keeps at most `limit`.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
