/**
 * Verbs that report what someone said, wrote or held, in every form news uses ("said", "says",
 * "saying", "recalls"). One list for attribution of quotes and of indirect speech.
 */

/** Regular verbs: their forms are made by the usual spelling rules (regularForms). */
const REGULAR = `
  add acknowledge admit advise affirm agree allege announce answer argue ask assert assure boast caution charge
  claim comment complain concede conclude confirm contend continue counter declare demand deny describe disclose
  emphasise emphasize estimate exclaim explain hint indicate inform insist intimate joke maintain mention note object
  observe plead pledge point praise predict proclaim promise propose protest quip recall recommend reiterate remark
  repeat reply report respond reveal rule scoff shout snap stress suggest testify threaten tweet urge vow warn
  whisper retort muse concur recount relate lament cry characterise characterize blame call sum confide
  mutter murmur yell grumble state confess speculate summarize summarise underscore reason wonder
  request
`;

/** Irregular verbs and doubled consonants: every form spelt out. */
const IRREGULAR = `
  say says saying said tell tells telling told write writes writing wrote think thinks thought believe believes believed
  admitted admitting regretted regretting referred snapped snapping quipped quipping hold holds held
  swear swears swore sworn forecasted
`;

/** Forms news uses that are nouns or other words as often as verbs: never attribution on their own. */
const AMBIGUOUS = new Set([
  'note',
  'point',
  'points',
  'rule',
  'rules',
  'answer',
  'answers',
  'charge',
  'charges',
  'cry',
  'cries',
  'counter',
  'counters',
  'object',
  'objects',
  'continue',
  'continues',
  'continued',
  'continuing',
  'ask',
  'demand',
  'demands',
  'promise',
  'promises',
  'protest',
  'protests',
  'reply',
  'replies',
  'estimate',
  'estimates',
  'joke',
  'jokes',
  'snap',
  'snaps',
  'estimate',
  'tweet',
  'tweets',
  'pledge',
  'pledges',
  'vow',
  'vows',
  'shout',
  'shouts',
  'stress',
  'whisper',
  'whispers',
  'comment',
  'comments',
  'remark',
  'remarks',
  'quip',
  'quips',
  'boast',
  'boasts',
  'warning',
  'saying',
  'ruling',
  'reporting',
  'pointing',
  'thought',
  'believe',
  'think',
  'call',
  'calls',
  'calling',
  'sum',
  'sums',
  'summing',
  'summed',
  'relate',
  'relates',
  'relating',
  'related',
  'muse',
  'muses',
  'musing',
  'cry',
  'cries',
  'crying',
  'state',
  'states',
  'claim',
  'claims',
  'hint',
  'hints',
  'mention',
  'mentions',
  'report',
  'relates',
  'stating',
  'charging',
  'continuing',
  'answering',
  'reason',
  'reasons',
  'reasoning',
  'request',
  'requests',
  'wonder',
  'wonders',
  'forecast',
]);

function regularForms(verb: string): string[] {
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const ing = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, ing];
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Every form of every speech verb, lower case. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([...words(REGULAR).flatMap(regularForms), ...words(IRREGULAR)].filter((form) => !AMBIGUOUS.has(form)));

/** Forms that may report indirect speech ("X said the vote was fine"), not only introduce a quote. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERB_FORMS.has(word.toLowerCase());
}

/** Two-word verbs: "summed up", "called for", "pointed out". */
export const SPEECH_VERB_PHRASES: readonly string[] = ['summed up', 'sums up', 'called for', 'calls for', 'pointed out', 'points out', 'according to'];

/** Verbs that mostly take a person or a thing as object ("praised the team", "asked him"): a quote, not a reported clause. */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'praised',
  'praises',
  'asked',
  'asks',
  'described',
  'describes',
  'characterised',
  'characterized',
  'called',
  'calls',
  'blamed',
  'blames',
  'hold',
  'holds',
  'held',
  'summed',
  'sums',
]);

