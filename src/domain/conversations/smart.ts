import { addDays, formatIsoDay, parseIsoDay, requireIsoDay } from './days';
import {
  COUNT_PATTERN,
  DELIVERABLE_PATTERN,
  NOT_COMPARATIVE,
  PART_SEPARATOR,
  VAGUE_PATTERNS,
  type VagueKind,
} from './smart-vocabulary';
import type { Bilingual } from './text';

/*
 * A friendly SMART check for an action or goal, shown while a student or counsellor types it.
 * The heuristics, criterion by criterion:
 *
 * - specifiek: the text names a deed. It fails when empty, when it is a single word (a topic such
 *   as "stage", not an action), or when it contains a vague phrase (see smart-vocabulary.ts):
 *   activity words ("werken aan", "work on"), thinking words ("nadenken over", "think about"),
 *   hedges ("proberen", "try to"), or comparatives ("beter", "more") — the last only when no count
 *   is given, because "meer dan drie vacatures" is fine.
 * - meetbaar: afterwards you can tell whether it happened: the text has a count (digit, number
 *   word, frequency such as "elke week") or a concrete deliverable (document, conversation,
 *   appointment, visit, call, list …).
 * - acceptabel: someone owns the action. Whether the student really wants it cannot be read from
 *   text; an owner is the observable part, and the one most often missing.
 * - realistisch: one action is one step. More than MAX_ACTION_PARTS things joined by commas or
 *   "en"/"and", or more than MAX_ACTION_WORDS words, asks for splitting. Whether the step fits the
 *   student's life is for the conversation, not for software.
 * - tijdgebonden: a valid due date, not before today and at most one year ahead; further away than
 *   that, it is a wish rather than a next step.
 *
 * Feedback speaks to the student ("je"/"you") in plain words and quotes what it found, so the fix
 * is obvious. Every check carries feedback, passing ones too, so a UI can show all five.
 */

