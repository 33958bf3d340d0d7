import type { AnswersPatch, ResponseView, StartResponse } from '../../shared/competencies';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { answeringCapacity, type Actor } from '../policies/policy';
import * as instruments from '../repositories/instruments.repository';
import { relationshipLookup } from '../repositories/relationships.repository';
import * as repo from '../repositories/responses.repository';
import type { Queryable } from '../repositories/types';
import { uniqueViolation } from '../db/unique-violation';
import { applyAnswers, loadDefinition, submitResponse, viewOf } from './answering';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';
import { useOf } from '../../domain/instruments/definition';

/** Responses filled in by a signed-in user: a student about themself, a counsellor about a student. */

export async function startResponse(ctx: AppContext, actor: Actor, input: StartResponse): Promise<ResponseView> {
  const studentId = input.studentId ?? actor.id;
  const version = await instruments.latestVersionOf(ctx.db, actor.institutionId, input.instrument);
  if (!version) throw new AppError('instrument_unknown');
  const definition = definitionOf(version);
  // Quality-monitor questionnaires are answered only through a campaign invitation (see survey-answering).
  if (useOf(definition) !== 'measurement') throw new AppError('instrument_not_for_you');
  const source = await answeringCapacity(actor, studentId, definition.respondents, relationshipLookup(ctx.db));
  const existing = await repo.findDraft(ctx.db, actor.id, studentId, version.id);
  if (existing) return viewOf(ctx.db, existing, definition);
  try {
    const id = await repo.insertResponse(ctx.db, {
      institutionId: actor.institutionId,
      versionId: version.id,
      studentId,
      source,
      respondentId: actor.id,
      invitationId: null,
    });
    const row = await repo.findResponse(ctx.db, id);
    if (!row) throw new AppError('internal');
    return viewOf(ctx.db, row, definition);
  } catch (error) {
    // Two tabs starting at once: the other one created the draft, use it.
    if (uniqueViolation(error) === null) throw error;
    const draft = await repo.findDraft(ctx.db, actor.id, studentId, version.id);
    if (!draft) throw error;
    return viewOf(ctx.db, draft, definition);
  }
}

/** Only the respondent sees their response through this route; for anyone else it does not exist. */
async function ownResponse(db: Queryable, actor: Actor, id: string, forUpdate = false) {
  const row = await repo.findResponse(db, id, { forUpdate });
  if (!row || row.respondent_id !== actor.id || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  return row;
}

export async function getResponse(ctx: AppContext, actor: Actor, id: string): Promise<ResponseView> {
  const row = await ownResponse(ctx.db, actor, id);
  return viewOf(ctx.db, row, await loadDefinition(ctx.db, actor.institutionId, row.instrument_version_id));
}

export async function answer(ctx: AppContext, actor: Actor, id: string, patch: AnswersPatch): Promise<ResponseView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownResponse(trx, actor, id, true);
    const definition = await loadDefinition(trx, actor.institutionId, row.instrument_version_id);
    await applyAnswers(trx, row, definition, patch.answers, actor.language);
    return viewOf(trx, (await repo.findResponse(trx, id)) ?? row, definition);
  });
}

export async function submit(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<ResponseView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownResponse(trx, actor, id, true);
    const definition = await loadDefinition(trx, actor.institutionId, row.instrument_version_id);
    await submitResponse(trx, row, definition);
    await audit(trx, actor, 'instrument.submit', { studentId: row.student_id, entityType: 'instrument_response', entityId: id, detail: { code: definition.code, source: row.source } }, ip);
    return viewOf(trx, (await repo.findResponse(trx, id)) ?? row, definition);
  });
}
