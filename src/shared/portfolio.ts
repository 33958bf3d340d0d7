import { z } from 'zod';
import { COMPETENCY_CODES } from '../domain/instruments/builtin/competencies';
import { EXPERIENCE_TYPES, REFLECTION_TEMPLATES } from '../domain/portfolio/templates';

/*
 * The contract between server and web for the POP (goals, actions, progress reviews, history) and
 * the evidence (reflections, experiences, files, feedback from others). Every text write carries
 * the `version` the writer saw; a stale one gets 409 `conversation_changed` — the concurrency
 * error the shared autosave understands — so typed text is never overwritten silently.
 */

export const PortfolioCompetency = z.enum(COMPETENCY_CODES);
const Day = z.iso.date();
const Version = z.number().int().min(1);
const Bilingual = z.object({ nl: z.string(), en: z.string() });

/** owner: the student themself; guidance: counsellor or specialist, who see what the student shares. */
export const PortfolioView = z.enum(['owner', 'guidance']);
export type PortfolioView = z.infer<typeof PortfolioView>;

export const GOAL_STATUSES = ['active', 'achieved', 'stopped'] as const;
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const REVIEW_PROGRESS = ['not_started', 'behind', 'on_track', 'achieved'] as const;

export const SmartResult = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ criterion: z.enum(['specifiek', 'meetbaar', 'acceptabel', 'realistisch', 'tijdgebonden']), ok: z.boolean(), feedback: Bilingual })),
});

export const GoalActionView = z.object({ id: z.string(), description: z.string(), dueOn: z.string().nullable(), status: z.enum(ACTION_STATUSES), updatedAt: z.string() });
export type GoalActionView = z.infer<typeof GoalActionView>;

export const GoalReviewView = z.object({
  id: z.string(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  progress: z.enum(REVIEW_PROGRESS),
  note: z.string(),
  createdAt: z.string(),
});
export type GoalReviewView = z.infer<typeof GoalReviewView>;

export const GoalView = z.object({
  id: z.string(),
  studentId: z.string(),
  title: z.string(),
  description: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  competencies: z.array(PortfolioCompetency),
  smart: SmartResult,
  actions: z.array(GoalActionView),
  reviews: z.array(GoalReviewView),
  evidenceCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type GoalView = z.infer<typeof GoalView>;

export const GoalRevisionView = z.object({
  id: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  /** The goal as it was before this change. */
  before: z.object({ title: z.string(), description: z.string(), dueOn: z.string().nullable(), status: z.enum(GOAL_STATUSES), competencies: z.array(z.string()) }),
});
export const GoalDetail = GoalView.extend({ revisions: z.array(GoalRevisionView), view: PortfolioView });
export type GoalDetail = z.infer<typeof GoalDetail>;

export const GoalList = z.object({
  view: PortfolioView,
  /** False when the student keeps the plan to themself: guidance staff then get no goals. */
  planShared: z.boolean(),
  items: z.array(GoalView),
});
export type GoalList = z.infer<typeof GoalList>;

const GoalFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(4000),
  dueOn: Day.nullable(),
  competencies: z.array(PortfolioCompetency).min(1).max(5),
};
export const NewGoal = z.object({ ...GoalFields, description: GoalFields.description.default(''), dueOn: GoalFields.dueOn.default(null) });
export type NewGoal = z.infer<typeof NewGoal>;
export const GoalUpdate = z.object({
  version: Version,
  title: GoalFields.title.optional(),
  description: GoalFields.description.optional(),
  dueOn: GoalFields.dueOn.optional(),
  competencies: GoalFields.competencies.optional(),
  status: z.enum(GOAL_STATUSES).optional(),
});
export type GoalUpdate = z.infer<typeof GoalUpdate>;

export const NewGoalAction = z.object({ description: z.string().trim().min(1).max(1000), dueOn: Day.nullable().default(null) });
export const GoalActionUpdate = z.object({
  description: z.string().trim().min(1).max(1000).optional(),
  dueOn: Day.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});
export const NewGoalReview = z.object({ progress: z.enum(REVIEW_PROGRESS), note: z.string().trim().max(4000).default('') });

export const PortfolioSettings = z.object({ planForGuidance: z.boolean() });
export type PortfolioSettings = z.infer<typeof PortfolioSettings>;

/* ---- evidence ---- */

export const EVIDENCE_KINDS = ['reflection', 'experience', 'file'] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export const ReflectionTemplate = z.enum(REFLECTION_TEMPLATES);
export const ExperienceType = z.enum(EXPERIENCE_TYPES);
const Body = z.record(z.string().max(40), z.string().max(10_000));

export const FeedbackView = z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() });
export type FeedbackView = z.infer<typeof FeedbackView>;

export const EvidenceSummary = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: EvidenceKind,
  title: z.string(),
  template: ReflectionTemplate.nullable(),
  experienceType: ExperienceType.nullable(),
  organisation: z.string().nullable(),
  happenedOn: z.string().nullable(),
  status: z.enum(['draft', 'final']),
  forGuidance: z.boolean(),
  competencies: z.array(PortfolioCompetency),
  goalIds: z.array(z.string()),
  feedbackCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type EvidenceSummary = z.infer<typeof EvidenceSummary>;

