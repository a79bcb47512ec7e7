/** The part of stopword's API we use (the package ships no types): its English list. */
declare module 'stopword' {
  export const eng: string[];
}
