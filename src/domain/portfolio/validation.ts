import { checkSmart, type SmartResult } from '../conversations/smart';
import { EXPERIENCE_FIELDS, templateByCode, type ReflectionTemplate, type TemplateField } from './templates';

/*
 * What a piece of evidence needs before it can be final, and the SMART check for a POP goal. A
 * draft may be incomplete: students write in bits, and autosave stores whatever is there.
 */

export type EvidenceBody = Record<string, string>;

function missingIn(fields: readonly TemplateField[], body: EvidenceBody): string[] {
  return fields.filter((f) => f.required && (body[f.code] ?? '').trim() === '').map((f) => f.code);
}

/** The codes of required fields that are still empty; empty means the reflection can be final. */
export function missingReflectionFields(template: ReflectionTemplate, body: EvidenceBody): string[] {
  return missingIn(templateByCode(template).fields, body);
}

export function missingExperienceFields(body: EvidenceBody): string[] {
  return missingIn(EXPERIENCE_FIELDS, body);
}

/** Only the template's own fields are kept, so a body never carries stray keys into exports. */
export function cleanBody(fields: readonly TemplateField[], body: EvidenceBody): EvidenceBody {
  return Object.fromEntries(fields.map((f) => [f.code, body[f.code] ?? '']));
}

export function fieldsFor(kind: 'reflection' | 'experience' | 'file', template: ReflectionTemplate | null): readonly TemplateField[] {
  if (kind === 'reflection') return templateByCode(template ?? 'free').fields;
  if (kind === 'experience') return EXPERIENCE_FIELDS;
  return [{ code: 'note', label: { nl: 'Toelichting', en: 'Note' }, question: { nl: '', en: '' }, required: false }];
}

/**
 * A POP goal is always the student's own, so the owner is the student; the description counts
 * towards "measurable" (that is where students say how they will know) but not towards the
 * one-step check, which applies to the goal sentence itself.
 */
export function checkGoalSmart(goal: { title: string; description: string; dueOn: string | null }, today: string): SmartResult {
  return checkSmart({ what: goal.title, detail: goal.description, owner: 'student', due: goal.dueOn, today, subject: 'goal' });
}