export const EvidenceDetail = EvidenceSummary.extend({ body: z.record(z.string(), z.string()), feedback: z.array(FeedbackView), view: PortfolioView });
export type EvidenceDetail = z.infer<typeof EvidenceDetail>;

export const EvidenceQuery = z.object({
  kind: EvidenceKind.optional(),
  competency: PortfolioCompetency.optional(),
  goal: z.uuid().optional(),
  status: z.enum(['draft', 'final']).optional(),
});
export type EvidenceQuery = z.infer<typeof EvidenceQuery>;

export const EvidenceList = z.object({ view: PortfolioView, items: z.array(EvidenceSummary) });

const EvidenceFields = {
  title: z.string().trim().max(300),
  body: Body,
  organisation: z.string().trim().max(300).nullable(),
  happenedOn: Day.nullable(),
  competencies: z.array(PortfolioCompetency).max(5),
  goalIds: z.array(z.uuid()).max(50),
  forGuidance: z.boolean(),
  status: z.enum(['draft', 'final']),
};
export const NewEvidence = z.object({
  kind: z.enum(['reflection', 'experience']),
  template: ReflectionTemplate.optional(),
  experienceType: ExperienceType.optional(),
  title: EvidenceFields.title.default(''),
  body: EvidenceFields.body.default({}),
  organisation: EvidenceFields.organisation.default(null),
  happenedOn: EvidenceFields.happenedOn.default(null),
  competencies: EvidenceFields.competencies.default([]),
  goalIds: EvidenceFields.goalIds.default([]),
  forGuidance: EvidenceFields.forGuidance.default(true),
  status: EvidenceFields.status.default('draft'),
});
export type NewEvidence = z.infer<typeof NewEvidence>;

export const EvidenceUpdate = z.object({
  version: Version,
  title: EvidenceFields.title.optional(),
  body: EvidenceFields.body.optional(),
  experienceType: ExperienceType.optional(),
  organisation: EvidenceFields.organisation.optional(),
  happenedOn: EvidenceFields.happenedOn.optional(),
  competencies: EvidenceFields.competencies.optional(),
  goalIds: EvidenceFields.goalIds.optional(),
  forGuidance: EvidenceFields.forGuidance.optional(),
  status: EvidenceFields.status.optional(),
});
export type EvidenceUpdate = z.infer<typeof EvidenceUpdate>;

/* ---- feedback from others ---- */

export const FeedbackRequestStatus = z.enum(['open', 'answered', 'expired', 'revoked']);

export const FeedbackRequestView = z.object({
  id: z.string(),
  evidenceId: z.string().nullable(),
  evidenceTitle: z.string().nullable(),
  /** 'user': someone with an account answers signed in; 'link': an outsider through a link. */
  via: z.enum(['user', 'link']),
  name: z.string(),
  email: z.string().nullable(),
  question: z.string(),
  status: FeedbackRequestStatus,
  createdAt: z.string(),
  expiresAt: z.string(),
  answer: FeedbackView.nullable(),
});
export type FeedbackRequestView = z.infer<typeof FeedbackRequestView>;

export const AskablePerson = z.object({ id: z.string(), name: z.string(), relation: z.enum(['counsellor', 'parent', 'supervisor', 'specialist']) });
export type AskablePerson = z.infer<typeof AskablePerson>;

export const FeedbackRequestList = z.object({ items: z.array(FeedbackRequestView), askable: z.array(AskablePerson) });

export const NewFeedbackRequest = z.object({
  evidenceId: z.uuid(),
  question: z.string().trim().max(2000).default(''),
  to: z.discriminatedUnion('via', [
    z.object({ via: z.literal('user'), userId: z.uuid() }),
    z.object({ via: z.literal('link'), name: z.string().trim().min(1).max(200), email: z.email().max(320).nullable().default(null) }),
  ]),
});
export type NewFeedbackRequest = z.infer<typeof NewFeedbackRequest>;

export const FeedbackRequestCreated = z.object({
  request: FeedbackRequestView,
  /** Only for a link: shown once, never stored in the clear. */
  link: z.string().nullable(),
  message: z.object({ subject: z.string(), body: z.string() }).nullable(),
  /** False when no mail server is configured: the student copies the message. */
  mailSent: z.boolean(),
});
export type FeedbackRequestCreated = z.infer<typeof FeedbackRequestCreated>;

/** What the person asked sees: the question and the piece of evidence, nothing else of the portfolio. */
export const FeedbackAsk = z.object({
  id: z.string(),
  studentName: z.string(),
  name: z.string(),
  question: z.string(),
  expiresAt: z.string(),
  evidence: z
    .object({ kind: EvidenceKind, title: z.string(), template: ReflectionTemplate.nullable(), experienceType: ExperienceType.nullable(), body: z.record(z.string(), z.string()) })
    .nullable(),
});
export type FeedbackAsk = z.infer<typeof FeedbackAsk>;

export const FeedbackAnswer = z.object({ body: z.string().trim().min(1).max(5000), authorName: z.string().trim().min(1).max(200).optional() });
