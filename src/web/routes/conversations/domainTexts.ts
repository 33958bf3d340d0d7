import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCY_TEXTS, type CompetencyCode } from '../../../domain/instruments/builtin/competencies';
import { conversationType, phaseByCode, type Bilingual, type ConversationTypeCode, type PhaseCode } from '../../../domain/conversations';

/*
 * The pure domain modules carry their own Dutch and English texts (conversation types, phases,
 * tips, questions, SMART feedback, competency names); this picks the one for the current language
 * so those texts live in one place instead of being copied into the i18n files.
 */
export {
  CONVERSATION_RULES,
  PHASES,
  PHASE_CODES,
  nextPhase,
  questionsFor,
  checkSmart,
  FEEDBACK_QUESTIONS,
  FEEDBACK_TOPIC_LABELS,
  HELPING_VS_REFLECTIVE_LABELS,
  HELPING_VS_REFLECTIVE_POINTS,
  WHOSE_AGENDA_LABELS,
  WHOSE_AGENDA_OPTIONS,
  type PhaseCode,
  type PhaseDefinition,
  type Question,
} from '../../../domain/conversations';
export { COMPETENCY_CODES, type CompetencyCode } from '../../../domain/instruments/builtin/competencies';
export type { Bilingual };

export function useDomainText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const pick = useCallback((text: Bilingual) => (en ? text.en : text.nl), [en]);
  return {
    pick,
    typeTitle: (code: ConversationTypeCode) => pick(conversationType(code).title),
    typeDescription: (code: ConversationTypeCode) => pick(conversationType(code).description),
    phaseTitle: (code: PhaseCode) => pick(phaseByCode(code).title),
    competency: (code: CompetencyCode) => pick(COMPETENCY_TEXTS[code].title),
  };
}
