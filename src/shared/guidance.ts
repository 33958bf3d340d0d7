import { z } from 'zod';

/*
 * Contract for the caseload at a glance (signals), referrals to second-line support, counsellor
 * handover and the manager's guidance figures.
 */

export const SIGNAL_CODES = [
  'gesprek_achterstand',
  'acties_verlopen',
  'competenties_laag',
  'competenties_dalend',
  'verwijzing_open',
  'geen_begeleider_gesprek',
  'toetsen_onvoldoende',
  'portfolio_stil',
  'keuzezekerheid_laag',
  'keuzezekerheid_dalend',
  'uitvalrisico_hoog',
  'mijlpaal_gemist',
] as const;
export const SignalCode = z.enum(SIGNAL_CODES);
export type SignalCode = z.infer<typeof SignalCode>;

export const Severity = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof Severity>;

/** green: nothing to act on; orange: keep an eye on it; red: act now. */
export const Light = z.enum(['green', 'orange', 'red']);
export type Light = z.infer<typeof Light>;

export const Signal = z.object({
  code: SignalCode,
  severity: Severity,
  /** Plain Dutch/English (the viewer's language) on what is the matter. */
  explanation: z.string(),
  /** A suggested next step. */
  suggestion: z.string(),
});
export type Signal = z.infer<typeof Signal>;

export const CaseloadRow = z.object({
  studentId: z.string(),
  name: z.string(),
  cohort: z.string().nullable(),
  light: Light,
  signals: z.array(Signal),
  lastConversationAt: z.string().nullable(),
  nextConversationAt: z.string().nullable(),
});
export type CaseloadRow = z.infer<typeof CaseloadRow>;

export const CaseloadQuery = z.object({
  q: z.string().trim().max(100).optional(),
  signal: SignalCode.optional(),
  light: Light.optional(),
  sort: z.enum(['light', 'name', 'lastConversation']).default('light'),
});

export const SignalSettings = z.object({
  /** An open action counts as overdue this many days after its due date. */
  actionGraceDays: z.number().int().min(0).max(60),
  /** Mean self-assessment score (1–5) below which competencies count as low. */
  lowCompetency: z.number().min(1).max(5),
  /** Drop of the mean score since the previous self-assessment that counts as falling. */
  fallingCompetency: z.number().min(0.1).max(4),
  /** Days a referral may wait for first contact before reminders go out. */
  referralWaitDays: z.number().int().min(1).max(90),
  /** Days without any held conversation after which a student is flagged. */
  noConversationDays: z.number().int().min(14).max(730),
  /** Failed tests this school year (imported results) from which a student is flagged. */
  failedTests: z.number().int().min(1).max(20),
  /** Weeks without any change to plan or evidence after which a student is flagged. */
  portfolioInactiveWeeks: z.number().int().min(1).max(52),
  /** Choice certainty (1–4, latest survey shared with guidance) below which a student is flagged. */
  lowChoiceCertainty: z.number().min(1).max(4),
  /** Drop in choice certainty since the previous such survey that counts as falling. */
  fallingChoiceCertainty: z.number().min(0.1).max(3),
  /** Dropout-risk score (1–4) from which a student is flagged. */
  highDropoutRisk: z.number().min(1).max(4),
});
export type SignalSettings = z.infer<typeof SignalSettings>;

export const REFERRAL_STATUSES = ['ingediend', 'in_behandeling', 'stappenplan', 'afgerond', 'terugverwezen'] as const;
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const REFERRAL_REASONS = ['studievoortgang', 'studiekeuze', 'persoonlijk', 'psychisch', 'thuissituatie', 'financieel', 'overig'] as const;
export const ReferralReason = z.enum(REFERRAL_REASONS);

/** second: the institution's own second-line team; external: a hand-off to third-line care outside. */
export const ReferralLine = z.enum(['second', 'external']);

export const ReferralCreate = z
  .object({
    studentId: z.uuid(),
    line: ReferralLine.default('second'),
    reason: ReferralReason,
    description: z.string().trim().min(10).max(5000),
    consent: z.enum(['given', 'not_given']),
    /** Required when the student did not consent: why the referral goes ahead anyway. */
    noConsentReason: z.string().trim().max(2000).default(''),
    parentsMaySee: z.boolean().default(false),
    /** For an external hand-off: to whom. */
    externalParty: z.string().trim().max(200).default(''),
  })
  .refine((r) => r.consent === 'given' || r.noConsentReason.length >= 10, {
    path: ['noConsentReason'],
    message: 'Explain why the referral goes ahead without consent.',
    params: {
      nl: 'Leg uit waarom de verwijzing zonder toestemming doorgaat.',
      en: 'Explain why the referral goes ahead without consent.',
    },
  });
