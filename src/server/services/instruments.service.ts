import { createHash } from 'node:crypto';
import { BUILTIN_INSTRUMENTS } from '../../domain/instruments/builtin/index';
import { useOf, validateInstrument, type InstrumentDefinition } from '../../domain/instruments/definition';
import { scaleReliability } from '../../domain/instruments/psychometrics';
import type { Answers } from '../../domain/instruments/scoring';
import type { InstrumentView } from '../../shared/competencies';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/instruments.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';

/** Reliability figures mean little on fewer responses, and could hint at individuals. */
export const MIN_RESPONSES_FOR_PSYCHOMETRICS = 30;

export function checksum(definition: InstrumentDefinition): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
}

/**
 * Makes the built-in instrument files available as published versions. A version that was
 * published before must be byte-for-byte the same: editing a shipped version would silently
 * change the meaning of every stored answer, so start-up refuses and asks for a new version.
 */
export async function publishBuiltinInstruments(db: Queryable): Promise<void> {
  const existing = new Map((await repo.builtinVersions(db)).map((v) => [`${v.code}@${v.version}`, v.checksum]));
  for (const definition of BUILTIN_INSTRUMENTS) {
    const sum = checksum(definition);
    const stored = existing.get(`${definition.code}@${definition.version}`);
    if (stored === sum) continue;
    if (stored !== undefined)
      throw new Error(
        `Ingebouwde vragenlijst ${definition.code} versie ${definition.version} is na publicatie gewijzigd. ` +
          'Een gepubliceerde versie verandert nooit: geef de wijziging een nieuw versienummer.',
      );
    await repo.insertVersion(db, { institutionId: null, code: definition.code, version: definition.version, definition, checksum: sum, createdBy: null });
  }
}

/** Stored definitions were validated when published; parsing again guards against hand edits in the database. */
export function definitionOf(row: repo.VersionRow): InstrumentDefinition {
  const result = validateInstrument(row.definition);
  if (!result.ok) throw new Error(`Opgeslagen vragenlijst ${row.code}@${row.version} is ongeldig: ${result.problems[0]?.path ?? ''}`);
  return result.instrument;
}

export async function publishedInstruments(ctx: AppContext, actor: Actor): Promise<InstrumentView[]> {
  const rows = await repo.latestVersions(ctx.db, actor.institutionId);
  // The competence flows list these; survey and team-scan instruments belong to campaigns only.
  return rows.map((row) => ({ id: row.id, definition: definitionOf(row) }))
    .filter((r) => useOf(r.definition) === 'measurement')
    .map((r) => present(r.id, r.definition));
}

export async function importInstrument(ctx: AppContext, actor: Actor, input: unknown, ip: string) {
  const result = validateInstrument(input);
  if (!result.ok) {
    const problems = result.problems.map((p) => ({ path: p.path, message: actor.language === 'en' ? p.message_en : p.message_nl }));
    throw new AppError('instrument_invalid', { problems });
  }
  const definition = result.instrument;
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.versionExists(trx, actor.institutionId, definition.code, definition.version)) throw new AppError('instrument_version_exists');
    const id = await repo.insertVersion(trx, {
      institutionId: actor.institutionId,
      code: definition.code,
      version: definition.version,
      definition,
      checksum: checksum(definition),
      createdBy: actor.id,
    });
    await audit(trx, actor, 'instrument.import', { entityType: 'instrument_version', entityId: id, detail: { code: definition.code, version: definition.version } }, ip);
    const row = await repo.findVersion(trx, actor.institutionId, id);
    if (!row) throw new AppError('internal');
    return adminView({ ...row, responses: 0 });
  });
}

export async function listForAdmin(ctx: AppContext, actor: Actor) {
  const rows = await repo.listVersions(ctx.db, actor.institutionId);
  return { items: rows.map(adminView) };
}

function adminView(row: repo.VersionRow & { responses: number }) {
  const definition = definitionOf(row);
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    title: definition.title,
    builtin: row.institution_id === null,
    publishedAt: row.published_at.toISOString(),
    responses: row.responses,
  };
}

export async function psychometrics(ctx: AppContext, actor: Actor, versionId: string) {
  const row = await repo.findVersion(ctx.db, actor.institutionId, versionId);
  if (!row) throw new AppError('not_found');
  const definition = definitionOf(row);
  const matrix = await repo.answerMatrix(ctx.db, actor.institutionId, versionId);
  const responses: Answers[] = [];
  let current: string | null = null;
  for (const a of matrix) {
    if (a.response_id !== current) {
      responses.push({});
      current = a.response_id;
    }
    (responses[responses.length - 1] as Answers)[a.item_code] = a.value;
  }
  const base = { responses: responses.length, minResponses: MIN_RESPONSES_FOR_PSYCHOMETRICS };
  if (responses.length < MIN_RESPONSES_FOR_PSYCHOMETRICS) return { ...base, scales: null };
  const texts = new Map(definition.items.map((i) => [i.code, i.text]));
  return {
    ...base,
    scales: scaleReliability(definition, responses).map((s) => ({
      code: s.scaleCode,
      title: definition.scales.find((d) => d.code === s.scaleCode)?.title ?? { nl: s.scaleCode, en: s.scaleCode },
      n: s.n,
      alpha: s.alpha,
      items: s.itemTotal.map((i) => ({ code: i.item, text: texts.get(i.item) ?? { nl: i.item, en: i.item }, itemTotal: i.r })),
    })),
  };
}

/** The client view: each scale with its items inline, in the order they are asked. */
export function present(id: string, instrument: InstrumentDefinition): InstrumentView {
  const items = new Map(instrument.items.map((i) => [i.code, i]));
  return {
    id,
    code: instrument.code,
    version: instrument.version,
    title: instrument.title,
    description: instrument.description,
    responseScale: instrument.responseScale,
    respondents: instrument.respondents,
    scoring: instrument.scoring,
    scales: instrument.scales.map((s) => ({
      code: s.code,
      title: s.title,
      explanation: s.explanation,
      suggestion: s.suggestion,
      items: s.items.flatMap((code) => {
        const item = items.get(code);
        return item ? [{ code: item.code, text: item.text, reverse: item.reverse }] : [];
      }),
    })),
  };
}
