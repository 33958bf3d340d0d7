import type { InstrumentDefinition } from '../../domain/instruments/definition';
import { scoreResponse, validateAnswers, type Answers } from '../../domain/instruments/scoring';
import type { ResponseView } from '../../shared/competencies';
import { AppError } from '../errors';
import * as instruments from '../repositories/instruments.repository';
import * as repo from '../repositories/responses.repository';
import type { Queryable } from '../repositories/types';
import { definitionOf, present } from './instruments.service';

/*
 * Filling in an instrument, the same for a signed-in respondent and for a supervisor behind a scan
 * link: validate every answer before storing any, keep drafts, score once at submission.
 */

export async function loadDefinition(db: Queryable, institutionId: string, versionId: string): Promise<InstrumentDefinition> {
  const row = await instruments.findVersion(db, institutionId, versionId);
  if (!row) throw new AppError('instrument_unknown');
  return definitionOf(row);
}

export async function viewOf(db: Queryable, row: repo.ResponseRow, definition: InstrumentDefinition): Promise<ResponseView> {
  const answers = await repo.answersOf(db, row.id);
  const scored = scoreResponse(definition, answers);
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    student: { id: row.student_id, name: row.student_name },
    instrument: present(row.instrument_version_id, definition),
    answers,
    startedAt: row.started_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    scales: scored.scales.map((s) => ({ code: s.code, score: s.score })),
  };
}

/**
 * A patch of answers (null clears one) split into values to set and items to clear, after checking
 * every one against the definition: one bad value and the whole patch is refused.
 */
export function checkedPatch(definition: InstrumentDefinition, patch: Record<string, number | null>, language: 'nl' | 'en'): { set: Answers; clear: string[] } {
  const set: Answers = {};
  const clear: string[] = [];
  for (const [code, value] of Object.entries(patch)) {
    if (value === null) clear.push(code);
    else set[code] = value;
  }
  const known = new Set(definition.items.map((i) => i.code));
  const problems = [
    ...validateAnswers(definition, set),
    ...clear.filter((c) => !known.has(c)).map((c) => ({ path: `answers.${c}`, message_nl: `Onbekende vraag "${c}".`, message_en: `Unknown item "${c}".` })),
  ];
  if (problems.length > 0) {
    throw new AppError('answers_invalid', { problems: problems.map((p) => ({ path: p.path, message: language === 'en' ? p.message_en : p.message_nl })) });
  }
  return { set, clear };
}

/** Stores a set of answers (null clears one) — all or nothing: one bad value and nothing changes. */
export async function applyAnswers(
  db: Queryable,
  row: repo.ResponseRow,
  definition: InstrumentDefinition,
  patch: Record<string, number | null>,
  language: 'nl' | 'en',
): Promise<void> {
  if (row.status !== 'draft') throw new AppError('response_submitted');
  const { set, clear } = checkedPatch(definition, patch, language);
  await repo.saveAnswers(db, row.id, Object.entries(set), clear);
}

/** Scores the answers and closes the response; every scale needs enough answers to mean something. */
export async function submitResponse(db: Queryable, row: repo.ResponseRow, definition: InstrumentDefinition): Promise<void> {
  if (row.status !== 'draft') throw new AppError('response_submitted');
  const scored = scoreResponse(definition, await repo.answersOf(db, row.id));
  const missing = scored.scales.filter((s) => s.score === null).map((s) => s.code);
  if (missing.length > 0) throw new AppError('response_incomplete', { scales: missing });
  await repo.markSubmitted(db, row.id, scored.scales);
}