export const SMART_CRITERIA = ['specifiek', 'meetbaar', 'acceptabel', 'realistisch', 'tijdgebonden'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

export interface SmartInput {
  what: string;
  owner?: string | null;
  /** YYYY-MM-DD. */
  due?: string | null;
  /** YYYY-MM-DD; passed in so the check stays pure and testable. */
  today: string;
  /** What is checked: an action (the default) or a POP goal, which only changes the wording. */
  subject?: 'action' | 'goal';
  /** Explanation next to `what` (a goal's description): counts for measurability, not for the one-step check. */
  detail?: string | null;
}

export interface SmartCheck {
  criterion: SmartCriterion;
  ok: boolean;
  feedback: Bilingual;
}

export interface SmartResult {
  ok: boolean;
  checks: SmartCheck[];
}

export interface VagueMatch {
  /** The phrase as the student wrote it. */
  phrase: string;
  kind: VagueKind;
  /** Position in the text, for highlighting. */
  index: number;
}

/** Three things in one action is still a manageable step ("bellen, mailen en langsgaan"); four is a to-do list. */
export const MAX_ACTION_PARTS = 3;
/** Past this, an "action" is usually a paragraph of plans. */
export const MAX_ACTION_WORDS = 40;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

export function hasCount(text: string): boolean {
  return COUNT_PATTERN.test(text);
}

export function hasDeliverable(text: string): boolean {
  return DELIVERABLE_PATTERN.test(text);
}

/** Vague phrases in text order; comparatives are left out when the text also gives a count. */
export function findVaguePhrases(text: string): VagueMatch[] {
  const counted = hasCount(text);
  // Blank out "niet meer"/"no more" with spaces so indexes of the remaining matches stay right.
  const scan = text.replace(NOT_COMPARATIVE, (m) => ' '.repeat(m.length));
  const found: VagueMatch[] = [];
  for (const { kind, pattern } of VAGUE_PATTERNS) {
    if (kind === 'comparative' && counted) continue;
    for (const m of scan.matchAll(pattern)) {
      const index = m.index;
      // An earlier, stronger kind may already cover these words ("beter mijn best doen").
      if (found.some((f) => index < f.index + f.phrase.length && f.index < index + m[0].length)) continue;
      found.push({ phrase: text.slice(index, index + m[0].length), kind, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How many separate things the action lists; 1 for a single step. */
export function countActionParts(text: string): number {
  return Math.max(1, text.split(PART_SEPARATOR).filter((part) => words(part).length > 0).length);
}

const KIND_ORDER: readonly VagueKind[] = ['activity', 'thinking', 'hedge', 'comparative'];

function vagueFeedback(kind: VagueKind, phrase: string): Bilingual {
  const q = `‘${phrase}’`;
  switch (kind) {
    case 'activity':
      return {
        nl: `Wat ga je precies doen? ${q} zegt nog niet wat je gaat doen — noem een handeling, zoals ‘twee vacatures bekijken’.`,
        en: `What exactly will you do? ${q} doesn't say what you will actually do — name a deed, such as ‘read two job adverts’.`,
      };
    case 'thinking':
      return {
        nl: `${q} gebeurt in je hoofd, dus niemand ziet of het gelukt is. Maak het zichtbaar, bijvoorbeeld: ‘drie voor- en nadelen opschrijven’.`,
        en: `${q} happens in your head, so nobody can see whether it worked. Make it visible, for example: ‘write down three pros and cons’.`,
      };
    case 'hedge':
      return {
        nl: `Laat ${q} weg en zeg wat je gaat doen: ‘ik bel het bedrijf’ in plaats van ‘ik probeer het bedrijf te bellen’.`,
        en: `Leave out ${q} and say what you will do: ‘I call the company’ rather than ‘I try to call the company’.`,
      };
    case 'comparative':
      return {
        nl: `${q} — hoeveel dan? Zeg hoeveel of hoe vaak, bijvoorbeeld ‘drie keer per week een half uur oefenen’.`,
        en: `${q} — by how much? Say how much or how often, for example ‘practise for half an hour three times a week’.`,
      };
  }
}

function checkSpecific(what: string): SmartCheck {
  const fail = (feedback: Bilingual): SmartCheck => ({ criterion: 'specifiek', ok: false, feedback });
  if (words(what).length === 0) {
    return fail({
      nl: 'Schrijf in een korte zin op wat je gaat doen, bijvoorbeeld ‘twee vacatures bekijken’.',
      en: 'Write down in a short sentence what you will do, for example ‘read two job adverts’.',
    });
  }
  if (words(what).length === 1) {
    return fail({
      nl: `‘${what}’ is een onderwerp, nog geen actie. Wat ga je precies doen? Bijvoorbeeld ‘mijn cv naar de stagebegeleider mailen’.`,
      en: `‘${what}’ is a topic, not yet an action. What exactly will you do? For example ‘email my CV to the placement supervisor’.`,
    });
  }
  const vague = findVaguePhrases(what);
  const worst = KIND_ORDER.map((kind) => vague.find((v) => v.kind === kind)).find((v) => v !== undefined);
  if (worst) return fail(vagueFeedback(worst.kind, worst.phrase));
  return { criterion: 'specifiek', ok: true, feedback: { nl: 'Duidelijk wat je gaat doen.', en: 'Clear what you are going to do.' } };
}

function checkMeasurable(what: string): SmartCheck {
  if (hasCount(what) || hasDeliverable(what)) {
    return { criterion: 'meetbaar', ok: true, feedback: { nl: 'Je kunt straks nagaan of het gelukt is.', en: 'You will be able to check afterwards whether it happened.' } };
  }
  return {
    criterion: 'meetbaar',
    ok: false,
    feedback: {
      nl: 'Hoe weet je straks dat het gelukt is? Noem een aantal of iets wat je kunt laten zien, zoals ‘drie vacatures’, ‘een gesprek met de stagebegeleider’ of ‘een lijstje met vragen’.',
      en: 'How will you know it is done? Add a number or something you can show, such as ‘three job adverts’, ‘a talk with the placement supervisor’ or ‘a list of questions’.',
    },
  };
}

function checkAcceptable(owner: string | null | undefined): SmartCheck {
  if (owner !== null && owner !== undefined && owner.trim().length > 0) {
    return { criterion: 'acceptabel', ok: true, feedback: { nl: 'Duidelijk wie dit doet.', en: 'Clear who does this.' } };
  }
  return {
    criterion: 'acceptabel',
    ok: false,
    feedback: { nl: 'Wie doet dit? Zet erbij wie deze actie uitvoert — meestal ben jij dat zelf.', en: 'Who does this? Add who carries out this action — usually that is you.' },
  };
}

function checkRealistic(what: string, subject: 'action' | 'goal'): SmartCheck {
  const parts = countActionParts(what);
  if (parts > MAX_ACTION_PARTS) {
    return {
      criterion: 'realistisch',
      ok: false,
      feedback:
        subject === 'goal'
          ? {
              nl: `Dit zijn ${parts} dingen in één doel. Kies het belangrijkste als doel en maak van de rest acties bij dat doel.`,
              en: `That is ${parts} things in one goal. Pick the most important one as the goal and turn the rest into actions under it.`,
            }
          : {
              nl: `Dit zijn ${parts} dingen in één actie. Maak er losse acties van, dan kun je ze één voor één afvinken.`,
              en: `That is ${parts} things in one action. Split them into separate actions so you can tick them off one at a time.`,
            },
    };
  }
  if (words(what).length > MAX_ACTION_WORDS) {
    return {
      criterion: 'realistisch',
      ok: false,
      feedback: {
        nl: 'Dit is een lange actie. Houd het bij één stap die je in één keer kunt zetten, en maak van de rest een nieuwe actie.',
        en: 'This is a long action. Keep it to one step you can take in one go, and turn the rest into a new action.',
      },
    };
  }
  return { criterion: 'realistisch', ok: true, feedback: { nl: 'Eén stap die je kunt overzien.', en: 'One step you can get your head around.' } };
}

function checkTimed(due: string | null | undefined, today: Date): SmartCheck {
  const fail = (feedback: Bilingual): SmartCheck => ({ criterion: 'tijdgebonden', ok: false, feedback });
  if (due === null || due === undefined || due.trim() === '') {
    return fail({ nl: 'Wanneer is het klaar? Kies een datum, liefst binnen een paar weken.', en: 'When will it be done? Pick a date, preferably within a few weeks.' });
  }
  const date = parseIsoDay(due.trim());
  if (!date) return fail({ nl: `De datum ‘${due}’ bestaat niet. Kies een echte datum.`, en: `The date ‘${due}’ does not exist. Pick a real date.` });
  if (date < today) {
    return fail({ nl: 'Die datum is al voorbij. Kies een datum vanaf vandaag.', en: 'That date has already passed. Pick a date from today onwards.' });
  }
  if (formatIsoDay(date) > oneYearAfter(today)) {
    return fail({
      nl: 'Die datum ligt meer dan een jaar weg. Kies een eerste stap die je binnen het jaar kunt zetten.',
      en: 'That date is more than a year away. Pick a first step you can take within the year.',
    });
  }
  return { criterion: 'tijdgebonden', ok: true, feedback: { nl: 'Er staat een haalbare datum bij.', en: 'It has a workable date.' } };
}

/** The same day next year; 29 February maps to 28 February, so "one year" never grows a day. */
function oneYearAfter(day: Date): string {
  const next = new Date(Date.UTC(day.getUTCFullYear() + 1, day.getUTCMonth(), day.getUTCDate()));
  return formatIsoDay(next.getUTCMonth() === day.getUTCMonth() ? next : addDays(next, -1));
}

/** Checks all five criteria; `ok` only when every one passes. Throws RangeError on an invalid `today`. */
export function checkSmart(input: SmartInput): SmartResult {
  const today = requireIsoDay(input.today, 'today');
  const what = input.what.trim();
  const measured = input.detail ? `${what} ${input.detail.trim()}` : what;
  const checks = [checkSpecific(what), checkMeasurable(measured), checkAcceptable(input.owner), checkRealistic(what, input.subject ?? 'action'), checkTimed(input.due, today)];
  return { ok: checks.every((c) => c.ok), checks };
}
