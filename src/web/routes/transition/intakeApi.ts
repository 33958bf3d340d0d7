import { api } from '../../api/client';
import type { IntakeFieldsInput, IntakeSave, IntakeView, JourneyView, ProgrammeMilestones, ProgrammeMilestonesSave } from '../../../shared/intake';

/** Calls for the intake and the first 100 days. */

const student = (id: string) => `/students/${encodeURIComponent(id)}`;

export const intakeKey = (studentId: string) => ['intake', studentId] as const;
export const journeyKey = (studentId: string) => ['milestones', studentId] as const;

export const getIntake = (studentId: string) => api<IntakeView>(`${student(studentId)}/intake`);
export const saveIntake = (studentId: string, body: IntakeSave) => api<IntakeView>(`${student(studentId)}/intake`, { method: 'PUT', json: body });
export const tickHandover = (studentId: string, code: string, done: boolean) =>
  api<IntakeView>(`${student(studentId)}/intake/handover/${encodeURIComponent(code)}`, { method: 'PUT', json: { done } });

export const getJourney = (studentId: string) => api<JourneyView>(`${student(studentId)}/milestones`);
export const tickMilestone = (studentId: string, milestoneId: string, done: boolean) =>
  api<JourneyView>(`${student(studentId)}/milestones/${encodeURIComponent(milestoneId)}`, { method: 'PUT', json: { done } });

export const getProgrammeMilestones = (programmeId: string) => api<ProgrammeMilestones>(`/admin/programmes/${encodeURIComponent(programmeId)}/milestones`);
export const saveProgrammeMilestones = (programmeId: string, body: ProgrammeMilestonesSave) =>
  api<ProgrammeMilestones>(`/admin/programmes/${encodeURIComponent(programmeId)}/milestones`, { method: 'PUT', json: body });

/** The autosave hook works on texts; choices are sent as text too ('' for none). */
export type IntakeTexts = Record<keyof IntakeFieldsInput, string>;

export const INTAKE_FIELDS = ['priorEducation', 'mboLevel', 'priorDetail', 'learningHistory', 'choiceCheckOutcome', 'choiceCheckAdvice', 'supportNeeds', 'firstSteps'] as const;

export function toTexts(f: IntakeFieldsInput): IntakeTexts {
  return {
    priorEducation: f.priorEducation ?? '',
    mboLevel: f.mboLevel === null ? '' : String(f.mboLevel),
    priorDetail: f.priorDetail,
    learningHistory: f.learningHistory,
    choiceCheckOutcome: f.choiceCheckOutcome ?? '',
    choiceCheckAdvice: f.choiceCheckAdvice,
    supportNeeds: f.supportNeeds,
    firstSteps: f.firstSteps,
  };
}

export function fromTexts(t: Record<string, string>): IntakeFieldsInput {
  const v = (k: string) => t[k] ?? '';
  return {
    priorEducation: (v('priorEducation') || null) as IntakeFieldsInput['priorEducation'],
    mboLevel: v('priorEducation') === 'mbo' && v('mboLevel') ? Number(v('mboLevel')) : null,
    priorDetail: v('priorDetail'),
    learningHistory: v('learningHistory'),
    choiceCheckOutcome: (v('choiceCheckOutcome') || null) as IntakeFieldsInput['choiceCheckOutcome'],
    choiceCheckAdvice: v('choiceCheckAdvice'),
    supportNeeds: v('supportNeeds'),
    firstSteps: v('firstSteps'),
  };
}

export const EMPTY_FIELDS: IntakeFieldsInput = fromTexts({});
