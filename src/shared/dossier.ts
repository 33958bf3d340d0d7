import { z } from 'zod';
import { ConversationType } from './conversations';
import { COMPETENCY_CODES } from '../domain/instruments/builtin/competencies';

/*
 * The loopbaandossier: everything a student owns in Koers, in one open, documented format that
 * moves with them to the next school. This zod contract is the single source: the JSON Schema in
 * docs/loopbaandossier.schema.json is generated from it (see scripts/dossier-schema.ts) and a test
 * keeps the two equal. Ids inside a dossier are local references (evidence → goal, file → path);
 * an import gives every item a new id.
 */

export const DOSSIER_FORMAT = 'koers-loopbaandossier';
export const DOSSIER_FORMAT_VERSION = 1;
export const DOSSIER_JSON_NAME = 'dossier.json';

const text = (max: number) => z.string().max(max);
const LocalId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/).describe('Local reference inside this dossier (not an id in any school)');
const DateOnly = z.iso.date().describe('Calendar date, YYYY-MM-DD');
const Timestamp = z.iso.datetime({ offset: true }).describe('Moment in ISO 8601 with time zone');
const Competency = z.enum(COMPETENCY_CODES).describe('One of the five career competencies');

const Profile = z
  .object({ name: text(300), email: z.string().max(320).nullable() })
  .describe('Who the dossier is of, as known at the school that made it; used at intake to check it is the right student');

const EducationPeriod = z
  .object({
    institution: text(300),
    programme: text(300),
    level: z.enum(['vo', 'mbo', 'hbo']),
    cohort: text(200),
    schoolYear: z.string().regex(/^\d{4}-\d{4}$/),
    startDate: DateOnly,
    endDate: DateOnly.nullable(),
  })
  .describe('A period in a programme and class (enrolment)');

