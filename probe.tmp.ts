import { analyse } from './tests/helpers/analyseParagraphs.ts';
const a = analyse('probe', process.argv.slice(2));
for (const q of a.quotes) console.log(q.kind, '|', q.speaker?.name ?? '—', '|', q.text.slice(0, 80));
