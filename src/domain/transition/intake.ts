import type { Bilingual } from '../conversations/text';

/*
 * The intake at the start of a study. The hbo transition handbook asks to question the student's
 * learning history at intake (for example at the study choice check) and to build on it from day
 * one, so counsellors can match guidance to what the student needs and new students feel seen.
 * "Complete" means the counsellor has everything a first-year counsellor needs to pick up the thread.
 */

export const PRIOR_EDUCATION = ['havo', 'vwo', 'mbo', 'other'] as const;
export type PriorEducation = (typeof PRIOR_EDUCATION)[number];

export const CHOICE_CHECK_OUTCOMES = ['positive', 'doubtful', 'negative', 'not_done'] as const;
export type ChoiceCheckOutcome = (typeof CHOICE_CHECK_OUTCOMES)[number];

export interface IntakeFields {
  priorEducation: PriorEducation | null;
  mboLevel: number | null;
  priorDetail: string;
  learningHistory: string;
  choiceCheckOutcome: ChoiceCheckOutcome | null;
  choiceCheckAdvice: string;
  supportNeeds: string;
  firstSteps: string;
}

export type IntakeField = keyof IntakeFields;

const filled = (s: string) => s.trim().length > 0;

/** The fields still needed before the intake can be marked complete, in form order. */
export function missingIntakeFields(f: IntakeFields): IntakeField[] {
  const missing: IntakeField[] = [];
  if (f.priorEducation === null) missing.push('priorEducation');
  if (f.priorEducation === 'mbo' && f.mboLevel === null) missing.push('mboLevel');
  if ((f.priorEducation === 'mbo' || f.priorEducation === 'other') && !filled(f.priorDetail)) missing.push('priorDetail');
  if (!filled(f.learningHistory)) missing.push('learningHistory');
  if (f.choiceCheckOutcome === null) missing.push('choiceCheckOutcome');
  // Without a check there is no advice to record.
  if (f.choiceCheckOutcome !== null && f.choiceCheckOutcome !== 'not_done' && !filled(f.choiceCheckAdvice)) missing.push('choiceCheckAdvice');
  if (!filled(f.supportNeeds)) missing.push('supportNeeds');
  if (!filled(f.firstSteps)) missing.push('firstSteps');
  return missing;
}

/**
 * The warm handover: what makes the step from the previous school or the study choice check to the
 * first-year counsellor "warm" rather than a file passed on. Codes are stored; never rename one.
 */
export const HANDOVER_ITEMS: readonly { code: string; text: Bilingual }[] = [
  {
    code: 'dossier',
    text: { nl: 'Loopbaandossier of LOB-cv van de vooropleiding opgevraagd of geïmporteerd', en: 'Career dossier or LOB CV from the previous school requested or imported' },
  },
  {
    code: 'previous_school',
    text: { nl: 'Contact gehad met de vorige school of begeleider over bijzonderheden', en: 'Talked to the previous school or counsellor about anything to know' },
  },
  {
    code: 'choice_check',
    text: { nl: 'Uitkomst en advies van de studiekeuzecheck met de student besproken', en: 'Outcome and advice of the study choice check discussed with the student' },
  },
  {
    code: 'support',
    text: { nl: 'Ondersteuningsbehoefte doorgezet (zorg, decaan, voorzieningen) of besproken dat het niet nodig is', en: 'Support needs passed on (care, student counsellor, arrangements) or agreed none are needed' },
  },
  {
    code: 'first_talk',
    text: { nl: 'Eerste gesprek met de vaste begeleider gepland', en: 'First talk with the regular counsellor planned' },
  },
  {
    code: 'student_knows',
    text: { nl: 'Student weet wie de begeleider is en hoe die te bereiken is', en: 'Student knows who the counsellor is and how to reach them' },
  },
];

export const HANDOVER_CODES = HANDOVER_ITEMS.map((i) => i.code);

export function isHandoverCode(code: string): boolean {
  return HANDOVER_CODES.includes(code);
}
