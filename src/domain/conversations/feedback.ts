import { z } from 'zod';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../privacy/small-groups';
import type { Bilingual } from './text';

/*
 * The student's short feedback after a conversation. The three questions mirror what the hbo
 * research found to matter: whether the student brings in their own agenda (dialogue goes with
 * stronger career competencies), whether the talk was helping (advice, solutions) or reflective
 * and activating (helping correlates negatively, reflective positively), and what it was about
 * (study progress adds little; self and future images and concrete career actions do).
 *
 * Feedback is about the counsellor's practice, so it is only ever shown in aggregate, and not at
 * all below a minimum number of answers: with three answers a counsellor can guess who said what.
 */

export const WHOSE_AGENDA_OPTIONS = ['mine', 'both', 'counsellor'] as const;
export type WhoseAgenda = (typeof WHOSE_AGENDA_OPTIONS)[number];

export const FEEDBACK_TOPIC_CODES = ['studievoortgang', 'zelfbeeld_toekomstbeeld', 'acties_werk_loopbaan'] as const;
export type FeedbackTopic = (typeof FEEDBACK_TOPIC_CODES)[number];

export const HELPING_VS_REFLECTIVE_POINTS = [1, 2, 3, 4, 5] as const;
export type HelpingVsReflective = (typeof HELPING_VS_REFLECTIVE_POINTS)[number];

export const MAX_FEEDBACK_COMMENT = 500;

export const ConversationFeedback = z.object({
  whoseAgenda: z.enum(WHOSE_AGENDA_OPTIONS),
  /** 1 = the counsellor mostly gave advice or solved things, 5 = I was helped to think for myself. */
  helpingVsReflective: z.number().int().min(1).max(5),
  topics: z
    .array(z.enum(FEEDBACK_TOPIC_CODES))
    .max(FEEDBACK_TOPIC_CODES.length)
    .refine((topics) => new Set(topics).size === topics.length, { message: 'topics must not repeat' }),
  comment: z.string().trim().max(MAX_FEEDBACK_COMMENT).optional(),
});
export type ConversationFeedback = z.infer<typeof ConversationFeedback>;

export const FEEDBACK_QUESTIONS: Readonly<Record<'whoseAgenda' | 'helpingVsReflective' | 'topics' | 'comment', Bilingual>> = {
  whoseAgenda: { nl: 'Wie bepaalde waar het gesprek over ging?', en: 'Who decided what the conversation was about?' },
  helpingVsReflective: {
    nl: 'Gaf je begeleider vooral advies, of hielp je begeleider je om zelf na te denken?',
    en: 'Did your counsellor mostly give advice, or help you think for yourself?',
  },
  topics: { nl: 'Waar ging het gesprek over? Kies alles wat past.', en: 'What was the conversation about? Pick all that apply.' },
  comment: { nl: 'Wil je nog iets kwijt? (niet verplicht)', en: 'Anything else you want to say? (optional)' },
};

export const WHOSE_AGENDA_LABELS: Readonly<Record<WhoseAgenda, Bilingual>> = {
  mine: { nl: 'Vooral ik', en: 'Mostly me' },
  both: { nl: 'Wij samen', en: 'Both of us' },
  counsellor: { nl: 'Vooral mijn begeleider', en: 'Mostly my counsellor' },
};

export const HELPING_VS_REFLECTIVE_LABELS: Readonly<Record<HelpingVsReflective, Bilingual>> = {
  1: { nl: 'Mijn begeleider gaf vooral advies en loste dingen op', en: 'My counsellor mostly gave advice and sorted things out' },
  2: { nl: 'Meer advies dan zelf nadenken', en: 'More advice than thinking for myself' },
  3: { nl: 'Van allebei evenveel', en: 'Equal amounts of both' },
  4: { nl: 'Meer zelf nadenken dan advies', en: 'More thinking for myself than advice' },
  5: { nl: 'Ik werd geholpen om zelf na te denken', en: 'I was helped to think for myself' },
};

export const FEEDBACK_TOPIC_LABELS: Readonly<Record<FeedbackTopic, Bilingual>> = {
  studievoortgang: { nl: 'Hoe het gaat met mijn studie', en: 'How my studies are going' },
  zelfbeeld_toekomstbeeld: { nl: 'Wie ik ben en wat ik later wil', en: 'Who I am and what I want in future' },
  acties_werk_loopbaan: { nl: 'Wat ik ga doen voor werk of vervolgopleiding', en: 'What I will do about work or further study' },
};

export interface FeedbackAggregate {
  n: number;
  whoseAgenda: Record<WhoseAgenda, number>;
  helpingVsReflectiveCounts: Record<HelpingVsReflective, number>;
  helpingVsReflectiveMean: number;
  /** Share (0–1) of answers that ticked each topic; answers can tick several, so shares need not add up to 1. */
  topics: Record<FeedbackTopic, number>;
  topicCounts: Record<FeedbackTopic, number>;
}

function zeroes<K extends string | number>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

/**
 * Counts and averages over feedback that has already passed the schema. Below `minAnswers`
 * (and always for an empty list) the result is null, so callers cannot show a small group by
 * accident. Comments are never aggregated: they are free text and may identify the student.
 */
export function aggregateFeedback(list: readonly ConversationFeedback[], minAnswers: number = DEFAULT_SUPPRESSION_THRESHOLD): FeedbackAggregate | null {
  const n = list.length;
  if (n === 0 || n < minAnswers) return null;
  const whoseAgenda = zeroes(WHOSE_AGENDA_OPTIONS);
  const helpingVsReflectiveCounts = zeroes(HELPING_VS_REFLECTIVE_POINTS);
  const topicCounts = zeroes(FEEDBACK_TOPIC_CODES);
  let sum = 0;
  for (const f of list) {
    whoseAgenda[f.whoseAgenda] += 1;
    const point = HELPING_VS_REFLECTIVE_POINTS.find((p) => p === f.helpingVsReflective);
    if (point !== undefined) helpingVsReflectiveCounts[point] += 1;
    sum += f.helpingVsReflective;
    // A repeated topic in one answer is still one vote, even if it slipped past the schema.
    for (const t of new Set(f.topics)) topicCounts[t] += 1;
  }
  const topics = zeroes(FEEDBACK_TOPIC_CODES);
  for (const t of FEEDBACK_TOPIC_CODES) topics[t] = topicCounts[t] / n;
  return { n, whoseAgenda, helpingVsReflectiveCounts, helpingVsReflectiveMean: sum / n, topics, topicCounts };
}
