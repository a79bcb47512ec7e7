/**
 * Layer rules, checked by dependency-cruiser in `npm test` (`npm run depcruise`).
 *
 * Imports only point down, one folder per layer:
 *
 *   adapters      src/bot/, src/console/, src/main.ts, src/config.ts, src/openDesk.ts, src/reindexCli.ts
 *      ↓
 *   commands      src/commands/ (one module per command) and src/presentation/ (the wording
 *                 both adapters share)
 *      ↓
 *   backends      src/postgres/ — an index backend behind the core's IndexBackend interface
 *      ↓
 *   core          src/core/ — the NewsDesk API and its result types
 *      ↓
 *   engines       src/search/, src/nlp/, src/corpus/ — siblings, they do not import each other
 *      ↓
 *   bottom        src/domain/ (types; imports only src/domain) and src/lang/en/ (English word
 *                 lists and patterns; imports nothing of ours)
 *
 * A layer may import any layer below it, except that nothing above the core reaches past it into
 * the engines: adapters and commands see search, NLP and reading only through the core.
 */

/** Path patterns (dependency-cruiser matches them against paths relative to the repo root). */
const ADAPTERS = '^src/(bot|console)/|^src/(main|config|openDesk|reindexCli)\\.ts$';
const COMMANDS = '^src/(commands|presentation)/';
const BACKENDS = '^src/postgres/';
const CORE = '^src/core/';
const ENGINES = '^src/(search|nlp|corpus)/';
const DOMAIN = '^src/domain/';
const LANG = '^src/lang/en/';
const OURS = '^src/';

/**
 * TEMPORARY EXCEPTIONS: imports that point the wrong way and are being fixed (issue 8), each as
 * `{ type: 'dependency', rule: { name, severity: 'error' }, from, to, comment }`, silencing exactly
 * one import for one rule. None is left: the last one (search's speaker lookup importing the NLP
 * name rules) went when those rules moved to src/lang/en/names.ts and src/domain/nameKey.ts.
 */
const KNOWN = [];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make the layers meaningless and load order fragile.',
      from: { path: OURS },
      to: { circular: true },
    },
    {
      name: 'adapters-apart',
      severity: 'error',
      comment: 'The Discord and console adapters share text through a presentation module below them, not through each other.',
      from: { path: '^src/bot/' },
      to: { path: '^src/console/' },
    },
    {
      name: 'console-apart',
      severity: 'error',
      comment: 'The Discord and console adapters share text through a presentation module below them, not through each other.',
      from: { path: '^src/console/' },
      to: { path: '^src/bot/' },
    },
    {
      name: 'commands-not-up',
      severity: 'error',
      comment: 'Commands sit below the adapters: they declare what a command does, the adapters deliver it.',
      from: { path: COMMANDS },
      to: { path: ADAPTERS },
    },
    {
      name: 'above-core-through-core',
      severity: 'error',
      comment: 'Adapters and commands reach search, NLP and reading only through the core (src/core).',
      from: { path: `${ADAPTERS}|${COMMANDS}` },
      to: { path: ENGINES },
    },
    {
      name: 'core-not-up',
      severity: 'error',
      comment: 'The core knows nothing of Discord, the console or the commands.',
      from: { path: CORE },
      to: { path: `${ADAPTERS}|${COMMANDS}|${BACKENDS}` },
    },
    {
      name: 'backends-not-up',
      severity: 'error',
      comment: "An index backend implements the core's interface; it knows nothing of the adapters or the commands.",
      from: { path: BACKENDS },
      to: { path: `${ADAPTERS}|${COMMANDS}` },
    },
    {
      name: 'engines-not-up',
      severity: 'error',
      comment: 'Search, NLP and reading sit below the core.',
      from: { path: ENGINES },
      to: { path: `${ADAPTERS}|${COMMANDS}|${BACKENDS}|${CORE}` },
    },
    {
      name: 'engines-apart',
      severity: 'error',
      comment: 'search/, nlp/ and corpus/ are siblings: what two of them share belongs in src/domain or src/lang/en.',
      from: { path: '^src/(search|nlp|corpus)/' },
      to: { path: '^src/(search|nlp|corpus)/', pathNot: '^src/$1/' },
    },
    {
      name: 'domain-only-domain',
      severity: 'error',
      comment: 'Domain types import only other domain types.',
      from: { path: DOMAIN },
      to: { path: OURS, pathNot: DOMAIN },
    },
    {
      name: 'lang-imports-nothing-of-ours',
      severity: 'error',
      comment: 'src/lang/en holds word lists and patterns; it imports nothing of ours.',
      from: { path: LANG },
      to: { path: OURS, pathNot: LANG },
    },
    {
      name: 'discord-only-in-adapters',
      severity: 'error',
      comment: 'Only the Discord adapter and the commands know discord.js.',
      from: { path: `${BACKENDS}|${CORE}|${ENGINES}|${DOMAIN}|${LANG}|^src/console/` },
      to: { path: '^node_modules/(discord\\.js|@discordjs|discord-api-types)/' },
    },
    {
      name: 'minisearch-only-in-search',
      severity: 'error',
      comment: 'The index backend is a detail of src/search.',
      from: { path: OURS, pathNot: '^src/search/' },
      to: { path: '^node_modules/minisearch/' },
    },
    {
      name: 'pg-only-in-postgres',
      severity: 'error',
      comment: 'The database client is a detail of src/postgres.',
      from: { path: OURS, pathNot: BACKENDS },
      to: { path: '^node_modules/pg/' },
    },
  ],
  options: {
    // Type-only imports count: a type from the wrong layer is still a dependency on it.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^bench/fixtures/' },
    knownViolations: KNOWN,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
