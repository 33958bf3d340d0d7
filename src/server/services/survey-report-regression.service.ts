import { INTERCEPT, linearRegression } from '../../domain/statistics';
import { dummyName, OTHER_LEVEL, type GroupDimension, type RegressionReport, type SurveyReportQuery } from '../../shared/survey-report';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import * as repo from '../repositories/survey-report-regression.repository';
import { isShown, type CampaignLayout } from './survey-report-campaign';

/*
 * Linear regression of one scale on other scales, with group dimensions as dummy-coded controls.
 * Privacy first: a control level below the minimum group size never gets its own coefficient (its
 * estimate would describe that small group); small levels are merged into "overig", and when even
 * the merged level is too small its respondents leave the analysis. The largest level is the
 * reference. The whole regression is suppressed when fewer complete cases remain than the minimum.
 */

export async function surveyRegression(ctx: AppContext, layout: CampaignLayout, query: SurveyReportQuery): Promise<RegressionReport | null> {
  const outcome = query.outcome;
  if (outcome === undefined) return null;
  const predictors = [...new Set(query.predictors ?? [])];
  const controls = [...new Set(query.controls ?? [])];
  const known = new Set(layout.scales.map((s) => s.code));
  const unknown = [outcome, ...predictors].filter((c) => !known.has(c));
  if (unknown.length > 0 || predictors.includes(outcome)) {
    throw new AppError('validation_failed', { fields: { outcome: unknown.length ? `unknown scale: ${unknown.join(', ')}` : 'the outcome cannot also be a predictor' } });
  }
  const min = layout.campaign.min_group_size;
  const spec = { campaignId: layout.campaign.id, outcome, predictors, controls };
  const levels = await repo.controlLevels(ctx.reportsDb, spec);

  const dummies: repo.DummySpec[] = [];
  const keep: { dimension: GroupDimension; levels: string[] }[] = [];
  const references: RegressionReport['references'] = [];
  const names: { name: string; kind: 'predictor' | 'control' }[] = predictors.map((name) => ({ name, kind: 'predictor' }));
  for (const dimension of controls) {
    const rows = levels.filter((l) => l.dimension === dimension);
    const big = rows.filter((l) => isShown(l.n, min));
    const small = rows.filter((l) => !isShown(l.n, min));
    const otherN = small.reduce((a, l) => a + l.n, 0);
    const reference = big[0]?.label;
    if (reference === undefined) {
      // No level is large enough to stand on its own: the control cannot be used without revealing one.
      keep.push({ dimension, levels: [] });
      references.push({ control: dimension, reference: OTHER_LEVEL });
      continue;
    }
    references.push({ control: dimension, reference });
    const keptBig = big.map((l) => l.label);
    keep.push({ dimension, levels: isShown(otherN, min) ? rows.map((l) => l.label) : keptBig });
    for (const level of keptBig.slice(1)) {
      dummies.push({ dimension, level });
      names.push({ name: dummyName(dimension, level), kind: 'control' });
    }
    if (small.length > 0 && isShown(otherN, min)) {
      dummies.push({ dimension, otherThan: keptBig });
      names.push({ name: dummyName(dimension, OTHER_LEVEL), kind: 'control' });
    }
  }

  const base = { outcome, predictors, controls, references };
  const sums = await repo.regressionSums(ctx.reportsDb, spec, dummies, keep);
  if (!isShown(sums.n, min)) return { ...base, result: { ok: false, reason: 'suppressed' } };
  const result = linearRegression(sums, names.map((n) => n.name));
  if (!result.ok) {
    const reason = result.reason === 'shape' || result.reason === 'no_intercept' ? 'invalid' : result.reason;
    return { ...base, result: { ok: false, reason, ...('column' in result ? { detail: result.column } : {}) } };
  }
  const kindOf = new Map(names.map((n) => [n.name, n.kind]));
  return {
    ...base,
    result: {
      ok: true,
      n: result.n,
      coefficients: result.coefficients.map((c) => ({ ...c, kind: c.name === INTERCEPT ? 'intercept' : (kindOf.get(c.name) ?? 'predictor') })),
      rSquared: result.rSquared,
      adjustedRSquared: result.adjustedRSquared,
      F: result.F,
      fP: result.fP,
      df1: result.df1,
      df2: result.df2,
    },
  };
}
