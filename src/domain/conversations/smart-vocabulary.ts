/*
 * The word lists behind the SMART checker, in Dutch and English because students write in either.
 * They are heuristics, tuned to what students typically type as an "action" after a conversation;
 * they will miss some vague actions and that is acceptable: the checker nudges, the counsellor
 * judges. False alarms are worse than misses (a student told off for a fine action stops reading),
 * so every pattern matches whole words only.
 */

/** Why a phrase is vague decides which tip helps: each kind gets its own feedback. */
export type VagueKind = 'activity' | 'thinking' | 'hedge' | 'comparative';

/**
 * Whole words or phrases, case-insensitive, letters and digits on neither side. Patterns meant for
 * matchAll/replace get the 'g' flag; the others must not, since `test` on a global RegExp keeps
 * state between calls.
 */
export function wordPattern(alternatives: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Ordered by how much they hide: an activity word ("work on") names no deed at all, thinking is
 * invisible, a hedge ("try to") leaves room not to do it, and a comparative ("more") lacks a
 * yardstick. When a text has several, the feedback addresses the first kind in this order.
 */
export const VAGUE_PATTERNS: readonly { kind: VagueKind; pattern: RegExp }[] = [
  {
    kind: 'activity',
    pattern: wordPattern([
      // Dutch
      '(?:mijn|m’n|m\'n|je|zijn|haar|ons) best (?:doen|te doen|gaan doen)',
      'best doen',
      'bezig (?:gaan|zijn|blijven|houden) met',
      'bezig met',
      'aan de slag(?: gaan)?(?: met)?',
      'werken aan',
      'focussen op',
      'focus leggen op',
      'letten op',
      'aandacht (?:besteden|geven) aan',
      'verbeter(?:en|t)?',
      'inzet tonen',
      'iets (?:gaan )?doen',
      // English
      'do (?:my|your|his|her|our) best',
      'work(?:ing)? on',
      'focus(?:ing)? on',
      'pay(?:ing)? attention to',
      'improv(?:e|es|ing)',
      'get better at',
      'deal with',
      'sort out',
      'be more',
      'make an effort',
      'do something',
    ], 'giu'),
  },
  {
    kind: 'thinking',
    pattern: wordPattern([
      'nadenken(?: over)?',
      'na te denken(?: over)?',
      'denk(?:en|t)? (?:\\p{L}+ ){0,3}na',
      'denken over',
      'overwegen',
      'ori[eë]nteren',
      'think(?:ing)? about',
      'think (?:it )?over',
      'reflect on',
      'consider',
      'figure out',
      'look into',
    ], 'giu'),
  },
  {
    kind: 'hedge',
    pattern: wordPattern(['probe(?:er|ert|ren)', 'misschien', 'hopelijk', 'proberen te', 'try(?:ing)? to', 'tries to', 'attempt to', 'maybe', 'perhaps', 'hopefully'], 'giu'),
  },
  {
    kind: 'comparative',
    pattern: wordPattern([
      'beter',
      'meer',
      'vaker',
      'minder',
      'harder',
      'actiever',
      'serieuzer',
      'verhogen',
      'vergroten',
      'better',
      'more(?: often)?',
      'less',
      'harder',
      'more actively',
      'more seriously',
      'increase',
      'boost',
    ], 'giu'),
  },
];

/** "Niet meer te laat komen" and "no more skipping" are not comparisons, so they are removed first. */
export const NOT_COMPARATIVE = wordPattern(['niet meer', 'nooit meer', 'no more', 'any ?more', 'no longer'], 'giu');

/**
 * Counts make an action checkable: digits, written numbers and frequencies. Dutch "een" and
 * English "a"/"one" are left out because they are mostly articles ("een keer" is still caught by
 * the deliverable list when it names a thing).
 */
export const COUNT_PATTERN = wordPattern([
  '\\d+',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'twintig',
  'beide',
  'allebei',
  'elke',
  'iedere',
  'dagelijks',
  'wekelijks',
  'per (?:dag|week|maand)',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'both',
  'twice',
  'once',
  'every',
  'each',
  'daily',
  'weekly',
  'per (?:day|week|month)',
]);

/**
 * Something you can show afterwards: a document, a talk that took place, an appointment, a visit.
 * Dutch glues these into compounds ("sollicitatiegesprek", "stageverslag", "bedrijfsbezoek"), so a
 * word counts when it ends in one of these stems, optionally with a plural or diminutive ending.
 */
const DELIVERABLE_STEMS_NL = [
  'gesprek',
  'gesprekken',
  'afspraak',
  'afspraken',
  'bezoek',
  'document',
  'verslag',
  'brief',
  'brieven',
  'mail',
  'mailen',
  'bellen',
  'portfolio',
  'lijst',
  'overzicht',
  'presentatie',
  'aanmelding',
  'inschrijving',
  'formulier',
  'planning',
  'plan',
  'meeloopdag',
  'open ?dag',
  'proefstudeerdag',
  'snuffeldag',
  'proefles',
  'proefstuderen',
  'contact',
  'interview',
  'profiel',
  'test',
  'vragenlijst',
  'scan',
  'filmpje',
  'video',
  'logboek',
  'sollicitatie',
  'cv',
];
const DELIVERABLE_WORDS_EN = [
  'conversation',
  'talk',
  'appointment',
  'meeting',
  'visit',
  'document',
  'report',
  'cv',
  'résumé',
  'resume',
  'letter',
  'e-?mail',
  'portfolio',
  'list',
  'overview',
  'presentation',
  'application',
  'open day',
  'taster day',
  'contact',
  'interview',
  'form',
  'profile',
  'test',
  'questionnaire',
  'plan',
  'schedule',
  'video',
  'call',
  'phone',
  'logbook',
];

export const DELIVERABLE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{L}*-?(?:${DELIVERABLE_STEMS_NL.join('|')})(?:en|s|je|jes|pje|tje)?|(?:${DELIVERABLE_WORDS_EN.join('|')})(?:s|es|ed|ing)?)(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * Where one action turns into several: list punctuation and the words that join clauses. A comma
 * between digits is a Dutch decimal ("1,5 uur") and does not split.
 */
export const PART_SEPARATOR = /(?<!\d),|,(?!\d)|[;\n•]|\s(?:en dan|en daarna|daarna|en|and then|then|and|plus|&|\+)\s|(?:^|\s)[-*]\s/iu;
