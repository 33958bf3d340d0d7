import type { Bilingual } from '../conversations/text';

/*
 * The first 100 days: a signal when a milestone of the student's start (first talk, first test
 * results, a reflection, the intake, a manual one) is past its due date unmet. Failed first tests
 * have their own signal (toetsen_onvoldoende). Only within the first year of the programme.
 */

export interface MilestoneFacts {
  /** Milestones past their due date and not met, within the first year of the programme. */
  missedMilestones: number;
  /** The earliest missed milestone's name, or null when none is missed. */
  firstMissedMilestone: Bilingual | null;
}

export interface MilestoneSignal {
  code: 'mijlpaal_gemist';
  severity: 'high' | 'medium' | 'low';
  explanation: Bilingual;
  suggestion: Bilingual;
}

export function milestoneSignals(facts: MilestoneFacts): MilestoneSignal[] {
  if (facts.missedMilestones <= 0) return [];
  const first = facts.firstMissedMilestone ?? { nl: 'een mijlpaal', en: 'a milestone' };
  const more = facts.missedMilestones - 1;
  return [
    {
      code: 'mijlpaal_gemist',
      severity: facts.missedMilestones >= 2 ? 'high' : 'medium',
      explanation: {
        nl: `Eerste 100 dagen: „${first.nl}” is niet gehaald${more > 0 ? ` (en nog ${more} andere mijlpa${more === 1 ? 'al' : 'len'})` : ''}.`,
        en: `First 100 days: “${first.en}” was missed${more > 0 ? ` (and ${more} other milestone${more === 1 ? '' : 's'})` : ''}.`,
      },
      suggestion: {
        nl: 'Neem snel contact op: een stroeve start is vaak het eerste teken van twijfel. Kijk samen naar de tijdlijn en plan wat nog nodig is.',
        en: 'Get in touch soon: a rough start is often the first sign of doubt. Look at the timeline together and plan what is still needed.',
      },
    },
  ];
}
