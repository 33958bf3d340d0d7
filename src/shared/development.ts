import { z } from 'zod';
import { SMART_CRITERIA } from '../domain/conversations/smart';
import { SLB_COMPETENCY_CODES } from '../domain/instruments/builtin/slb-competencies';
import { FeedbackSummary } from './conversations';
import { Text } from './competencies';
import { EvaluationSummary, TeamEvaluationSummary } from './evaluation';
import { localized } from './validation';

/*
 * The contract for counsellor professionalisation: self-rating history, 360° requests between
 * staff, the development plan (goals, training and intervisie log, yearly reviews) and the team
 * leader's overview.
 */

export const SlbCompetency = z.enum(SLB_COMPETENCY_CODES);
export type SlbCompetency = z.infer<typeof SlbCompetency>;
const Competencies = z.array(SlbCompetency).max(7).refine((list) => new Set(list).size === list.length, localized('Kies elke competentie één keer.', 'Choose each competency once.'));

const Person = z.object({ id: z.string(), name: z.string() });
const Score = z.object({ code: z.string(), score: z.number().nullable() });

export const RatingView = z.object({ id: z.string(), submittedAt: z.string(), scales: z.array(Score) });
export type RatingView = z.infer<typeof RatingView>;

export const SMART_CHECK = z.object({ criterion: z.enum(SMART_CRITERIA), ok: z.boolean(), feedback: Text });

export const GoalView = z.object({
  id: z.string(),
  what: z.string(),
  dueDate: z.string(),
  competencies: z.array(SlbCompetency),
  status: z.enum(['open', 'done', 'dropped']),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The same SMART check as for students' actions: advice, never a reason to refuse. */
  smart: z.object({ ok: z.boolean(), checks: z.array(SMART_CHECK) }),
});
export type GoalView = z.infer<typeof GoalView>;

export const GoalCreate = z.object({
  what: z.string().trim().min(3).max(1000),
  dueDate: z.iso.date(),
  competencies: Competencies.refine((list) => list.length > 0, localized('Koppel het doel aan minstens één competentie.', 'Link the goal to at least one competency.')),
});
export const GoalUpdate = z.object({
  what: z.string().trim().min(3).max(1000).optional(),
  dueDate: z.iso.date().optional(),
  competencies: Competencies.refine((list) => list.length > 0, localized('Koppel het doel aan minstens één competentie.', 'Link the goal to at least one competency.')).optional(),
  status: z.enum(['open', 'done', 'dropped']).optional(),
});

export const ACTIVITY_KINDS = ['training', 'intervisie'] as const;
export const ActivityView = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  heldOn: z.string(),
  hours: z.number().nullable(),
  competencies: z.array(SlbCompetency),
  reflection: z.string(),
  createdAt: z.string(),
});
export type ActivityView = z.infer<typeof ActivityView>;
export const ActivityCreate = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string().trim().min(2).max(300),
  heldOn: z.iso.date(),
  hours: z.number().positive().max(500).nullable().default(null),
  competencies: Competencies.default([]),
  reflection: z.string().trim().max(4000).default(''),
});
export const ActivityPage = z.object({ items: z.array(ActivityView), nextCursor: z.string().nullable() });
export type ActivityPage = z.infer<typeof ActivityPage>;

export const ReviewView = z.object({
  id: z.string(),
  heldOn: z.string(),
  leader: Person,
  leaderNotes: z.string(),
  counsellorNotes: z.string(),
  updatedAt: z.string(),
});
export type ReviewView = z.infer<typeof ReviewView>;
export const ReviewCreate = z.object({ heldOn: z.iso.date(), leaderNotes: z.string().trim().max(10000).default('') });
/** Each side writes only their own notes; the route decides which field from who is asking. */
export const ReviewNotes = z.object({ notes: z.string().trim().max(10000) });

