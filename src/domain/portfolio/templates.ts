import type { Bilingual } from '../conversations/text';
import { phaseByCode } from '../conversations/phases';

/*
 * Reflection templates as data, so the writing page, the server's validation and any export agree
 * on the same fields in the same order.
 *
 * - 'cycle' follows the four written phases of the reflection cycle that conversations use (looking
 *   back, becoming aware, options and choice, actions); the first phase of the spiral, acting, is
 *   the experience itself and needs no field.
 * - 'starrtt' reads the second T as both "transfer" and "tips" in the sources; we keep both as
 *   separate fields (seven in all): Transfer is what the student takes to a next situation, Tips is
 *   advice to themself or to someone facing the same situation. Tips is the one optional field,
 *   since not every experience yields advice.
 * - 'free' is one text field for students who write in their own way.
 */

export const REFLECTION_TEMPLATES = ['cycle', 'starrtt', 'free'] as const;
export type ReflectionTemplate = (typeof REFLECTION_TEMPLATES)[number];

export interface TemplateField {
  code: string;
  label: Bilingual;
  /** A guiding question shown under the label. */
  question: Bilingual;
  /** Needed before a reflection can be made final; drafts may leave any field empty. */
  required: boolean;
}

export interface ReflectionTemplateDefinition {
  code: ReflectionTemplate;
  title: Bilingual;
  description: Bilingual;
  fields: readonly TemplateField[];
}

const phase = (code: 'terugblikken' | 'bewustwording' | 'alternatieven' | 'acties', question: Bilingual): TemplateField => ({
  code,
  label: phaseByCode(code).title,
  question,
  required: true,
});

export const TEMPLATES: readonly ReflectionTemplateDefinition[] = [
  {
    code: 'cycle',
    title: { nl: 'Reflectiecyclus', en: 'Reflection cycle' },
    description: {
      nl: 'Kijk terug op iets wat je meemaakte en werk in vier stappen toe naar wat je nu gaat doen.',
      en: 'Look back on something you went through and work in four steps towards what you will do next.',
    },
    fields: [
      phase('terugblikken', { nl: 'Wat gebeurde er precies? Wat deed jij, en wat deden de anderen?', en: 'What exactly happened? What did you do, and what did the others do?' }),
      phase('bewustwording', {
        nl: 'Wat dacht, voelde en wilde je op dat moment? Wat zegt dit over jou?',
        en: 'What did you think, feel and want at that moment? What does this say about you?',
      }),
      phase('alternatieven', {
        nl: 'Welke andere manieren had je kunnen kiezen? Welke past het best bij jou, en waarom?',
        en: 'Which other ways could you have chosen? Which one suits you best, and why?',
      }),
      phase('acties', { nl: 'Wat ga je de volgende keer concreet doen, en wanneer?', en: 'What will you actually do next time, and when?' }),
    ],
  },
  {
    code: 'starrtt',
    title: { nl: 'STARRTT', en: 'STARRTT' },
    description: {
      nl: 'Beschrijf een ervaring stap voor stap: situatie, taak, actie, resultaat, reflectie, transfer en tips.',
      en: 'Describe an experience step by step: situation, task, action, result, reflection, transfer and tips.',
    },
    fields: [
      { code: 'situatie', label: { nl: 'Situatie', en: 'Situation' }, question: { nl: 'Waar en wanneer was het, en wie waren erbij?', en: 'Where and when was it, and who was there?' }, required: true },
      { code: 'taak', label: { nl: 'Taak', en: 'Task' }, question: { nl: 'Wat werd er van jou verwacht, of wat wilde je zelf bereiken?', en: 'What was expected of you, or what did you want to achieve yourself?' }, required: true },
      { code: 'actie', label: { nl: 'Actie', en: 'Action' }, question: { nl: 'Wat deed je, stap voor stap?', en: 'What did you do, step by step?' }, required: true },
      { code: 'resultaat', label: { nl: 'Resultaat', en: 'Result' }, question: { nl: 'Wat kwam eruit, en hoe reageerden anderen?', en: 'What came of it, and how did others react?' }, required: true },
      {
        code: 'reflectie',
        label: { nl: 'Reflectie', en: 'Reflection' },
        question: { nl: 'Hoe kijk je er nu op terug? Wat ging goed, wat zou je anders doen?', en: 'How do you look back on it now? What went well, what would you do differently?' },
        required: true,
      },
      {
        code: 'transfer',
        label: { nl: 'Transfer', en: 'Transfer' },
        question: { nl: 'Wat neem je hiervan mee naar een volgende situatie, op school, stage of werk?', en: 'What do you take from this to a next situation, at school, placement or work?' },
        required: true,
      },
      {
        code: 'tips',
        label: { nl: 'Tips', en: 'Tips' },
        question: { nl: 'Welke tip geef je jezelf, of iemand die hetzelfde gaat doen?', en: 'Which tip would you give yourself, or someone about to do the same?' },
        required: false,
      },
    ],
  },
  {
    code: 'free',
    title: { nl: 'Vrij', en: 'Free' },
    description: { nl: 'Schrijf op je eigen manier.', en: 'Write in your own way.' },
    fields: [
      { code: 'text', label: { nl: 'Reflectie', en: 'Reflection' }, question: { nl: 'Wat wil je vastleggen, en wat betekent het voor jou?', en: 'What do you want to record, and what does it mean to you?' }, required: true },
    ],
  },
];

export function templateByCode(code: ReflectionTemplate): ReflectionTemplateDefinition {
  const found = TEMPLATES.find((t) => t.code === code);
  // Unreachable while TEMPLATES lists every code; the tests check that it does.
  if (!found) throw new Error(`unknown template ${code}`);
  return found;
}

export const EXPERIENCE_TYPES = ['bpv', 'job', 'volunteering', 'open_day', 'shadowing', 'other'] as const;
export type ExperienceType = (typeof EXPERIENCE_TYPES)[number];

export const EXPERIENCE_TYPE_LABELS: Record<ExperienceType, Bilingual> = {
  bpv: { nl: 'BPV / stage', en: 'Work placement (BPV)' },
  job: { nl: 'Bijbaan', en: 'Job' },
  volunteering: { nl: 'Vrijwilligerswerk', en: 'Volunteering' },
  open_day: { nl: 'Open dag', en: 'Open day' },
  shadowing: { nl: 'Meeloopdag', en: 'Shadowing day' },
  other: { nl: 'Anders', en: 'Other' },
};

/** The fields an experience records on top of type, organisation and date. */
export const EXPERIENCE_FIELDS: readonly TemplateField[] = [
  { code: 'what', label: { nl: 'Wat deed je?', en: 'What did you do?' }, question: { nl: 'Beschrijf kort je taken of wat je zag.', en: 'Briefly describe your tasks or what you saw.' }, required: true },
  {
    code: 'learned',
    label: { nl: 'Wat leerde je over jezelf?', en: 'What did you learn about yourself?' },
    question: { nl: 'Wat paste bij je, en wat juist niet?', en: 'What suited you, and what did not?' },
    required: false,
  },
];
