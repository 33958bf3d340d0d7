import { EVIDENCE_COLUMNS, FORM_COLUMNS, OTHER_PROGRAMMES, addSums, explainEvidence, explainTooFew, planGroups, selectColumns, withGroupDummies, type GroupSums } from '../../domain/evidence-loop';
import { LOOPBAANCOMPETENTIES } from '../../domain/instruments/builtin';
import { correlationFromSums, INTERCEPT, linearRegression, type RegressionSums } from '../../domain/statistics';
import type { EvidenceLoop, EvidenceModel } from '../../shared/evidence-loop';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/evidence-loop.repository';
import { audit } from './audit.service';

/*
 * The study's analysis, run on the institution's own data: does growth in career competencies go
 * with more conversations, and with their form and content? Two ordinary regressions on sums from
 * SQL: growth ~ conversations + programme (all students with two measurements), and growth ~
 * conversations + reflective + own agenda + career topics (students who gave feedback). Suppression
 * as in every quality-monitor report: programmes below the minimum are pooled or left out, and the
 * whole analysis needs at least the minimum number of students.
 */

const WIDTH = EVIDENCE_COLUMNS.length + 1;
const ENVIRONMENT = { practiceOriented: 'praktijkgericht', demandOriented: 'vraaggericht' } as const;

function toSums(row: repo.ProgrammeSumsRow): RegressionSums {
  const at = (key: string) => Number(row[key] ?? 0);
  const xtx = Array.from({ length: WIDTH }, (_, i) => Array.from({ length: WIDTH }, (__, j) => at(i <= j ? `c_${i}_${j}` : `c_${j}_${i}`)));
  const n = Number(row.n);
  // The intercept column is 1.0 in SQL; the regression compares X'X[0][0] with n exactly.
  if (xtx[0]) xtx[0][0] = n;
  return { n, xtx, xty: Array.from({ length: WIDTH }, (_, i) => at(`y_${i}`)), yty: at('yty') };
}

