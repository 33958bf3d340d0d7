import { z } from 'zod';

/*
 * Contract for study progress in the first year (credits and the binding study advice, BSA), the
 * registration of a switch or dropout, and the manager's dropout analysis.
 */

const IsoDate = z.iso.date();
const SchoolYear = z.string().regex(/^\d{4}-\d{4}$/);

export const BsaNorm = z.object({
  programmeId: z.uuid(),
  schoolYear: SchoolYear,
  thresholdCredits: z.number().int().min(1).max(240),
  yearCredits: z.number().int().min(1).max(240).default(60),
  warningOn: IsoDate,
  finalOn: IsoDate,
});
export type BsaNorm = z.infer<typeof BsaNorm>;

export const BsaNormView = BsaNorm.extend({ programme: z.string(), yearCredits: z.number().int() });
export type BsaNormView = z.infer<typeof BsaNormView>;

export const BSA_STATUSES = ['no_norm', 'on_track', 'at_risk', 'warned', 'reached', 'final_positive', 'final_negative', 'final_postponed'] as const;
export const BsaStatus = z.enum(BSA_STATUSES);
export type BsaStatus = z.infer<typeof BsaStatus>;

export const AdviceKind = z.enum(['provisional', 'final']);
export const AdviceOutcome = z.enum(['warning', 'on_track', 'positive', 'negative', 'postponed']);
export type AdviceOutcome = z.infer<typeof AdviceOutcome>;

export const BsaAdviceInput = z
  .object({
    programmeId: z.uuid(),
    kind: AdviceKind,
    outcome: AdviceOutcome,
    decidedOn: IsoDate,
    note: z.string().trim().max(2000).default(''),
  })
  .refine((a) => (a.kind === 'provisional' ? ['warning', 'on_track'] : ['positive', 'negative', 'postponed']).includes(a.outcome), {
    path: ['outcome'],
    message: 'Deze uitkomst hoort niet bij dit soort advies.',
  });
export type BsaAdviceInput = z.infer<typeof BsaAdviceInput>;

export const BsaAdviceView = z.object({ kind: AdviceKind, outcome: AdviceOutcome, decidedOn: z.string(), note: z.string(), decidedBy: z.string() });

/** One first year in one programme: where the student stands against the norm. */
export const BsaProgress = z.object({
  programmeId: z.string(),
  programme: z.string(),
  schoolYear: z.string(),
  startDate: z.string(),
  credits: z.number(),
  /** Credits a student on schedule would have by today (linear towards the threshold at the final advice). */
  expectedCredits: z.number().nullable(),
  norm: z.object({ thresholdCredits: z.number(), yearCredits: z.number(), warningOn: z.string(), finalOn: z.string() }).nullable(),
  status: BsaStatus,
  advices: z.array(BsaAdviceView),
});
export type BsaProgress = z.infer<typeof BsaProgress>;

export const BsaStudentRow = BsaProgress.extend({ studentId: z.string(), name: z.string(), studentNumber: z.string().nullable() });
export type BsaStudentRow = z.infer<typeof BsaStudentRow>;

export const EXIT_REASONS = ['expectations', 'study_skills', 'wrong_choice', 'level', 'personal', 'other'] as const;
export const ExitReason = z.enum(EXIT_REASONS);
export type ExitReason = z.infer<typeof ExitReason>;
export const EXIT_DESTINATIONS = ['programme_here', 'other_institution', 'work', 'unknown'] as const;
export const ExitDestination = z.enum(EXIT_DESTINATIONS);
export const ExitKind = z.enum(['switch', 'dropout']);
export type ExitKind = z.infer<typeof ExitKind>;

export const ExitInput = z.object({
  kind: ExitKind,
  exitOn: IsoDate,
  destination: ExitDestination,
  destinationProgrammeId: z.uuid().nullable().default(null),
  reasons: z.array(ExitReason).min(1).max(EXIT_REASONS.length),
  note: z.string().trim().max(4000).default(''),
  /** Proposes an exit conversation between the student and their counsellor at this time. */
  conversationAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type ExitInput = z.infer<typeof ExitInput>;

export const ExitView = z.object({
  id: z.string(),
  kind: ExitKind,
  exitOn: z.string(),
  destination: ExitDestination,
  destinationProgramme: z.string().nullable(),
  programme: z.string(),
  reasons: z.array(ExitReason),
  note: z.string(),
  conversationId: z.string().nullable(),
  recordedBy: z.string(),
});
export type ExitView = z.infer<typeof ExitView>;

export const DROPOUT_GROUPS = ['year', 'programme', 'gender', 'prior_education'] as const;
export const DropoutGroupBy = z.enum(DROPOUT_GROUPS);
export type DropoutGroupBy = z.infer<typeof DropoutGroupBy>;

/** One group of starters; every number is null when the group is smaller than the minimum group size. */
export const DropoutGroup = z.object({
  key: z.string(),
  suppressed: z.boolean(),
  starters: z.number().nullable(),
  switches: z.number().nullable(),
  dropouts: z.number().nullable(),
  switchRate: z.number().nullable(),
  dropoutRate: z.number().nullable(),
  /** Per reason: how many leavers named it. One leaver names several, so these add up to more than the leavers. */
  reasons: z.record(ExitReason, z.number()).nullable(),
});
export type DropoutGroup = z.infer<typeof DropoutGroup>;

/** `total`: all starters together, so reasons can show even when every single group is too small for them. */
export const DropoutAnalysis = z.object({ groupBy: DropoutGroupBy, minGroupSize: z.number(), groups: z.array(DropoutGroup), total: DropoutGroup });
export type DropoutAnalysis = z.infer<typeof DropoutAnalysis>;
