import model from 'wink-eng-lite-web-model';

/** Porter2 stemmer shipped with the wink English model: fast, no document needed. */
export const stem: (word: string) => string = loadStemmer();

function loadStemmer(): (word: string) => string {
  // The model's typings declare its addons as `unknown`; check the shape once instead of casting blindly.
  const candidate: unknown = model.addons?.stem;
  if (typeof candidate !== 'function') throw new Error('wink-eng-lite-web-model has no stemmer addon; reinstall dependencies');
  const stemWord = candidate as (word: string) => unknown;
  return (word: string) => String(stemWord(word));
}