/**
 * Verbs that close a statement with the speaker after them: "…, says John Staiger, vice president.",
 * "…, stated Caron S. Stallard, first vice-president of …". Only verbs that take no person as object
 * ("…, told Smith" or "…, warned Smith" may be a verb of the clause before with its object).
 */
const CLOSING_VERBS = `say says said report reports reported recall recalls recalled adds added notes noted explains explained
  insists insisted declares declared asserts asserted writes wrote states stated observes observed comments commented
  remarks remarked contends contended argues argued maintains maintained concludes concluded predicts predicted
  suggests suggested acknowledges acknowledged concedes conceded replies replied responds responded emphasizes emphasized
  emphasises emphasised stresses stressed testifies testified complains complained quips quipped confides confided`;
export const CLOSING_VERB = new RegExp(`^(?:${words(CLOSING_VERBS).join('|')})$`, 'i');

/**
 * Forms that are nouns as often as verbs ("report", "estimate") but verbs after a plural group: "dealers
 * report", "Agriculture Department economists estimate", "experts note".
 */
export const GROUP_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'report',
  'estimate',
  'claim',
  'note',
  'comment',
  'remark',
  'stress',
  'mention',
  'hint',
  'protest',
  'charge',
  'reply',
]);

/**
 * Speech verbs whose object is itself what was said: "announced the appointment of …", "denied the
 * charges", "estimated its loss at $10,000", "predicted a victory". Other speech verbs with only a
 * noun after them report nothing ("The Bears added two more", "objected politely").
 */
/**
 * A pronoun alone as the object, then a preposition or the end: "denied this to the court", "confirmed it.",
 * "denied that." ("reports that on his safari …" is a clause).
 */
export const PRONOUN_OBJECT_ONLY = /^\s+(?:(?:this|it|them|these|those)\s*(?:[.,;:!?]|$|\s+(?:to|in|at|before|on|for|with|from)\b)|that\s*(?:[.,;!?]|$))/iu;

export const CONTENT_OBJECT_VERBS: ReadonlySet<string> = new Set(
  words(`announce confirm deny predict estimate forecast reveal disclose acknowledge admit concede promise pledge propose
    recommend urge vow allege demand`).flatMap(regularForms),
);

/** Verbs that address a request or an order to someone: "asked Stevenson to search", "told them to leave". */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(words(`ask advise warn urge`).flatMap(regularForms).concat(['tell', 'tells', 'told', 'telling']));

/**
 * Third-person forms that are plural nouns as often as verbs ("remarks", "comments", "states"): verbs right after a
 * singular subject, a name or "he"/"she", when a comma or "that" follows (“In any case, Dr. Calderone
 * remarks, such problems …”, “he states that …”). Every form of the ambiguous speech verbs ending in -s.
 */
export const SINGULAR_SUBJECT_FORMS: ReadonlySet<string> = new Set(
  words(REGULAR)
    .map((verb) => regularForms(verb)[1] ?? '')
    .filter((form) => AMBIGUOUS.has(form)),
);

/**
 * A verb of holding a view rather than saying it: "X believes that …" describes an opinion in the writer's
 * words; only as a tag between commas or closing the sentence ("…, partner Dean Guerin believes, …") do they
 * report someone's statement. ("Dr. Crane … thinks it would …" is still his: a columnist's view given as his.)
 */
export const OPINION_VERBS: ReadonlySet<string> = new Set(['believe', 'believes', 'believed']);

/**
 * Verbs of writing a work: what follows "of" or "about" after them is the work's subject ("writes only about
 * Europe", "writes of foreign parts"), not anything reported, unlike "warned of …" or "hinted at …".
 */
export const WRITING_VERBS: ReadonlySet<string> = new Set(['write', 'writes', 'wrote', 'written', 'writing']);

/** Of the object verbs, those that tag a question set off inside it: "Did she know, he asked, why …" ("but, he held, …" is a view). */
export const QUESTION_TAG_VERBS: ReadonlySet<string> = new Set(words('ask').flatMap(regularForms));
