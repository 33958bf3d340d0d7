import {
  correlationMatrix,
  descriptivesFromCounts,
  fromSums,
  gamesHowell,
  groupFromSums,
  welchAnova,
  type GroupSummary,
} from '../../domain/statistics';
import {
  type Comparison,
  type CorrelationReport,
  type GroupCount,
  type GroupDimension,
  type GroupEntry,
  type ItemReport,
  type RegressionReport,
  type ScaleReport,
  type SurveyReport,
  type SurveyReportQuery,
} from '../../shared/survey-report';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import * as answers from '../repositories/survey-report-answers.repository';
import * as repo from '../repositories/survey-report.repository';
import { isShown, loadCampaign, type CampaignLayout } from './survey-report-campaign';
import { surveyRegression } from './survey-report-regression.service';

/*
 * The campaign report: PostgreSQL returns sufficient statistics (see the repository), the pure
 * functions in domain/statistics turn them into figures, and this service applies the
 * institution's minimum group size everywhere before anything leaves the server.
 */

/**
 * Cronbach's alpha from the two variances SQL computes over complete cases:
 * k/(k−1) · (1 − Σ var(item) / var(sum score)). Undefined with one item or a constant sum score.
 */
export function alphaFromVariances(k: number, sumItemVariance: number | null, totalVariance: number | null): number | null {
  if (k < 2 || sumItemVariance === null || totalVariance === null || !(totalVariance > 0)) return null;
  return (k / (k - 1)) * (1 - sumItemVariance / totalVariance);
}

const emptyGroups = (): Record<GroupDimension, GroupCount[]> => ({ sector: [], programme: [], gender: [], year: [] });

export async function surveyReport(ctx: AppContext, actor: Actor, campaignId: string, query: SurveyReportQuery): Promise<SurveyReport> {
  const layout = await loadCampaign(ctx, actor, campaignId);
  const { campaign } = layout;
  const min = campaign.min_group_size;
  // Access is checked on the primary (loadCampaign); every figure comes from the read replica when there is one.
  const [counts, columns] = await Promise.all([repo.responseCounts(ctx.reportsDb, campaignId), repo.pivotColumns(ctx.reportsDb, campaignId)]);
  const first = layout.instruments[0]?.responseScale ?? null;
  const base: SurveyReport = {
    campaign: { id: campaign.id, title: campaign.title, status: campaign.status, opensOn: campaign.opens_on, closesOn: campaign.closes_on, anonymity: campaign.anonymity },
    minGroupSize: min,
    responses: { submitted: counts.submitted, invited: counts.invited > 0 ? counts.invited : null },
    suppressed: !isShown(counts.submitted, min),
    groupBy: query.groupBy,
    responseScale: first,
    groups: emptyGroups(),
    scales: [],
    items: [],
    comparisons: [],
    correlations: { variables: [], cells: [] },
    regression: null,
  };
  if (base.suppressed) return base;

  const { groupRows, valueCounts, overall, pairs, perGroup, alphas, regression } = await reportSums(ctx, layout, columns, query);

  const groups = emptyGroups();
  for (const row of groupRows) {
    groups[row.dimension].push(isShown(row.n, min) ? { label: row.label, suppressed: false, n: row.n } : { label: row.label, suppressed: true });
  }
  const shownGroups = new Set(groups[query.groupBy].filter((g) => !g.suppressed).map((g) => g.label));

  const scales = scaleReports(layout, overall, perGroup, alphas, shownGroups, min);
  return {
    ...base,
    groups,
    scales,
    items: itemReports(layout, valueCounts, counts.submitted),
    comparisons: scales.map((s) => compare(s, perGroup.filter((r) => r.scale_code === s.code))),
    correlations: correlations(layout, pairs),
    regression,
  };
}

export interface ReportSums {
  groupRows: Awaited<ReturnType<typeof repo.groupCounts>>;
  valueCounts: answers.ValueCount[];
  overall: repo.ScaleSums[];
  pairs: repo.PairSumsRow[];
  perGroup: repo.ScaleSums[];
  alphas: Map<string, answers.AlphaSums>;
  regression: RegressionReport | null;
}

/**
 * Every aggregate the report needs (and the regression, whose statistics are cheap). Exported so
 * the benchmark can time the database apart from the group comparisons.
 */
export async function reportSums(ctx: AppContext, layout: CampaignLayout, columns: repo.PivotColumns, query: SurveyReportQuery): Promise<ReportSums> {
  const campaignId = layout.campaign.id;
  // Independent statements: on PostgreSQL they run side by side on the pool; PGlite runs them in turn.
  const [groupRows, valueCounts, crossSums, perGroup, alphaRows, regression] = await Promise.all([
    repo.groupCounts(ctx.reportsDb, campaignId),
    answers.itemValueCounts(ctx.reportsDb, campaignId, columns, layout.items),
    repo.scaleCrossSums(ctx.reportsDb, campaignId, columns),
    repo.scaleSums(ctx.reportsDb, campaignId, columns, query.groupBy),
    answers.alphaSums(ctx.reportsDb, campaignId, columns, alphaScales(layout)),
    query.outcome ? surveyRegression(ctx, layout, query) : null,
  ]);
  return {
    groupRows,
    valueCounts,
    // The diagonal of the cross sums is each scale's own n, Σ, Σ².
    overall: crossSums.filter((p) => p.a === p.b).map((p) => ({ scale_code: p.a, label: null, n: p.n, sum: p.sum_x, sum_sq: p.sum_xx })),
    pairs: crossSums.filter((p) => p.a !== p.b),
    perGroup,
    alphas: new Map(alphaRows.map((a) => [a.scale_code, a])),
    regression,
  };
}

