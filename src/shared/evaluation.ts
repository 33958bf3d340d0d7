import { z } from 'zod';
import { Text } from './competencies';

/*
 * The contract for the end-of-year student evaluation of guidance and for the administrator's
 * team screen. Evaluation results only ever travel as means per scale with their count; no row
 * here can name or single out a student.
 */

export const SchoolYear = z.string().regex(/^\d{4}-\d{4}$/);

/** Means per scale of one school year; `means` is null below the minimum number of responses. */
export const EvaluationYear = z.object({
  schoolYear: SchoolYear,
  responses: z.number(),
  means: z.array(z.object({ code: z.string(), mean: z.number().nullable() })).nullable(),
});
export type EvaluationYear = z.infer<typeof EvaluationYear>;

export const EvaluationSummary = z.object({
  minResponses: z.number(),
  /** Whether the school runs the evaluation in the current school year. */
  runningThisYear: z.boolean(),
  scales: z.array(z.object({ code: z.string(), title: Text, explanation: Text })),
  /** The current school year first, then earlier years that had responses (at most three in all). */
  years: z.array(EvaluationYear),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;

/** The team leader's view: the same, for the team as a whole, and only over at least two counsellors. */
export const TeamEvaluationSummary = EvaluationSummary.extend({ minCounsellors: z.number() });
export type TeamEvaluationSummary = z.infer<typeof TeamEvaluationSummary>;

/** What a student sees: whether the evaluation is open and, per current counsellor, how far they are. */
export const MyEvaluation = z.object({
  open: z.boolean(),
  schoolYear: SchoolYear,
  counsellors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(['todo', 'draft', 'done']),
    }),
  ),
});
export type MyEvaluation = z.infer<typeof MyEvaluation>;

export const EvaluationSettings = z.object({
  currentSchoolYear: SchoolYear,
  years: z.array(z.object({ schoolYear: SchoolYear, enabled: z.boolean(), updatedAt: z.string(), updatedBy: z.string().nullable() })),
});
export type EvaluationSettings = z.infer<typeof EvaluationSettings>;
export const EvaluationSwitch = z.object({ schoolYear: SchoolYear, enabled: z.boolean() });

/* ---- teams, for the administrator ---- */

const Person = z.object({ id: z.string(), name: z.string() });

export const AdminTeam = z.object({ id: z.string(), name: z.string(), leader: Person, members: z.array(Person) });
export type AdminTeam = z.infer<typeof AdminTeam>;
export const AdminTeamList = z.object({ items: z.array(AdminTeam) });
export const TeamCreate = z.object({ name: z.string().trim().min(1).max(200), leaderId: z.uuid(), memberIds: z.array(z.uuid()).max(200).default([]) });
export const TeamUpdate = z
  .object({ name: z.string().trim().min(1).max(200).optional(), leaderId: z.uuid().optional() })
  .refine((v) => v.name !== undefined || v.leaderId !== undefined, { message: 'name or leaderId' });
export const TeamMemberParams = z.object({ id: z.uuid(), userId: z.uuid() });
