import { z } from 'zod';
import { RESPONDENT_ROLES, RESPONDENT_SUBJECTS } from '../domain/instruments/definition';

/*
 * The contract between server and web for instruments, answering, competence measurements and
 * the 360° scan. The server validates its responses with these schemas; the web uses the types.
 */

export const Text = z.object({ nl: z.string(), en: z.string() });
export type Text = z.infer<typeof Text>;

export const RESPONDENT_SOURCES = ['self', 'counsellor', 'supervisor'] as const;
export const Source = z.enum(RESPONDENT_SOURCES);
export type Source = z.infer<typeof Source>;
/** Every capacity a response can be given in: the sources above plus raters of a counsellor (staff, and students evaluating guidance). */
export const RESPONSE_SOURCES = [...RESPONDENT_SOURCES, 'colleague', 'manager', 'student'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

export const InstrumentView = z.object({
  /** The id of this published version: responses point to it. */
  id: z.string(),
  code: z.string(),
  version: z.number(),
  title: Text,
  description: Text,
  responseScale: z.object({ min: z.number(), max: z.number(), labels: z.array(Text) }),
  respondents: z.array(z.object({ role: z.enum(RESPONDENT_ROLES), about: z.enum(RESPONDENT_SUBJECTS) })),
  scoring: z.object({ rule: z.literal('mean'), minAnsweredFraction: z.number() }),
  scales: z.array(
    z.object({
      code: z.string(),
      title: Text,
      explanation: Text,
      suggestion: Text,
      items: z.array(z.object({ code: z.string(), text: Text, reverse: z.boolean() })),
    }),
  ),
});
export type InstrumentView = z.infer<typeof InstrumentView>;

export const ScaleScoreView = z.object({ code: z.string(), score: z.number().nullable() });
export type ScaleScoreView = z.infer<typeof ScaleScoreView>;

/** Answers by item code. `null` in a PATCH clears an answer. */
export const AnswersPatch = z.object({ answers: z.record(z.string().max(64), z.number().nullable()) });
export type AnswersPatch = z.infer<typeof AnswersPatch>;

/** A response being filled in (or just submitted) by the signed-in user or through a scan link. */
export const ResponseView = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  source: z.enum(RESPONSE_SOURCES),
  /** The subject of the response: a student, or the counsellor of a staff rating. */
  student: z.object({ id: z.string(), name: z.string() }),
  instrument: InstrumentView,
  answers: z.record(z.string(), z.number()),
  startedAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  scales: z.array(ScaleScoreView),
});
export type ResponseView = z.infer<typeof ResponseView>;

export const StartResponse = z.object({
  instrument: z.string().min(1).max(64),
  /** About whom; a student leaves it out (or gives their own id). */
  studentId: z.uuid().optional(),
});
export type StartResponse = z.infer<typeof StartResponse>;

export const Measurement = z.object({
  id: z.string(),
  source: Source,
  instrument: z.object({ code: z.string(), version: z.number() }),
  /** Who filled it in, for the comparison view ("Youssef el Amrani (slb)", "J. de Boer (stage)"). */
  respondentName: z.string().nullable(),
  submittedAt: z.string(),
  scales: z.array(ScaleScoreView),
});
export type Measurement = z.infer<typeof Measurement>;

/** `GET /api/students/:id/competencies`, newest first. */
export const Competencies = z.object({
  measurements: z.array(Measurement),
  /** The student's open draft of the self-assessment, so the start page can offer "verder gaan". */
  draft: z.object({ id: z.string(), answered: z.number(), total: z.number(), updatedAt: z.string() }).nullable(),
});
export type Competencies = z.infer<typeof Competencies>;

export const ScanInvitationCreate = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
});

export const ScanInvitationStatus = z.enum(['open', 'used', 'expired', 'revoked']);
export const ScanInvitationView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  status: ScanInvitationStatus,
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ScanInvitationView = z.infer<typeof ScanInvitationView>;

/** Answer to creating an invitation: the link is shown once, it is stored only as a hash. */
export const ScanInvitationCreated = z.object({
  invitation: ScanInvitationView,
  link: z.string(),
  /** Ready-to-send text (subject + body) in the language chosen by the inviter. */
  message: z.object({ subject: z.string(), body: z.string() }),
  /** false when no SMTP server is configured: the mail waits in the outbox and the UI offers copying. */
  mailSent: z.boolean(),
});
export type ScanInvitationCreated = z.infer<typeof ScanInvitationCreated>;

/** What an external supervisor sees through the link: only this form, no other data. */
export const ScanForm = z.object({
  supervisorName: z.string(),
  studentName: z.string(),
  expiresAt: z.string(),
  response: ResponseView.omit({ student: true }),
});
export type ScanForm = z.infer<typeof ScanForm>;

export const CaseloadCompetencyRow = z.object({
  student: z.object({ id: z.string(), name: z.string(), cohort: z.string().nullable() }),
  latest: z.object({ submittedAt: z.string(), scales: z.array(ScaleScoreView) }).nullable(),
  /** Change of each scale since the previous self-assessment; null when there is no earlier one. */
  change: z.array(ScaleScoreView).nullable(),
});
export type CaseloadCompetencyRow = z.infer<typeof CaseloadCompetencyRow>;

export const CaseloadSort = z.object({
  /** `name` or a scale code of the self-assessment. */
  sort: z.string().max(64).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const CaseloadCompetencies = z.object({
  scales: z.array(z.object({ code: z.string(), title: Text })),
  items: z.array(CaseloadCompetencyRow),
  total: z.number(),
});
export type CaseloadCompetencies = z.infer<typeof CaseloadCompetencies>;

/** Score bands for distributions: [1,2), [2,3), [3,4), [4,5] on a 1–5 scale. */
export const CompetencyGroupStats = z.object({
  programme: z.object({ id: z.string(), name: z.string() }),
  cohort: z.object({ id: z.string(), name: z.string(), schoolYear: z.string() }),
  /** null when the group is smaller than the institution's minimum: nothing else is shown then. */
  n: z.number().nullable(),
  suppressed: z.boolean(),
  scales: z.array(z.object({ code: z.string(), mean: z.number(), distribution: z.array(z.number()) })),
});
export type CompetencyGroupStats = z.infer<typeof CompetencyGroupStats>;

export const CompetencyStats = z.object({
  minGroupSize: z.number(),
  bands: z.array(z.object({ from: z.number(), to: z.number() })),
  scales: z.array(z.object({ code: z.string(), title: Text })),
  groups: z.array(CompetencyGroupStats),
});
export type CompetencyStats = z.infer<typeof CompetencyStats>;

export const AdminInstrumentVersion = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number(),
  title: Text,
  builtin: z.boolean(),
  publishedAt: z.string(),
  responses: z.number(),
});
export type AdminInstrumentVersion = z.infer<typeof AdminInstrumentVersion>;

/** Reliability per scale; only given once `minResponses` submitted responses exist. */
export const Psychometrics = z.object({
  responses: z.number(),
  minResponses: z.number(),
  scales: z
    .array(
      z.object({
        code: z.string(),
        title: Text,
        n: z.number(),
        alpha: z.number().nullable(),
        items: z.array(z.object({ code: z.string(), text: Text, itemTotal: z.number().nullable() })),
      }),
    )
    .nullable(),
});
export type Psychometrics = z.infer<typeof Psychometrics>;

export const InstrumentProblem = z.object({ path: z.string(), message: z.string() });
