import { z } from 'zod';

/*
 * The quality monitor's report of one campaign: the contract shared by the JSON route, the web
 * page, the PDF and the tests. Every figure comes from SQL aggregates (see
 * docs/decisions/016-survey-report.md). A group below the institution's minimum appears only as
 * `{ label, suppressed: true }`: its name may show, never a number about it.
 */

export const GROUP_DIMENSIONS = ['sector', 'programme', 'gender', 'year'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];
export const COMPARE_BY = ['sector', 'programme'] as const;
export type CompareBy = (typeof COMPARE_BY)[number];

const ScaleCode = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).max(80);
const CodeList = z
  .string()
  .max(800)
  .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''));

export const SurveyReportQuery = z.object({
  groupBy: z.enum(COMPARE_BY).default('sector'),
  outcome: ScaleCode.optional(),
  /** Comma-separated scale codes. */
  predictors: CodeList.pipe(z.array(ScaleCode).max(10)).optional(),
  /** Comma-separated group dimensions, entered as dummy-coded control variables. */
  controls: CodeList.pipe(z.array(z.enum(GROUP_DIMENSIONS)).max(4)).optional(),
});
export type SurveyReportQuery = z.infer<typeof SurveyReportQuery>;

export const Localized = z.object({ nl: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

export const Suppressed = z.object({ label: z.string().nullable(), suppressed: z.literal(true) });

/** Mean, SD and n of one group; `label` null = no group recorded ("unknown"). */
export const GroupFigure = z.object({
  label: z.string().nullable(),
  suppressed: z.literal(false),
  n: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
});
export const GroupEntry = z.discriminatedUnion('suppressed', [GroupFigure, Suppressed]);
export type GroupEntry = z.infer<typeof GroupEntry>;

export const GroupCount = z.discriminatedUnion('suppressed', [
  z.object({ label: z.string().nullable(), suppressed: z.literal(false), n: z.number().int() }),
  Suppressed,
]);
export type GroupCount = z.infer<typeof GroupCount>;

export const ItemReport = z.object({
  code: z.string(),
  text: Localized,
  scale: z.string(),
  reverse: z.boolean(),
  n: z.number().int(),
  missing: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  distribution: z.array(z.object({ value: z.number().int(), count: z.number().int(), percent: z.number().nullable() })),
  /** Answers above the midpoint of the answer scale (neutral excluded), as % of valid answers. */
  topHalfPercent: z.number().nullable(),
});
export type ItemReport = z.infer<typeof ItemReport>;

export const ScaleReport = z.object({
  code: z.string(),
  title: Localized,
  items: z.array(z.string()),
  n: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  /** Cronbach's alpha over complete cases (reverse-keyed items mirrored); null when undefined. */
  alpha: z.number().nullable(),
  alphaN: z.number().int(),
  byGroup: z.array(GroupEntry),
});
export type ScaleReport = z.infer<typeof ScaleReport>;

export const PostHocPair = z.object({
  a: z.string(),
  b: z.string(),
  diff: z.number(),
  se: z.number(),
  p: z.number().nullable(),
  ci: z.object({ lower: z.number(), upper: z.number() }).nullable(),
});

export const Comparison = z.object({
  scale: z.string(),
  /** Groups left out: suppressed ones (too small to show) and unknown labels. */
  excluded: z.array(z.string().nullable()),
  result: z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      F: z.number(),
      df1: z.number(),
      df2: z.number(),
      p: z.number().nullable(),
      omegaSquared: z.number(),
      k: z.number().int(),
      N: z.number().int(),
      pairs: z.array(PostHocPair),
    }),
    z.object({ ok: z.literal(false), reason: z.enum(['too_few_groups', 'zero_variance']) }),
  ]),
});
export type Comparison = z.infer<typeof Comparison>;

export const CorrelationCell = z.object({ n: z.number().int(), r: z.number().nullable(), p: z.number().nullable() }).nullable();
export const CorrelationReport = z.object({ variables: z.array(z.string()), cells: z.array(z.array(CorrelationCell)) });
export type CorrelationReport = z.infer<typeof CorrelationReport>;

export const RegressionCoefficient = z.object({
  /** '(intercept)', a scale code, or `<dimension>=<level>` for a dummy column. */
  name: z.string(),
  kind: z.enum(['intercept', 'predictor', 'control']),
  estimate: z.number(),
  se: z.number(),
  t: z.number().nullable(),
  p: z.number().nullable(),
});
export type RegressionCoefficient = z.infer<typeof RegressionCoefficient>;

export const RegressionReport = z.object({
  outcome: z.string(),
  predictors: z.array(z.string()),
  controls: z.array(z.enum(GROUP_DIMENSIONS)),
  /** Per control: the reference level (absorbed by the intercept); small levels are merged into "overig". */
  references: z.array(z.object({ control: z.enum(GROUP_DIMENSIONS), reference: z.string() })),
  result: z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      n: z.number().int(),
      coefficients: z.array(RegressionCoefficient),
      rSquared: z.number(),
      adjustedRSquared: z.number(),
      F: z.number().nullable(),
      fP: z.number().nullable(),
      df1: z.number(),
      df2: z.number(),
    }),
    z.object({ ok: z.literal(false), reason: z.enum(['suppressed', 'too_few_observations', 'collinear', 'constant_outcome', 'invalid']), detail: z.string().optional() }),
  ]),
});
export type RegressionReport = z.infer<typeof RegressionReport>;

export const SurveyReport = z.object({
  campaign: z.object({
    id: z.uuid(),
    title: z.string(),
    status: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    anonymity: z.string(),
  }),
  minGroupSize: z.number().int(),
  /** Submitted responses; invited null for imported data without invitations. */
  responses: z.object({ submitted: z.number().int(), invited: z.number().int().nullable() }),
  /** The whole campaign has fewer respondents than the minimum: no figures at all. */
  suppressed: z.boolean(),
  groupBy: z.enum(COMPARE_BY),
  responseScale: z.object({ min: z.number().int(), max: z.number().int(), labels: z.array(Localized) }).nullable(),
  groups: z.record(z.enum(GROUP_DIMENSIONS), z.array(GroupCount)),
  scales: z.array(ScaleReport),
  items: z.array(ItemReport),
  comparisons: z.array(Comparison),
  correlations: CorrelationReport,
  regression: RegressionReport.nullable(),
});
export type SurveyReport = z.infer<typeof SurveyReport>;

/** Name of a dummy column: dimension and level, e.g. `gender=v`. */
export const dummyName = (dimension: GroupDimension, level: string) => `${dimension}=${level}`;

/** Label of the merged small levels of a control variable and of small groups in the export. */
export const OTHER_LEVEL = 'overig';