const round = (v: number, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

export async function evidenceLoop(ctx: AppContext, actor: Actor, ip: string): Promise<EvidenceLoop> {
  const [min, rows, eligible] = await Promise.all([
    repo.surveyMinGroupSize(ctx.db, actor.institutionId),
    repo.programmeSums(ctx.db, actor.institutionId),
    repo.eligibleCount(ctx.db, actor.institutionId),
  ]);
  await audit(ctx.db, actor, 'evidence-loop.read', {}, ip);
  const scale = { min: LOOPBAANCOMPETENTIES.responseScale.min, max: LOOPBAANCOMPETENTIES.responseScale.max };

  const byProgramme = new Map<string, { name: string; all: RegressionSums[]; feedback: RegressionSums[] }>();
  for (const row of rows) {
    const entry = byProgramme.get(row.programme_id) ?? { name: row.programme_name, all: [], feedback: [] };
    const sums = toSums(row);
    entry.all.push(sums);
    if (row.with_feedback) entry.feedback.push(sums);
    byProgramme.set(row.programme_id, entry);
  }
  const programmes = [...byProgramme.entries()].map(([id, p]) => ({ id, name: p.name, all: addSums(p.all, WIDTH), feedback: addSums(p.feedback, WIDTH) }));
  const plan = planGroups(programmes.map((p) => ({ key: p.id, n: p.all.n })), min);
  const pick = (keys: readonly string[]) => programmes.filter((p) => keys.includes(p.id));
  const groups = [
    ...pick(plan.shown),
    ...(plan.pooled.length > 0
      ? [{ id: OTHER_PROGRAMMES, name: '', all: addSums(pick(plan.pooled).map((p) => p.all), WIDTH), feedback: addSums(pick(plan.pooled).map((p) => p.feedback), WIDTH) }]
      : []),
  ];
  const n = groups.reduce((a, g) => a + g.all.n, 0);
  const empty = { minGroupSize: min, eligible, n, programmes: [], programmesLeftOut: plan.dropped.length, frequency: null, form: null, learningEnvironmentSource: null };
  if (n < min || groups.length === 0) return { ...empty, status: 'too_few_students', meanGrowth: null, explanation: explainTooFew(n, min) };

  const pooled = addSums(groups.map((g) => g.all), WIDTH);
  const meanGrowth = (pooled.xty[0] ?? 0) / n;
  const names = new Map(groups.map((g) => [g.id, g.name]));

  // growth ~ conversations + programme, the largest programme as reference.
  const reference = [...groups].sort((a, b) => b.all.n - a.all.n)[0]?.id ?? '';
  const dummy = withGroupDummies(groups.map((g): GroupSums => ({ key: g.id, sums: selectColumns(g.all, [0, 1]) })), reference);
  const frequency = model(linearRegression(dummy.sums, ['conversations', ...dummy.dummies]), ['conversations'], (name) => names.get(name) ?? name);

  const feedback = addSums(groups.map((g) => g.feedback), WIDTH);
  const form = feedback.n >= min ? model(linearRegression(feedback, FORM_COLUMNS), FORM_COLUMNS, (name) => name) : null;

  const environment = await contextByProgramme(ctx, actor.institutionId, plan.shown, min);
  const coefficient = (m: EvidenceModel | null, name: string) => m?.coefficients.find((c) => c.name === name);
  const conv = coefficient(frequency, 'conversations');
  return {
    ...empty,
    status: 'ok',
    meanGrowth: round(meanGrowth),
    programmes: groups.map((g) => {
      const s = g.all;
      const c = correlationFromSums({ n: s.n, sumX: s.xtx[0]?.[1] ?? 0, sumY: s.xty[0] ?? 0, sumXX: s.xtx[1]?.[1] ?? 0, sumYY: s.yty, sumXY: s.xty[1] ?? 0 });
      const env = environment.values.get(g.id);
      return {
        id: g.id === OTHER_PROGRAMMES ? null : g.id,
        name: g.name,
        n: s.n,
        meanGrowth: round((s.xty[0] ?? 0) / s.n),
        meanConversations: round((s.xtx[0]?.[1] ?? 0) / s.n, 2),
        withFeedback: g.feedback.n,
        r: c.r === null ? null : round(c.r),
        practiceOriented: env?.practiceOriented ?? null,
        demandOriented: env?.demandOriented ?? null,
      };
    }),
    frequency,
    form,
    learningEnvironmentSource: environment.source,
    explanation: explainEvidence({
      n,
      meanGrowth,
      frequency: conv ? { name: 'conversations', estimate: conv.estimate, p: conv.p } : null,
      form: form ? { n: form.n, coefficients: form.coefficients.filter((c) => c.kind === 'predictor').map((c) => ({ name: c.name as (typeof EVIDENCE_COLUMNS)[number], estimate: c.estimate, p: c.p })) } : null,
      scale,
      minGroupSize: min,
    }),
  };
}

function model(result: ReturnType<typeof linearRegression>, predictors: readonly (typeof EVIDENCE_COLUMNS)[number][], label: (name: string) => string): EvidenceModel | null {
  if (!result.ok) return null;
  return {
    n: result.n,
    predictors: [...predictors],
    rSquared: round(result.rSquared),
    coefficients: result.coefficients.map((c) => ({
      name: c.name === INTERCEPT || (predictors as readonly string[]).includes(c.name) ? c.name : label(c.name),
      kind: c.name === INTERCEPT ? 'intercept' : (predictors as readonly string[]).includes(c.name) ? 'predictor' : 'programme',
      estimate: round(c.estimate, 4),
      se: round(c.se, 4),
      p: c.p === null ? null : round(c.p, 4),
    })),
  };
}

/** Learning-environment means per shown programme, matched on the survey's programme label (name or code). */
async function contextByProgramme(ctx: AppContext, institutionId: string, shown: readonly string[], min: number) {
  const rows = await repo.learningEnvironment(ctx.db, institutionId, Object.values(ENVIRONMENT));
  const programmes = await repo.programmeCodes(ctx.db, shown);
  const values = new Map<string, { practiceOriented: number | null; demandOriented: number | null }>();
  for (const p of programmes) {
    const mine = rows.filter((r) => r.label !== null && (r.label === p.name || r.label === p.code) && r.n >= min);
    const mean = (code: string) => {
      const r = mine.find((x) => x.scale_code === code);
      return r ? round(r.mean, 2) : null;
    };
    values.set(p.id, { practiceOriented: mean(ENVIRONMENT.practiceOriented), demandOriented: mean(ENVIRONMENT.demandOriented) });
  }
  const first = rows[0];
  return { values, source: first ? { campaignId: first.campaign_id, title: first.title } : null };
}
