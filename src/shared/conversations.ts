import { z } from 'zod';

/*
 * The contract between server and web for career conversations: planning, the student's
 * preparation, notes in visibility tiers, closing with SMART actions, and the student's feedback.
 * Every write to a conversation or note carries the `version` the writer last saw; a stale version
 * is refused with 409 `conversation_changed`, so two people never overwrite each other silently.
 */

export const CONVERSATION_TYPES = ['kennismaking', 'voortgang', 'loopbaangesprek', 'bpv', 'exit', 'intake'] as const;
export const ConversationType = z.enum(CONVERSATION_TYPES);
export type ConversationType = z.infer<typeof ConversationType>;

/** proposed → planned → held (closed with actions); either side can cancel before it is held. */
export const CONVERSATION_STATUSES = ['proposed', 'planned', 'held', 'cancelled'] as const;
export const ConversationStatus = z.enum(CONVERSATION_STATUSES);

/** student: shared with the student; team: the student's guidance team only; private: the author only. */
export const NOTE_TIERS = ['student', 'team', 'private'] as const;
export const NoteTier = z.enum(NOTE_TIERS);
export type NoteTier = z.infer<typeof NoteTier>;

export const PHASES = ['terugblikken', 'bewustwording', 'alternatieven', 'acties'] as const;
export const Phase = z.enum(PHASES);

export const COMPETENCIES = ['kwaliteitenreflectie', 'motievenreflectie', 'werkexploratie', 'loopbaansturing', 'netwerken'] as const;
export const Competency = z.enum(COMPETENCIES);

const Person = z.object({ id: z.string(), name: z.string() });
const Version = z.number().int().min(1);

export const Proposal = z.object({
  type: ConversationType,
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(5).max(240),
  location: z.string().trim().max(200).default(''),
  online: z.boolean().default(false),
  /** For a student with more than one counsellor; otherwise their counsellor is used. */
  counsellorId: z.uuid().optional(),
});
export type Proposal = z.infer<typeof Proposal>;

export const ConversationSummary = z.object({
  id: z.string(),
  type: ConversationType,
  status: ConversationStatus,
  startsAt: z.string(),
  durationMinutes: z.number(),
  location: z.string(),
  online: z.boolean(),
  student: Person,
  counsellor: Person,
  proposedBy: Person,
  /** Who has to accept or propose another time; null once planned, held or cancelled. */
  awaitingResponseFrom: z.enum(['student', 'counsellor']).nullable(),
  hasAgenda: z.boolean(),
  openActions: z.number(),
  version: z.number(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const Respond = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), version: Version }),
  z.object({ action: z.literal('cancel'), version: Version }),
  z.object({
    action: z.literal('counter'),
    version: Version,
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z.number().int().min(5).max(240),
    location: z.string().trim().max(200).default(''),
    online: z.boolean().default(false),
  }),
]);
export type Respond = z.infer<typeof Respond>;

export const Preparation = z.object({
  version: Version,
  /** What the student wants to talk about. */
  agenda: z.string().max(5000),
  /** A recent experience that mattered to them. */
  experience: z.string().max(5000),
});
export type Preparation = z.infer<typeof Preparation>;

export const NoteView = z.object({
  id: z.string(),
  tier: NoteTier,
  phase: Phase.nullable(),
  body: z.string(),
  competencies: z.array(Competency),
  author: Person,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  mine: z.boolean(),
});
export type NoteView = z.infer<typeof NoteView>;

export const NewNote = z.object({
  tier: NoteTier,
  phase: Phase.nullable().default(null),
  body: z.string().trim().min(1).max(10000),
  competencies: z.array(Competency).max(5).default([]),
});
export const NoteUpdate = z.object({ version: Version, body: z.string().trim().min(1).max(10000), tier: NoteTier.optional() });

export const ACTION_OWNERS = ['student', 'counsellor', 'other'] as const;
export const ActionView = z.object({
  id: z.string(),
  conversationId: z.string(),
  what: z.string(),
  owner: z.enum(ACTION_OWNERS),
  dueDate: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  createdAt: z.string(),
});
export type ActionView = z.infer<typeof ActionView>;

