import { suppressSmall } from '../../domain/privacy/small-groups';
import type { CaseloadCompetencies, Competencies, CompetencyStats, ScaleScoreView } from '../../shared/competencies';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCanReadCompetencies, type Actor } from '../policies/policy';
import * as repo from '../repositories/competencies.repository';
import * as instruments from '../repositories/instruments.repository';
import { relationshipLookup, today } from '../repositories/relationships.repository';
import * as responses from '../repositories/responses.repository';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';
import { SCAN_INSTRUMENT } from './scan.service';

/** The student's own measurement of the five career competencies. */
export const SELF_INSTRUMENT = 'loopbaancompetenties';

async function selfDefinition(ctx: AppContext, institutionId: string) {
  const row = await instruments.latestVersionOf(ctx.db, institutionId, SELF_INSTRUMENT);
  if (!row) throw new AppError('instrument_unknown');
  return definitionOf(row);
}

async function scoresByResponse(ctx: AppContext, ids: string[]): Promise<Map<string, ScaleScoreView[]>> {
  const out = new Map<string, ScaleScoreView[]>();
  for (const s of await responses.scoresOf(ctx.db, ids)) {
    const list = out.get(s.response_id) ?? [];
    list.push({ code: s.scale_code, score: s.score });
    out.set(s.response_id, list);
  }
  return out;
}

export async function studentCompetencies(ctx: AppContext, actor: Actor, studentId: string, ip: string): Promise<Competencies> {
  const relation = await assertCanReadCompetencies(actor, studentId, relationshipLookup(ctx.db));
  const rows = await responses.measurementsOf(ctx.db, studentId, [SELF_INSTRUMENT, SCAN_INSTRUMENT]);
  const scores = await scoresByResponse(ctx, rows.map((r) => r.id));
  if (relation === 'counsellor')
    await audit(ctx.db, actor, 'student.read', { studentId, entityType: 'competencies', entityId: studentId }, ip);
  let draft: Competencies['draft'] = null;
  if (relation === 'self') {
    const d = await responses.selfDraft(ctx.db, studentId, SELF_INSTRUMENT);
    const version = d && (await instruments.findVersion(ctx.db, actor.institutionId, d.version_id));
    if (d && version) draft = { id: d.id, answered: d.answered, total: definitionOf(version).items.length, updatedAt: d.updated_at.toISOString() };
  }
  return {
    measurements: rows.map((r) => ({
      id: r.id,
      source: r.source,
      instrument: { code: r.code, version: r.version },
      respondentName: r.respondent_name,
      submittedAt: r.submitted_at.toISOString(),
      scales: scores.get(r.id) ?? [],
    })),
    draft,
  };
}

export async function caseloadCompetencies(
  ctx: AppContext,
  actor: Actor,
  q: { sort: string; dir: 'asc' | 'desc'; limit: number; offset: number },
): Promise<CaseloadCompetencies> {
  const definition = await selfDefinition(ctx, actor.institutionId);
  const scaleCodes = definition.scales.map((s) => s.code);
  if (q.sort !== 'name' && !scaleCodes.includes(q.sort)) throw new AppError('bad_request', { sort: ['name', ...scaleCodes] });
  const day = today();
  const rows = await repo.caseloadPage(ctx.db, {
    counsellorId: actor.id,
    today: day,
    instrumentCode: SELF_INSTRUMENT,
    sortScale: q.sort === 'name' ? null : q.sort,
    desc: q.dir === 'desc',
    limit: q.limit,
    offset: q.offset,
  });
  const ids = rows.flatMap((r) => [r.latest_id, r.previous_id]).filter((id): id is string => id !== null);
  const scores = await scoresByResponse(ctx, ids);
  const ordered = (id: string) => scaleCodes.map((code) => ({ code, score: scores.get(id)?.find((s) => s.code === code)?.score ?? null }));
  return {
    scales: definition.scales.map((s) => ({ code: s.code, title: s.title })),
    total: rows[0]?.total ?? (q.offset > 0 ? await repo.caseloadSize(ctx.db, actor.id, day) : 0),
    items: rows.map((r) => {
      const latest = r.latest_id ? ordered(r.latest_id) : null;
      const previous = r.previous_id ? ordered(r.previous_id) : null;
      return {
        student: { id: r.id, name: r.name, cohort: r.cohort },
        latest: latest && r.latest_at ? { submittedAt: r.latest_at.toISOString(), scales: latest } : null,
        change:
          latest && previous
            ? latest.map((s, i) => {
                const before = previous[i]?.score ?? null;
                return { code: s.code, score: s.score !== null && before !== null ? round(s.score - before) : null };
              })
            : null,
      };
    }),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Per programme and class: n, mean and distribution per competency; small groups suppressed. */
export async function competencyStats(ctx: AppContext, actor: Actor): Promise<CompetencyStats> {
  const definition = await selfDefinition(ctx, actor.institutionId);
  const { min, max } = definition.responseScale;
  // Institution-wide counts: served by the read replica when there is one.
  const [rows, threshold] = await Promise.all([
    repo.scoreBands(ctx.reportsDb, { institutionId: actor.institutionId, instrumentCode: SELF_INSTRUMENT, min, max }),
    repo.minGroupSize(ctx.db, actor.institutionId),
  ]);
  const bandCount = max - min;
  type Group = { row: repo.ClassBandsRow; scales: Map<string, { count: number; sum: number; distribution: number[] }> };
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const group = groups.get(row.cohort_id) ?? { row, scales: new Map() };
    groups.set(row.cohort_id, group);
    const { scales: codes, bands, counts, sums } = row.counts;
    codes.forEach((code, i) => {
      const scale = group.scales.get(code) ?? { count: 0, sum: 0, distribution: Array<number>(bandCount).fill(0) };
      group.scales.set(code, scale);
      const [band, count] = [bands[i] ?? 0, counts[i] ?? 0];
      scale.count += count;
      scale.sum += sums[i] ?? 0;
      scale.distribution[band] = (scale.distribution[band] ?? 0) + count;
    });
  }
  return {
    minGroupSize: threshold,
    bands: Array.from({ length: bandCount }, (_, i) => ({ from: min + i, to: min + i + 1 })),
    scales: definition.scales.map((s) => ({ code: s.code, title: s.title })),
    groups: [...groups.values()].map(({ row, scales }) => {
      const n = Math.max(...[...scales.values()].map((s) => s.count));
      const shown = suppressSmall(n, threshold);
      return {
        programme: { id: row.programme_id, name: row.programme },
        cohort: { id: row.cohort_id, name: row.cohort, schoolYear: row.school_year },
        n: shown,
        suppressed: shown === null,
        scales:
          shown === null
            ? []
            : definition.scales.flatMap((d) => {
                const s = scales.get(d.code);
                return s ? [{ code: d.code, mean: round(s.sum / s.count), distribution: s.distribution }] : [];
              }),
      };
    }),
  };
}
