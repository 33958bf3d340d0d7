import { z } from 'zod';
import { CHOICE_CHECK_OUTCOMES, PRIOR_EDUCATION } from '../domain/transition/intake';
import { MILESTONE_KINDS } from '../domain/transition/milestones';

/*
 * The contract for the intake and the first 100 days. Every write to an intake carries the
 * `version` the writer last saw (0 to create one); a stale version is refused with 409
 * `intake_changed`, so two people never overwrite each other silently.
 */

const text = (max: number) => z.string().max(max);

export const IntakeFieldsInput = z.object({
  priorEducation: z.enum(PRIOR_EDUCATION).nullable(),
  mboLevel: z.number().int().min(1).max(4).nullable().describe('Only for prior education mbo'),
  priorDetail: text(300).describe('The mbo programme, or what "other" prior education was'),
  learningHistory: text(10000),
  choiceCheckOutcome: z.enum(CHOICE_CHECK_OUTCOMES).nullable(),
  choiceCheckAdvice: text(5000),
  supportNeeds: text(5000),
  firstSteps: text(5000),
});
export type IntakeFieldsInput = z.infer<typeof IntakeFieldsInput>;

export const IntakeSave = z.object({
  version: z.number().int().min(0).describe('The version last seen; 0 when creating the intake'),
  fields: IntakeFieldsInput,
  dossierImportId: z.uuid().nullable().optional().describe('The dossier import this intake builds on; omitted: unchanged'),
  status: z
    .enum(['draft', 'complete'])
    .optional()
    .describe('complete: refused with intake_incomplete while fields are missing; omitted: unchanged (an edit that empties a required field reopens it)'),
});
export type IntakeSave = z.infer<typeof IntakeSave>;

export const HandoverTick = z.object({ done: z.boolean() });

const Person = z.object({ id: z.string(), name: z.string() });

export const HandoverItemView = z.object({
  code: z.string(),
  text: z.string(),
  done: z.boolean(),
  doneBy: Person.nullable(),
  doneAt: z.string().nullable(),
});

export const DossierImportSummary = z.object({
  id: z.string(),
  sourceInstitution: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  exportedAt: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
  goals: z.array(z.string()).describe('Titles of the goals that came in'),
  educationHistory: z.array(z.object({ institution: z.string(), programme: z.string(), level: z.string(), schoolYear: z.string() })),
});
export type DossierImportSummary = z.infer<typeof DossierImportSummary>;

export const IntakeRecord = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'complete']),
  fields: IntakeFieldsInput,
  missing: z.array(z.string()).describe('Fields still needed before the intake can be complete'),
  dossierImportId: z.string().nullable(),
  handover: z.array(HandoverItemView),
  createdBy: Person,
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type IntakeRecord = z.infer<typeof IntakeRecord>;

export const IntakeView = z.object({
  studentId: z.string(),
  studentName: z.string(),
  enrolment: z
    .object({ id: z.string(), programme: z.string(), level: z.enum(['vo', 'mbo', 'hbo']), cohort: z.string(), startDate: z.string() })
    .nullable()
    .describe('The current enrolment the intake belongs to; null: not enrolled, no intake possible'),
  intake: IntakeRecord.nullable(),
  canEdit: z.boolean(),
  dossierImports: z.array(DossierImportSummary),
});
export type IntakeView = z.infer<typeof IntakeView>;

/* ---- first 100 days ---- */

export const MilestoneKind = z.enum(MILESTONE_KINDS);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const MilestoneItem = z.object({
  id: z.string().nullable().describe("The programme's milestone id; null for a default milestone"),
  name: z.string(),
  week: z.number().int(),
  kind: MilestoneKind,
  dueOn: z.string(),
  metOn: z.string().nullable(),
  state: z.enum(['done', 'missed', 'upcoming']),
  /** A manual milestone the viewer may tick or untick. */
  tickable: z.boolean(),
});
export type MilestoneItem = z.infer<typeof MilestoneItem>;

export const JourneyView = z.object({
  studentId: z.string(),
  programme: z.string().nullable(),
  journeyStart: z.string().nullable().describe('Start of the first enrolment in the current programme'),
  day: z.number().int().nullable().describe('Day of the journey today (1 = first day); null before the start or without enrolment'),
  ownMilestones: z.boolean().describe("false: the programme set none and the defaults for its level apply"),
  items: z.array(MilestoneItem),
  summary: z.object({ done: z.number().int(), missed: z.number().int(), upcoming: z.number().int(), total: z.number().int() }),
});
export type JourneyView = z.infer<typeof JourneyView>;

export const MilestoneTick = z.object({ done: z.boolean() });

export const MilestoneDefinition = z.object({
  id: z.uuid().optional().describe('Keep to update an existing milestone (its manual ticks stay); omit for a new one'),
  nameNl: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  week: z.number().int().min(1).max(52),
  kind: MilestoneKind,
});
export type MilestoneDefinition = z.infer<typeof MilestoneDefinition>;

export const ProgrammeMilestonesSave = z.object({
  items: z.array(MilestoneDefinition).max(30).describe('The whole list; an empty list returns the programme to the defaults of its level'),
});
export type ProgrammeMilestonesSave = z.infer<typeof ProgrammeMilestonesSave>;

export const ProgrammeMilestones = z.object({
  programme: z.object({ id: z.string(), name: z.string(), level: z.enum(['vo', 'mbo', 'hbo']) }),
  own: z.boolean(),
  items: z.array(MilestoneDefinition.extend({ id: z.string().optional() })),
  defaults: z.array(MilestoneDefinition.omit({ id: true })),
});
export type ProgrammeMilestones = z.infer<typeof ProgrammeMilestones>;