/** Every scale with its items; reverse keying mirrors within each instrument's own answer scale. */
function alphaScales(layout: CampaignLayout): answers.AlphaScale[] {
  return layout.instruments.flatMap((instrument) => {
    const mirror = instrument.responseScale.min + instrument.responseScale.max;
    const reverse = new Map(instrument.items.map((i) => [i.code, i.reverse]));
    return instrument.scales.map((scale) => ({ code: scale.code, items: scale.items.map((code) => ({ code, reverse: reverse.get(code) ?? false, mirror })) }));
  });
}

function itemReports(layout: CampaignLayout, counts: answers.ValueCount[], submitted: number): ItemReport[] {
  const byItem = new Map<string, { value: number; count: number }[]>();
  for (const c of counts) byItem.set(c.item_code, [...(byItem.get(c.item_code) ?? []), { value: c.value, count: c.count }]);
  return layout.items.map((item) => {
    const d = descriptivesFromCounts(byItem.get(item.code) ?? [], { min: item.min, max: item.max });
    return {
      code: item.code,
      text: item.text,
      scale: item.scale,
      reverse: item.reverse,
      n: d.n,
      missing: Math.max(0, submitted - d.n),
      mean: d.mean,
      sd: d.sd,
      distribution: d.distribution,
      topHalfPercent: d.topHalf.percent,
    };
  });
}

function scaleReports(
  layout: CampaignLayout,
  overall: repo.ScaleSums[],
  perGroup: repo.ScaleSums[],
  alphas: Map<string, answers.AlphaSums>,
  shownGroups: Set<string | null>,
  min: number,
): ScaleReport[] {
  return layout.scales.map((scale) => {
    const o = overall.find((r) => r.scale_code === scale.code);
    const stats = fromSums({ n: o?.n ?? 0, sum: o?.sum ?? 0, sumSq: o?.sum_sq ?? 0 });
    const a = alphas.get(scale.code);
    const byGroup: GroupEntry[] = perGroup
      .filter((r) => r.scale_code === scale.code)
      .map((r) => {
        if (!shownGroups.has(r.label) || !isShown(r.n, min)) return { label: r.label, suppressed: true };
        const g = fromSums({ n: r.n, sum: r.sum, sumSq: r.sum_sq });
        return { label: r.label, suppressed: false, n: r.n, mean: g.mean, sd: g.sd };
      });
    return {
      code: scale.code,
      title: scale.title,
      items: scale.items,
      n: stats.n,
      mean: stats.mean,
      sd: stats.sd,
      alpha: a && isShown(a.n, min) ? alphaFromVariances(scale.items.length, a.sum_item_var, a.total_var) : null,
      alphaN: a?.n ?? 0,
      byGroup,
    };
  });
}

/** Welch ANOVA and Games–Howell over the groups shown in the scale's card; unknown and small groups stay out. */
function compare(scale: ScaleReport, sums: repo.ScaleSums[]): Comparison {
  const summaries: GroupSummary[] = [];
  const excluded: (string | null)[] = [];
  for (const g of scale.byGroup) {
    const row = sums.find((r) => r.label === g.label);
    if (g.suppressed || g.label === null || !row) excluded.push(g.label);
    else summaries.push(groupFromSums(g.label, { n: row.n, sum: row.sum, sumSq: row.sum_sq }));
  }
  const anova = welchAnova(summaries);
  if (!anova.ok) return { scale: scale.code, excluded, result: { ok: false, reason: anova.reason } };
  const posthoc = gamesHowell(summaries);
  return {
    scale: scale.code,
    excluded,
    result: {
      ok: true,
      F: anova.F,
      df1: anova.df1,
      df2: anova.df2,
      p: anova.p,
      omegaSquared: anova.omegaSquared,
      k: anova.k,
      N: anova.N,
      pairs: posthoc.ok ? posthoc.pairs.map(({ a, b, diff, se, p, ci }) => ({ a, b, diff, se, p, ci })) : [],
    },
  };
}

function correlations(layout: CampaignLayout, pairs: repo.PairSumsRow[]): CorrelationReport {
  const m = correlationMatrix({
    variables: layout.scales.map((s) => s.code),
    pairs: pairs.map((p) => ({ a: p.a, b: p.b, sums: { n: p.n, sumX: p.sum_x, sumY: p.sum_y, sumXX: p.sum_xx, sumYY: p.sum_yy, sumXY: p.sum_xy } })),
  });
  return { variables: m.variables, cells: m.cells };
}

