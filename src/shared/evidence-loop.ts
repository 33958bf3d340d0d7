import { z } from 'zod';
import { EVIDENCE_COLUMNS } from '../domain/evidence-loop/model';

/*
 * The evidence loop: growth in career competencies related to the guidance the platform recorded,
 * over the institution's own students. Aggregates only; programmes below the minimum group size
 * are pooled or left out, and below the minimum overall there is no analysis at all.
 */

const Lines = z.object({ nl: z.array(z.string()), en: z.array(z.string()) });

export const EvidenceCoefficient = z.object({
  name: z.string(),
  kind: z.enum(['intercept', 'predictor', 'programme']),
  estimate: z.number(),
  se: z.number(),
  p: z.number().nullable(),
});

export const EvidenceModel = z.object({
  n: z.number().int(),
  predictors: z.array(z.enum(EVIDENCE_COLUMNS)),
  coefficients: z.array(EvidenceCoefficient),
  rSquared: z.number(),
});
export type EvidenceModel = z.infer<typeof EvidenceModel>;

export const EvidenceProgramme = z.object({
  /** null for the pooled small programmes ("overige opleidingen"). */
  id: z.uuid().nullable(),
  name: z.string(),
  n: z.number().int(),
  meanGrowth: z.number(),
  meanConversations: z.number(),
  withFeedback: z.number().int(),
  /** Correlation of conversation count and growth within the programme. */
  r: z.number().nullable(),
  /** Programme mean of the latest student survey's learning-environment scales (context, never linked to a student). */
  practiceOriented: z.number().nullable(),
  demandOriented: z.number().nullable(),
});

export const EvidenceLoop = z.object({
  minGroupSize: z.number().int(),
  /** Students with two career-competency measurements (before any suppression). */
  eligible: z.number().int(),
  status: z.enum(['ok', 'too_few_students']),
  n: z.number().int(),
  meanGrowth: z.number().nullable(),
  programmes: z.array(EvidenceProgramme),
  /** How many programmes were left out because they were too small, even together. */
  programmesLeftOut: z.number().int(),
  /** growth ~ conversations + programme. */
  frequency: EvidenceModel.nullable(),
  /** growth ~ conversations + form and content (students who gave feedback). */
  form: EvidenceModel.nullable(),
  learningEnvironmentSource: z.object({ campaignId: z.uuid(), title: z.string() }).nullable(),
  explanation: z.object({ findings: Lines, limits: Lines }),
});
export type EvidenceLoop = z.infer<typeof EvidenceLoop>;
