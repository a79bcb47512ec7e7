/**
 * `npx tsx bench/quoteScore.ts [--list=G|J|L|N|E|AB] [--json]`: the /quote figures of `npm run eval` alone
 * (recall, precision, every attribution, look-up cases violated) on dev, E, G, J, L, N and the held-out C and D
 * totals, without the /ask sets: a quote change is measured in a minute, not in three. `--list=X` prints
 * that development set's misattributions, unexpected quotes and the audit's wrong attributions.
 */
import { NewsDesk } from '../src/core/newsDesk.ts';
import {
  HELD_OUT_QUOTES_FILE,
  SET_D_QUOTES_FILE,
  SET_E_QUOTES_FILE,
  SET_G_QUOTES_FILE,
  SET_J_QUOTES_FILE,
  SET_L_QUOTES_FILE,
  SET_N_QUOTES_FILE,
  SET_P_QUOTES_FILE,
  loadBrownQuoteGold,
  scoreBrownQuotes,
  type BrownQuoteGold,
} from './brownQuoteEval.ts';
import { auditAttributions } from './attributionAudit.ts';
import { ensureBrownFixtures, fixtureSubset } from './brownFixtures.ts';

const list = process.argv.find((arg) => arg.startsWith('--list='))?.slice('--list='.length) ?? null;
const fixtures = await ensureBrownFixtures();
const press = await NewsDesk.open({ seedsDir: fixtures.pressDir, cacheDir: false });
const lore = await NewsDesk.open({ seedsDir: await fixtureSubset(fixtures, 'press-editorials-lore'), cacheDir: false });
const nonFiction = await NewsDesk.open({ seedsDir: await fixtureSubset(fixtures, 'non-fiction'), cacheDir: false });
const sets: Array<[string, NewsDesk, BrownQuoteGold | null, boolean]> = [
  ['AB', press, loadBrownQuoteGold(), true],
  ['E', lore, loadBrownQuoteGold(SET_E_QUOTES_FILE), true],
  ['G', nonFiction, loadBrownQuoteGold(SET_G_QUOTES_FILE), true],
  ['J', nonFiction, loadBrownQuoteGold(SET_J_QUOTES_FILE), true],
  ['L', nonFiction, loadBrownQuoteGold(SET_L_QUOTES_FILE), true],
  ['N', nonFiction, loadBrownQuoteGold(SET_N_QUOTES_FILE), true],
  ['P', nonFiction, loadBrownQuoteGold(SET_P_QUOTES_FILE), true],
  ['C', press, loadBrownQuoteGold(HELD_OUT_QUOTES_FILE), false],
  ['D', press, loadBrownQuoteGold(SET_D_QUOTES_FILE), false],
];
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const short = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
for (const [name, desk, gold, development] of sets) {
  if (!gold) continue;
  const report = scoreBrownQuotes(desk, gold);
  const audit = auditAttributions(desk, gold);
  const violated = report.cases.filter((outcome) => outcome.violations.length > 0).length;
  const { all } = report;
  console.log(
    `${name.padEnd(3)} recall ${percent(all.recall)} (${all.found}/${all.expected})  precision ${percent(all.precision)} (${all.right}/${all.returned})  every ${percent(audit.all.precision)} (${audit.all.right}/${audit.all.attributed}; other ${audit.all.otherSpeaker}, unattr ${audit.all.goldUnattributed}, none ${audit.all.noGoldStatement})  cases ${violated}/${report.cases.length}`,
  );
  if (!development || list !== name) continue;
  const seen = new Set<string>();
  for (const outcome of report.outcomes) {
    for (const { quote, goldPerson } of outcome.misattributed) {
      const key = `M${quote.text}|${outcome.chosen}`;
      if (seen.has(key)) continue;
      seen.add(key);
      console.log(`  MIS [${quote.citation.articleId}] /quote ${outcome.query} → ${outcome.chosen}: “${short(quote.text)}” gold ${goldPerson ?? 'unattributed'}`);
    }
    for (const quote of outcome.unexpected) {
      const key = `U${quote.text}|${outcome.chosen}`;
      if (seen.has(key)) continue;
      seen.add(key);
      console.log(`  UNX [${quote.citation.articleId}] /quote ${outcome.query} → ${outcome.chosen}: “${short(quote.text)}”`);
    }
  }
  for (const outcome of report.outcomes)
    console.log(
      `  QRY [${outcome.text}] /quote ${outcome.query} → ${outcome.chosen}: found ${outcome.found}/${outcome.expected}, right ${outcome.right}/${outcome.returnedInAnnotated}`,
    );
  for (const outcome of report.cases) if (outcome.violations.length > 0) console.log(`  CASE /quote ${outcome.goldCase.query} → ${outcome.chosen} (${outcome.violations.length})`);
  for (const audited of audit.quotes) {
    if (audited.verdict === 'right') continue;
    console.log(`  AUD ${audited.verdict} [${audited.quote.citation.articleId}] ${audited.speaker.name}: “${short(audited.quote.text)}” gold ${audited.goldPerson ?? '-'}`);
  }
}