export const NewAction = z.object({
  what: z.string().trim().min(3).max(500),
  owner: z.enum(ACTION_OWNERS),
  dueDate: z.iso.date(),
});
export const ActionStatus = z.object({ status: z.enum(['open', 'done', 'dropped']) });

export const ConversationDetail = ConversationSummary.extend({
  agenda: z.string(),
  experience: z.string(),
  studentSummary: z.string(),
  topics: z.array(Competency),
  notes: z.array(NoteView),
  actions: z.array(ActionView),
  heldAt: z.string().nullable(),
  feedbackGiven: z.boolean(),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

/** Closing (counsellor): the actions agreed, the competencies the talk was about, optionally the next talk. */
export const Close = z.object({
  version: Version,
  actions: z.array(NewAction).max(20),
  topics: z.array(Competency).max(5),
  next: Proposal.omit({ counsellorId: true }).optional(),
});
export type Close = z.infer<typeof Close>;

/** The student's own summary, written after the talk. */
export const StudentSummary = z.object({ version: Version, summary: z.string().max(5000) });

/** Everything the counsellor wants in view before the talk. */
export const PreparationView = z.object({
  conversation: ConversationSummary,
  agenda: z.string(),
  experience: z.string(),
  openActions: z.array(ActionView),
  previous: z.object({ id: z.string(), startsAt: z.string(), topics: z.array(Competency), studentSummary: z.string() }).nullable(),
  /** Career competencies that did not come up in the previous conversation. */
  notBroughtUp: z.array(Competency),
  latestScores: z.object({ submittedAt: z.string(), scales: z.array(z.object({ code: z.string(), score: z.number().nullable() })) }).nullable(),
});
export type PreparationView = z.infer<typeof PreparationView>;

export const FEEDBACK_TOPICS = ['studievoortgang', 'zelfbeeld_toekomstbeeld', 'acties_werk_loopbaan'] as const;
export const Feedback = z.object({
  whoseAgenda: z.enum(['mine', 'both', 'counsellor']),
  /** 1 = mostly advice and solutions from the counsellor, 5 = helped to think for myself. */
  helpingVsReflective: z.number().int().min(1).max(5),
  topics: z.array(z.enum(FEEDBACK_TOPICS)).max(3),
  comment: z.string().trim().max(500).default(''),
});
export type Feedback = z.infer<typeof Feedback>;

export const FeedbackAggregate = z.object({
  n: z.number(),
  whoseAgenda: z.object({ mine: z.number(), both: z.number(), counsellor: z.number() }),
  helpingVsReflectiveMean: z.number(),
  topics: z.object({ studievoortgang: z.number(), zelfbeeld_toekomstbeeld: z.number(), acties_werk_loopbaan: z.number() }),
});
/** null: fewer than 5 answers, so nothing is shown. */
export const FeedbackSummary = z.object({ minAnswers: z.number(), aggregate: FeedbackAggregate.nullable() });

export const OverdueRow = z.object({
  student: z.object({ id: z.string(), name: z.string(), cohort: z.string().nullable() }),
  norm: z.object({ conversationsPerYear: z.number(), minutesEach: z.number() }).nullable(),
  held: z.number(),
  expectedByNow: z.number(),
  overdue: z.boolean(),
  nextDueBy: z.string().nullable(),
  lastHeldAt: z.string().nullable(),
  nextPlannedAt: z.string().nullable(),
});
export type OverdueRow = z.infer<typeof OverdueRow>;

export const CadenceNorm = z.object({
  programmeId: z.uuid(),
  schoolYear: z.string().regex(/^\d{4}-\d{4}$/),
  conversationsPerYear: z.number().int().min(1).max(20),
  minutesEach: z.number().int().min(5).max(240),
  description: z.string().trim().max(500).default(''),
});
export type CadenceNorm = z.infer<typeof CadenceNorm>;