const GoalAction = z.object({
  description: text(2000),
  dueOn: DateOnly.nullable(),
  status: z.enum(['open', 'done', 'dropped']),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const GoalReview = z.object({
  progress: z.enum(['not_started', 'behind', 'on_track', 'achieved']),
  note: text(10000),
  byStudent: z.boolean().describe('Written by the student (true) or by guidance staff of the school (false)'),
  createdAt: Timestamp,
});

const GoalRevision = z.object({
  snapshot: z.json().describe('The goal as it was before a change'),
  byStudent: z.boolean(),
  changedAt: Timestamp,
});

const Goal = z
  .object({
    id: LocalId,
    title: text(300),
    description: text(10000),
    dueOn: DateOnly.nullable(),
    status: z.enum(['active', 'achieved', 'stopped']),
    competencies: z.array(Competency).max(5),
    actions: z.array(GoalAction).max(200),
    reviews: z.array(GoalReview).max(500),
    revisions: z.array(GoalRevision).max(1000),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .describe('A POP goal with its actions, progress reviews and earlier versions');

export const DossierFile = z
  .object({
    id: LocalId,
    name: text(255).min(1).describe('The original file name'),
    path: text(400).describe('Where the bytes are in the zip: files/<id>/<safe name>'),
    mediaType: text(200),
    sizeBytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: Timestamp,
  })
  .describe('A file attached to evidence; its bytes are in the zip next to dossier.json');

const Evidence = z
  .object({
    id: LocalId,
    kind: z.enum(['reflection', 'experience', 'file']),
    title: text(300),
    template: z.enum(['cycle', 'starrtt', 'free']).nullable().describe('Reflections: the reflection model used'),
    body: z.record(z.string().max(40), z.string().max(10_000)).describe('The content, per field of the template'),
    experienceType: z.enum(['bpv', 'job', 'volunteering', 'open_day', 'shadowing', 'other']).nullable(),
    organisation: text(300).nullable(),
    happenedOn: DateOnly.nullable(),
    status: z.enum(['draft', 'final']),
    forGuidance: z.boolean().describe('Whether the student showed it to guidance staff'),
    competencies: z.array(Competency).max(5),
    goalIds: z.array(LocalId).max(100).describe('Goals (ids in this dossier) this evidence belongs to'),
    files: z.array(DossierFile).max(50),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .describe('Evidence: a reflection, an experience or a file');

const Feedback = z
  .object({
    evidenceId: LocalId.nullable(),
    askedFrom: text(300).describe('Whom the student asked'),
    question: text(5000),
    authorName: text(300),
    body: text(20000),
    askedAt: Timestamp,
    answeredAt: Timestamp,
  })
  .describe('Feedback the student received from someone they asked');

const ShowcaseItem = z.union([z.object({ evidenceId: LocalId }).strict(), z.object({ goalId: LocalId }).strict()]);

const ShowcasePage = z
  .object({
    title: text(300),
    intro: text(10000),
    showCompetencyChart: z.boolean(),
    items: z.array(ShowcaseItem).max(200),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .describe('A showcase page; who it was shared with stays at the old school');

const Measurement = z
  .object({
    instrument: z.object({ code: text(100), version: z.number().int().min(1) }),
    submittedAt: Timestamp,
    answers: z.record(z.string().max(64), z.number()),
    scales: z.array(z.object({ code: text(100), score: z.number().nullable(), answered: z.number().int().min(0), total: z.number().int().min(0) })),
  })
  .describe("A submitted self-assessment: the instrument's code and version, the answers and the scale scores");

const Conversation = z
  .object({
    type: ConversationType,
    startsAt: Timestamp,
    heldAt: Timestamp.nullable(),
    agenda: text(10000),
    experience: text(10000),
    summary: text(10000).describe("The student's own summary"),
    notes: z.array(z.object({ phase: text(50).nullable(), body: text(20000), competencies: z.array(text(100)), createdAt: Timestamp })),
    actions: z.array(z.object({ what: text(2000), owner: z.enum(['student', 'counsellor', 'other']), dueDate: DateOnly, status: z.enum(['open', 'done', 'dropped']) })),
  })
  .describe('A held career conversation: only what the student could see (their preparation, summary, notes shared with them, actions)');

export const Dossier = z
  .object({
    format: z.literal(DOSSIER_FORMAT).describe('Always "koers-loopbaandossier"'),
    formatVersion: z.literal(DOSSIER_FORMAT_VERSION).describe('Version of this format; a reader refuses versions it does not know'),
    exportedAt: Timestamp.describe('When the dossier was made'),
    source: z.object({ institution: text(300) }).describe('The school that made the dossier'),
    student: Profile,
    educationHistory: z.array(EducationPeriod).max(100).describe('Programmes and classes, at this and earlier schools'),
    goals: z.array(Goal).max(1000).describe('The POP: goals with actions, reviews and history'),
    evidence: z.array(Evidence).max(5000).describe('Reflections, experiences and files'),
    feedback: z.array(Feedback).max(5000).describe('Feedback received (answered requests only)'),
    showcasePages: z.array(ShowcasePage).max(200).describe('Showcase pages, without shares, links or views'),
    measurements: z.array(Measurement).max(1000).describe("The student's own submitted self-assessments (not ratings by others)"),
    conversations: z.array(Conversation).max(1000).describe('Held career conversations, as far as the student could see them; never team or private notes'),
  })
  .meta({ title: 'Koers loopbaandossier', description: 'Everything a student owns in Koers, to take to another school' });
export type Dossier = z.infer<typeof Dossier>;

/** What the student agrees to; the text shown is the text recorded with the import. */
export const CONSENT_TEXT = {
  nl: 'De student geeft toestemming om dit loopbaandossier van de vorige school in Koers van deze school op te nemen. De student kan de opgenomen stukken later zelf aanpassen of verwijderen.',
  en: 'The student agrees that this career dossier from their previous school is added to Koers at this school. The student can change or delete the imported items later.',
} as const;

export const DossierImportQuery = z.object({
  studentId: z.uuid(),
  consent: z.enum(['true', 'false']).optional().describe('"true": the student agreed to the consent text; without it nothing is read (dossier_consent_required)'),
  language: z.enum(['nl', 'en']).default('nl').describe('The language in which the consent text was shown'),
});

export const DossierCounts = z.object({
  goals: z.number().int(),
  evidence: z.number().int(),
  files: z.number().int(),
  feedback: z.number().int(),
  showcasePages: z.number().int(),
  measurements: z.number().int(),
  conversations: z.number().int(),
  educationHistory: z.number().int(),
});
export type DossierCounts = z.infer<typeof DossierCounts>;

export const DossierImportResult = z.object({
  id: z.string(),
  studentId: z.string(),
  sourceInstitution: z.string(),
  sourceStudentName: z.string(),
  exportedAt: z.string(),
  counts: DossierCounts,
});
export type DossierImportResult = z.infer<typeof DossierImportResult>;

/** One problem found in an uploaded dossier: where (a JSON path or zip entry) and what. */
export const DossierProblem = z.object({ path: z.string(), message: z.string() });
export type DossierProblem = z.infer<typeof DossierProblem>;

/** The published JSON Schema (draft 2020-12) of dossier.json, generated from the contract above. */
export function dossierJsonSchema(): Record<string, unknown> {
  return { $id: 'https://koers.example/schemas/loopbaandossier-1.json', ...z.toJSONSchema(Dossier, { target: 'draft-2020-12' }) };
}