export const RATER_RELATIONS = ['colleague', 'manager'] as const;
export const RequestStatus = z.enum(['open', 'started', 'done', 'revoked']);
export const RatingRequestView = z.object({
  id: z.string(),
  rater: Person,
  relation: z.enum(RATER_RELATIONS),
  status: RequestStatus,
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type RatingRequestView = z.infer<typeof RatingRequestView>;
export const RatingRequestCreate = z.object({ raterId: z.uuid() });
export const IncomingRequest = z.object({
  id: z.string(),
  subject: Person,
  relation: z.enum(RATER_RELATIONS),
  status: RequestStatus,
  createdAt: z.string(),
  responseId: z.string().nullable(),
});
export type IncomingRequest = z.infer<typeof IncomingRequest>;

/** The counsellor's own view next to colleagues (mean) and the team leader, scale by scale. */
export const Comparison = z.object({
  self: z.object({ submittedAt: z.string(), scales: z.array(Score) }).nullable(),
  colleagues: z.object({ n: z.number(), scales: z.array(Score) }).nullable(),
  manager: z.object({ submittedAt: z.string(), name: z.string(), scales: z.array(Score) }).nullable(),
});
export type Comparison = z.infer<typeof Comparison>;

export const CompetencyInfo = z.object({ code: SlbCompetency, title: Text, short: Text, task: Text, entryLevel: Text });
export const MeetlatInfo = z.object({
  code: z.string(),
  min: z.number(),
  max: z.number(),
  labels: z.array(Text),
  trainingNeedBelow: z.number(),
  competencies: z.array(CompetencyInfo),
});
export type MeetlatInfo = z.infer<typeof MeetlatInfo>;

export const TeamRef = z.object({ id: z.string(), name: z.string(), leader: Person });
export type TeamRef = z.infer<typeof TeamRef>;

export const Development = z.object({
  counsellor: Person,
  reader: z.enum(['self', 'leader']),
  meetlat: MeetlatInfo,
  /** Whether the counsellor lets the team leader see their individual ratings. */
  consent: z.boolean(),
  /** false for a team leader without the counsellor's consent: ratings and comparison are then empty. */
  ratingsVisible: z.boolean(),
  ratings: z.array(RatingView),
  draft: z.object({ id: z.string(), answered: z.number(), total: z.number(), updatedAt: z.string() }).nullable(),
  comparison: Comparison.nullable(),
  requests: z.array(RatingRequestView),
  goals: z.array(GoalView),
  activities: ActivityPage,
  reviews: z.array(ReviewView),
  /** Aggregated student feedback on conversations, from 5 answers on; only for the counsellor. */
  studentFeedback: FeedbackSummary.nullable(),
  /** The end-of-year student evaluation, means per scale from 5 responses on; only for the counsellor. */
  studentEvaluation: EvaluationSummary.nullable(),
  teams: z.array(TeamRef),
});
export type Development = z.infer<typeof Development>;

export const Consent = z.object({ ratingsVisibleToLeader: z.boolean() });

export const StaffOption = z.object({ id: z.string(), name: z.string(), role: z.enum(['counsellor', 'manager']) });
export const StaffQuery = z.object({ q: z.string().trim().max(100).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) });

/* ---- team overview ---- */

export const TeamMemberRow = z.object({
  member: Person,
  consent: z.boolean(),
  lastRatedAt: z.string().nullable(),
  openGoals: z.number(),
  lastReviewOn: z.string().nullable(),
  /** Latest self-rating per competency, only with the member's consent. */
  scales: z.array(Score).nullable(),
});
export const TeamOverview = z.object({
  team: TeamRef,
  minGroupSize: z.number(),
  meetlat: MeetlatInfo,
  members: z.array(TeamMemberRow),
  /** How many latest self-ratings the distribution counts. */
  rated: z.number(),
  /** Ratings left out: members without consent, too few to show as a group. */
  withheld: z.number(),
  distribution: z.array(z.object({ code: SlbCompetency, counts: z.array(z.number()), mean: z.number().nullable(), low: z.number() })),
  needs: z.array(z.object({ code: SlbCompetency, lowRatings: z.number(), openGoals: z.number() })),
  trainings: z.array(z.object({ member: Person, title: z.string(), heldOn: z.string(), competencies: z.array(SlbCompetency) })),
  /** The student evaluation of the team as a whole, never per counsellor. */
  studentEvaluation: TeamEvaluationSummary,
});
export type TeamOverview = z.infer<typeof TeamOverview>;
