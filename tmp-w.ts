import { splitSentences } from './src/nlp/sentences.ts';
export default function run(task: { text: string }): number { return splitSentences(task.text).length; }
