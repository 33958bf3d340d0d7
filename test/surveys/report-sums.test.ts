import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correlationMatrix, descriptives, fromSums, pairwiseSums } from '../../src/domain/statistics';
import type { SurveyReport } from '../../src/shared/survey-report';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

/*
 * The report's SQL sums over the pivot, checked against the same figures computed in JavaScript
 * from the raw answer and score rows of the demo campaign (344 respondents, 13 scales, several
 * patterns of missing scores): scale means and SDs overall and per group, every pairwise
 * correlation with its own n, item descriptives and Cronbach's alpha over complete cases.
 */

let t: TestApp;
let report: SurveyReport;
let campaignId: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  const manager = await loginAs(t.app, 'manager@demo.koers.nl');
  campaignId = (await t.ctx.db.selectFrom('survey_campaign').select('id').where('title', '=', 'Studentenmonitor loopbaanleren').executeTakeFirstOrThrow()).id;
  // Drop a few scores and answers, so pairs, items and alpha each have their own n.
  await sql`DELETE FROM survey_scale_score WHERE scale_code = 'netwerken' AND response_id IN (
    SELECT id FROM survey_response WHERE campaign_id = ${campaignId} ORDER BY id LIMIT 7)`.execute(t.ctx.db);
  await sql`DELETE FROM survey_answer WHERE item_code = 'kz2' AND response_id IN (
    SELECT id FROM survey_response WHERE campaign_id = ${campaignId} ORDER BY id DESC LIMIT 5)`.execute(t.ctx.db);
  const res = await t.app.inject({ method: 'GET', url: `/api/surveys/${campaignId}/report?groupBy=sector`, headers: { cookie: manager } });
  expect(res.statusCode, res.body).toBe(200);
  report = res.json() as SurveyReport;
});
afterAll(async () => t?.close());

async function scoreColumns(): Promise<{ ids: string[]; sector: Map<string, string | null>; columns: Record<string, (number | null)[]> }> {
  const rows = await sql<{ id: string; sector: string | null; scale_code: string | null; score: number | null }>`
    SELECT r.id, r.sector, s.scale_code, s.score FROM survey_response r LEFT JOIN survey_scale_score s ON s.response_id = r.id
    WHERE r.campaign_id = ${campaignId} AND r.status = 'submitted'`.execute(t.ctx.db);
  const ids = [...new Set(rows.rows.map((r) => r.id))];
  const index = new Map(ids.map((id, i) => [id, i]));
  const columns: Record<string, (number | null)[]> = {};
  for (const scale of report.scales) columns[scale.code] = ids.map(() => null);
  for (const r of rows.rows) if (r.scale_code && columns[r.scale_code]) columns[r.scale_code]![index.get(r.id)!] = r.score;
  return { ids, sector: new Map(rows.rows.map((r) => [r.id, r.sector])), columns };
}

async function answerColumns(ids: readonly string[]): Promise<Map<string, (number | null)[]>> {
  const rows = await sql<{ response_id: string; item_code: string; value: number }>`
    SELECT a.response_id, a.item_code, a.value FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
    WHERE r.campaign_id = ${campaignId} AND r.status = 'submitted'`.execute(t.ctx.db);
  const index = new Map(ids.map((id, i) => [id, i]));
  const out = new Map(report.items.map((item) => [item.code, ids.map((): number | null => null)]));
  for (const r of rows.rows) {
    const column = out.get(r.item_code);
    const at = index.get(r.response_id);
    if (column && at !== undefined) column[at] = r.value;
  }
  return out;
}

const variance = (xs: readonly number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
};

describe('report sums over the pivot', () => {
  it('gives the scale statistics and every pairwise correlation of the raw scores', async () => {
    const { ids, sector, columns } = await scoreColumns();
    expect(report.responses.submitted).toBe(ids.length);
    for (const scale of report.scales) {
      const values = columns[scale.code]!.filter((v): v is number => v !== null);
      const stats = fromSums({ n: values.length, sum: values.reduce((a, b) => a + b, 0), sumSq: values.reduce((a, b) => a + b * b, 0) });
      expect([scale.n, scale.mean, scale.sd]).toEqual([stats.n, expect.closeTo(stats.mean!, 10), expect.closeTo(stats.sd!, 10)]);
      for (const group of scale.byGroup.filter((g) => !g.suppressed)) {
        const inGroup = ids.flatMap((id, i) => (sector.get(id) === group.label && columns[scale.code]![i] !== null ? [columns[scale.code]![i]!] : []));
        expect(group.n).toBe(inGroup.length);
        expect(group.mean).toBeCloseTo(inGroup.reduce((a, b) => a + b, 0) / inGroup.length, 10);
      }
    }
    expect(report.scales.find((s) => s.code === 'netwerken')!.n).toBe(ids.length - 7);
    const expected = correlationMatrix(pairwiseSums(columns));
    expect(report.correlations.variables).toEqual(expected.variables);
    report.correlations.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const want = expected.cells[i]![j];
        if (want === null || want === undefined) return expect(cell).toBeNull();
        expect(cell!.n).toBe(want.n);
        expect(cell!.r).toBeCloseTo(want.r!, 10);
      }),
    );
  });

  it('gives the item descriptives and the alpha of complete cases', async () => {
    const { ids } = await scoreColumns();
    const answers = await answerColumns(ids);
    const scale = report.responseScale!;
    for (const item of report.items) {
      const d = descriptives(answers.get(item.code)!, { min: scale.min, max: scale.max });
      expect([item.n, item.missing, item.distribution.map((p) => p.count)]).toEqual([d.n, ids.length - d.n, d.distribution.map((p) => p.count)]);
      expect(item.mean).toBeCloseTo(d.mean!, 10);
    }
    expect(report.items.find((i) => i.code === 'kz2')!.missing).toBeGreaterThanOrEqual(5);
    for (const { items, alpha, alphaN } of report.scales) {
      const reverse = new Map(report.items.map((i) => [i.code, i.reverse]));
      const complete = ids.flatMap((_, r) => {
        const row = items.map((code) => answers.get(code)![r] ?? null);
        return row.every((v) => v !== null) ? [row.map((v, c) => (reverse.get(items[c]!) ? scale.min + scale.max - v! : v!))] : [];
      });
      expect(alphaN).toBe(complete.length);
      const k = items.length;
      const itemVar = items.reduce((sum, _, c) => sum + variance(complete.map((row) => row[c]!)), 0);
      expect(alpha).toBeCloseTo((k / (k - 1)) * (1 - itemVar / variance(complete.map((row) => row.reduce((a, b) => a + b, 0)))), 10);
    }
  });
});