export type ReferralCreate = z.infer<typeof ReferralCreate>;

export const ReferralStep = z.object({ id: z.string(), what: z.string(), who: z.string(), dueDate: z.string().nullable(), done: z.boolean() });
export type ReferralStep = z.infer<typeof ReferralStep>;

export const ReferralEvent = z.object({ at: z.string(), actor: z.string().nullable(), from: ReferralStatus.nullable(), to: ReferralStatus, note: z.string() });

export const ReferralView = z.object({
  id: z.string(),
  student: z.object({ id: z.string(), name: z.string() }),
  referrer: z.object({ id: z.string(), name: z.string() }),
  specialist: z.object({ id: z.string(), name: z.string() }).nullable(),
  line: ReferralLine,
  reason: ReferralReason,
  /** Only for the guidance team (referrer, counsellors, specialist); empty for student and parents. */
  description: z.string(),
  consent: z.enum(['given', 'not_given']),
  noConsentReason: z.string(),
  parentsMaySee: z.boolean(),
  externalParty: z.string(),
  status: ReferralStatus,
  submittedAt: z.string(),
  firstContactAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The specialist's feedback to the referrer, required to close. */
  feedback: z.string(),
  steps: z.array(ReferralStep),
  history: z.array(ReferralEvent),
  waitingDays: z.number(),
  overdue: z.boolean(),
  version: z.number(),
});
export type ReferralView = z.infer<typeof ReferralView>;

export const ReferralSummary = ReferralView.pick({
  id: true,
  student: true,
  referrer: true,
  specialist: true,
  line: true,
  reason: true,
  status: true,
  submittedAt: true,
  firstContactAt: true,
  waitingDays: true,
  overdue: true,
  version: true,
}).extend({ programme: z.string().nullable() });
export type ReferralSummary = z.infer<typeof ReferralSummary>;

/** Moves on a referral. accept: a specialist takes it (first come, first served). */
export const ReferralAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), version: z.number().int() }),
  z.object({ action: z.literal('contact'), version: z.number().int(), note: z.string().trim().max(2000).default('') }),
  z.object({
    action: z.literal('plan'),
    version: z.number().int(),
    steps: z.array(z.object({ what: z.string().trim().min(3).max(500), who: z.string().trim().min(1).max(200), dueDate: z.iso.date().nullable().default(null) })).min(1).max(20),
  }),
  z.object({ action: z.literal('close'), version: z.number().int(), outcome: z.enum(['afgerond', 'terugverwezen']), feedback: z.string().trim().min(10).max(5000) }),
]);
export type ReferralAction = z.infer<typeof ReferralAction>;

export const StepUpdate = z.object({ done: z.boolean() });

export const SecondLineDashboard = z.object({
  waitNormDays: z.number(),
  queue: z.array(ReferralSummary),
  mine: z.array(ReferralSummary),
  /** Days from submission to first contact over the last twelve months; null without data. */
  timeToFirstContact: z.object({ n: z.number(), medianDays: z.number().nullable(), meanDays: z.number().nullable() }),
  perReason: z.array(z.object({ reason: ReferralReason, count: z.number() })),
  perProgramme: z.array(z.object({ programme: z.string(), count: z.number().nullable() })),
});
export type SecondLineDashboard = z.infer<typeof SecondLineDashboard>;

export const HandoverCreate = z.object({
  fromCounsellorId: z.uuid(),
  toCounsellorId: z.uuid(),
  /** Empty: the whole current caseload. */
  studentIds: z.array(z.uuid()).max(1000).default([]),
  note: z.string().trim().min(1).max(5000),
});
export type HandoverCreate = z.infer<typeof HandoverCreate>;

export const HandoverView = z.object({
  id: z.string(),
  from: z.object({ id: z.string(), name: z.string() }),
  to: z.object({ id: z.string(), name: z.string() }),
  note: z.string(),
  students: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type HandoverView = z.infer<typeof HandoverView>;

export const GuidanceStats = z.object({
  minGroupSize: z.number(),
  /** Per programme: share of current students who had the conversations their norm expects by now. */
  withinNorm: z.array(z.object({ programme: z.string(), students: z.number().nullable(), withinNorm: z.number().nullable(), share: z.number().nullable() })),
  caseloadSizes: z.object({ counsellors: z.number(), min: z.number().nullable(), median: z.number().nullable(), max: z.number().nullable(), buckets: z.array(z.object({ label: z.string(), counsellors: z.number() })) }),
  referrals: z.array(z.object({ reason: ReferralReason, count: z.number().nullable(), medianWaitDays: z.number().nullable() })),
});
export type GuidanceStats = z.infer<typeof GuidanceStats>;
