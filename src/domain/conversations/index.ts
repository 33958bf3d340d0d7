/*
 * Public API of the career-conversation domain: pure data and functions, no I/O. The server and
 * the web import from here rather than from the individual files, so the files can be reorganised.
 */

export type { Bilingual } from './text';
export {
  PHASE_CODES,
  PHASES,
  isPhaseCode,
  phaseByCode,
  nextPhase,
  CONVERSATION_TYPE_CODES,
  CONVERSATION_TYPES,
  conversationType,
  CONVERSATION_RULES,
  type PhaseCode,
  type PhaseDefinition,
  type ConversationTypeCode,
  type ConversationTypeDefinition,
  type ConversationRule,
} from './phases';
export { QUESTIONS, questionsFor, questionById, type Question } from './question-bank';
export {
  SMART_CRITERIA,
  MAX_ACTION_PARTS,
  MAX_ACTION_WORDS,
  checkSmart,
  findVaguePhrases,
  countActionParts,
  hasCount,
  hasDeliverable,
  type SmartCriterion,
  type SmartInput,
  type SmartCheck,
  type SmartResult,
  type VagueMatch,
} from './smart';
export type { VagueKind } from './smart-vocabulary';
export {
  DEFAULT_CADENCE_NORMS,
  resolveCadenceNorm,
  cadenceDueDates,
  cadenceStatus,
  type CadenceNorm,
  type ProgrammeCadenceNorm,
  type CadenceStatus,
} from './cadence';
export {
  WHOSE_AGENDA_OPTIONS,
  FEEDBACK_TOPIC_CODES,
  HELPING_VS_REFLECTIVE_POINTS,
  MAX_FEEDBACK_COMMENT,
  ConversationFeedback,
  FEEDBACK_QUESTIONS,
  WHOSE_AGENDA_LABELS,
  HELPING_VS_REFLECTIVE_LABELS,
  FEEDBACK_TOPIC_LABELS,
  aggregateFeedback,
  type WhoseAgenda,
  type FeedbackTopic,
  type HelpingVsReflective,
  type FeedbackAggregate,
} from './feedback';
export { isIsoDay } from './days';
