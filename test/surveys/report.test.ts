import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyReport } from '../../src/shared/survey-report';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { createOtherInstitution } from '../helpers/other-institution';
import { fixtureCampaign, pdfText, ROWS, unzip } from './report-fixture';

/*
 * Reference values: computed from ROWS with numpy 2 / scipy 1.17, independently of the app —
 * numpy mean/std(ddof=1); alpha from the item and sum-score variances of complete cases with a3
 * mirrored (6 − x); Welch's F by its textbook formula, cross-checked: with two groups F equals the
 * squared Welch t of scipy.stats.ttest_ind(equal_var=False) and p agrees; Games–Howell p from
 * scipy.stats.studentized_range.sf; r from scipy.stats.pearsonr; the regression by
 * numpy.linalg.lstsq with SE from s²(X'X)⁻¹ and p from scipy.stats.t.
 */
const REF = {
  a1: { n: 26, mean: 3.0, sd: 1.0954451150103321, top: 26.923076923076923 },
  scaleA: { n: 26, mean: 2.884615384615384, sd: 0.7996794229484584 },
  alphaA: { n: 25, alpha: 0.4674620390455533 },
  welch: { F: 4.054966248794596, df1: 1, df2: 20.705098830515198, p: 0.05722082413548539 },
  gamesHowell: { diff: -0.6590909090909087, p: 0.05722082413548257 },
  r: { n: 25, r: 0.763805977010277, p: 8.881155091552424e-6 },
  regression: {
    n: 25,
    beta: [1.1137448758138417, 0.7184952978056421, 0.1169761273209569],
    se: [0.4085492829860722, 0.12832471169416548, 0.20127410767611076],
    p: [0.012333522258570023, 1.2518101291161783e-5, 0.567027569433884],
    r2: 0.5896989619223595,
  },
};

let t: TestApp;
let manager: string;
let campaignId: string;
let tinyId: string;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  const m = await t.ctx.db.selectFrom('app_user').select(['id', 'institution_id']).where('email', '=', 'manager@demo.koers.nl').executeTakeFirstOrThrow();
  campaignId = await fixtureCampaign(t.ctx, m.institution_id, m.id);
  tinyId = await fixtureCampaign(t.ctx, m.institution_id, m.id, ROWS.slice(0, 9), 'Te weinig');
});
afterAll(async () => t?.close());

const get = (url: string, cookie = manager) => t.app.inject({ method: 'GET', url, headers: { cookie } });

async function report(query = ''): Promise<SurveyReport> {
  const res = await get(`/api/surveys/${campaignId}/report${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SurveyReport;
}

describe('survey report figures', () => {
  it('describes items and scales as computed independently', async () => {
    const r = await report();
    expect(r.suppressed).toBe(false);
    expect(r.responses.submitted).toBe(26);
    const a1 = r.items.find((i) => i.code === 'a1')!;
    expect(a1.n).toBe(REF.a1.n);
    expect(a1.mean).toBeCloseTo(REF.a1.mean, 10);
    expect(a1.sd).toBeCloseTo(REF.a1.sd, 10);
    expect(a1.topHalfPercent).toBeCloseTo(REF.a1.top, 10);
    expect(a1.distribution.map((d) => d.count)).toEqual([2, 6, 11, 4, 3]); // counted by hand from ROWS
    const a2 = r.items.find((i) => i.code === 'a2')!;
    expect([a2.n, a2.missing]).toEqual([25, 1]);
    const a = r.scales.find((s) => s.code === 'schaal-a')!;
    expect(a.n).toBe(REF.scaleA.n);
    expect(a.mean).toBeCloseTo(REF.scaleA.mean, 10);
    expect(a.sd).toBeCloseTo(REF.scaleA.sd, 10);
    expect(a.alphaN).toBe(REF.alphaA.n);
    expect(a.alpha).toBeCloseTo(REF.alphaA.alpha, 10);
  });

  it('compares groups with Welch and Games–Howell, leaving the small group out', async () => {
    const r = await report('?groupBy=sector');
    const c = r.comparisons.find((x) => x.scale === 'schaal-a')!;
    expect(c.excluded).toEqual(['Sector Klein']);
    if (!c.result.ok) throw new Error('comparison failed');
    expect(c.result.F).toBeCloseTo(REF.welch.F, 8);
    expect(c.result.df2).toBeCloseTo(REF.welch.df2, 8);
    expect(c.result.p).toBeCloseTo(REF.welch.p, 6);
    expect(c.result.pairs).toHaveLength(1);
    expect(c.result.pairs[0]!.diff).toBeCloseTo(REF.gamesHowell.diff, 10);
    expect(c.result.pairs[0]!.p).toBeCloseTo(REF.gamesHowell.p, 4);
  });

  it('correlates the scales pairwise-complete', async () => {
    const r = await report();
    const i = r.correlations.variables.indexOf('schaal-a');
    const j = r.correlations.variables.indexOf('schaal-b');
    const cell = r.correlations.cells[i]![j]!;
    expect(cell.n).toBe(REF.r.n);
    expect(cell.r).toBeCloseTo(REF.r.r, 10);
    expect(cell.p).toBeCloseTo(REF.r.p, 10);
    expect(r.correlations.cells[i]![i]).toBeNull();
  });

  it('runs a regression with a dummy-coded control built from SQL sums', async () => {
    const r = await report('?outcome=schaal-b&predictors=schaal-a&controls=gender');
    const reg = r.regression!;
    expect(reg.references).toEqual([{ control: 'gender', reference: 'v' }]);
    if (!reg.result.ok) throw new Error(`regression failed: ${reg.result.reason}`);
    expect(reg.result.n).toBe(REF.regression.n);
    expect(reg.result.coefficients.map((c) => c.name)).toEqual(['(intercept)', 'schaal-a', 'gender=m']);
    reg.result.coefficients.forEach((c, k) => {
      expect(c.estimate).toBeCloseTo(REF.regression.beta[k]!, 8);
      expect(c.se).toBeCloseTo(REF.regression.se[k]!, 8);
      expect(c.p).toBeCloseTo(REF.regression.p[k]!, 8);
    });
    expect(reg.result.rSquared).toBeCloseTo(REF.regression.r2, 10);
  });

  it('merges or drops a control level below the minimum instead of estimating it', async () => {
    // Sector Klein (3) is too small for its own coefficient, and as the only small level also for "overig".
    const r = await report('?outcome=schaal-b&predictors=schaal-a&controls=sector');
    if (!r.regression?.result.ok) throw new Error('regression failed');
    expect(r.regression.result.coefficients.map((c) => c.name)).toEqual(['(intercept)', 'schaal-a', 'sector=Sector Beta']);
    expect(r.regression.result.n).toBe(22);
  });

  it('rejects an unknown scale in the regression', async () => {
    const res = await get(`/api/surveys/${campaignId}/report?outcome=bestaat-niet`);
    expect(res.statusCode).toBe(400);
  });
});

describe('suppression', () => {
  it('shows a small group only as suppressed, without numbers', async () => {
    const r = await report();
    expect(r.groups.sector).toContainEqual({ label: 'Sector Klein', suppressed: true });
    expect(r.groups.sector).toContainEqual({ label: 'Sector Alfa', suppressed: false, n: 12 });
    for (const scale of r.scales) expect(scale.byGroup).toContainEqual({ label: 'Sector Klein', suppressed: true });
  });

  it('suppresses the whole report below the minimum number of respondents', async () => {
    const res = await get(`/api/surveys/${tinyId}/report?outcome=schaal-b&predictors=schaal-a`);
    const r = res.json() as SurveyReport;
    expect(r.suppressed).toBe(true);
    expect(r.responses.submitted).toBe(9);
    expect([r.scales, r.items, r.comparisons, r.correlations.variables]).toEqual([[], [], [], []]);
    expect(r.regression).toBeNull();
    expect((await get(`/api/surveys/${tinyId}/export.zip`)).json()).toMatchObject({ error: { id: 'survey_too_few_responses' } });
    const pdf = pdfText((await get(`/api/surveys/${tinyId}/report.pdf`)).rawPayload);
    expect(pdf).toContain('minder dan 10 respondenten');
    expect(pdf).not.toContain('Schaal A');
  });

  it('suppresses the small group in the PDF', async () => {
    const res = await get(`/api/surveys/${campaignId}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Sector Alfa');
    expect(text).toMatch(/Sector Klein\s*\(te klein\)/);
    expect(text).not.toMatch(/n=3\)/);
  });

  it('exports data and codebook that parse back, without the small group label', async () => {
    const res = await get(`/api/surveys/${campaignId}/export.zip`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = await unzip(res.rawPayload);
    expect([...files.keys()].sort()).toEqual(['LEESMIJ.txt', 'codebook.csv', 'data.csv', 'labels.sps', 'load.R', 'value_labels.csv']);
    for (const [name, text] of files) if (name !== 'LEESMIJ.txt') expect(text, name).not.toContain('Sector Klein');

    const data = Papa.parse<Record<string, string>>(files.get('data.csv')!, { header: true, skipEmptyLines: true });
    expect(data.errors).toEqual([]);
    expect(data.meta.fields).toEqual(['respondent', 'sector', 'programme', 'gender', 'year', 'a1', 'a2', 'a3', 'b1', 'b2', 'schaal-a', 'schaal-b']);
    expect(data.data).toHaveLength(26);
    const sectors = data.data.map((d) => d.sector).sort();
    expect(sectors.filter((s) => s === '99')).toHaveLength(3);
    expect(sectors.filter((s) => s === '1')).toHaveLength(12);
    expect(data.data.filter((d) => d.a2 === 'NA')).toHaveLength(1);
    expect(data.data.every((d) => d.programme === 'NA')).toBe(true);
    // Raw answers, not mirrored: the a3 column sums to the same total as in the rows.
    expect(data.data.reduce((acc, d) => acc + Number(d.a3), 0)).toBe(ROWS.reduce((acc, r) => acc + r[4], 0));

    const codebook = Papa.parse<Record<string, string>>(files.get('codebook.csv')!, { header: true, skipEmptyLines: true });
    expect(codebook.meta.fields).toEqual(['variable', 'label', 'type', 'scale', 'reverse', 'values']);
    const byVar = new Map(codebook.data.map((row) => [row.variable, row]));
    expect(byVar.get('sector')?.values).toBe('1=Sector Alfa; 2=Sector Beta; 99=overig (groepen kleiner dan 10)');
    expect(byVar.get('a3')).toMatchObject({ label: 'Vraag a3, omgepoold', scale: 'schaal-a', reverse: 'ja' });
    expect(byVar.get('a1')?.values).toBe('1=Helemaal oneens; 2=Oneens; 3=Neutraal; 4=Eens; 5=Helemaal eens');

    const labels = Papa.parse<Record<string, string>>(files.get('value_labels.csv')!, { header: true, skipEmptyLines: true });
    expect(labels.data).toContainEqual({ variable: 'a2', value: '5', label: 'Helemaal eens' });
    const sps = files.get('labels.sps')!;
    expect(sps).toContain("a2 'Vraag a2 met ''aanhalingstekens'''");
    expect(sps).toContain("sector 1 'Sector Alfa' 2 'Sector Beta' 99 'overig (groepen kleiner dan 10)'");
  });
});

describe('access', () => {
  it('is for managers and admins of the institution only', async () => {
    expect((await get(`/api/surveys/${campaignId}/report`, await loginAs(t.app, 'admin@demo.koers.nl'))).statusCode).toBe(200);
    for (const email of ['slb@demo.koers.nl', 'student@demo.koers.nl']) {
      const cookie = await loginAs(t.app, email);
      for (const path of ['report', 'report.pdf', 'export.zip']) expect((await get(`/api/surveys/${campaignId}/${path}`, cookie)).statusCode).toBe(403);
    }
    const other = await createOtherInstitution(t.ctx);
    const otherCounsellor = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'otto@andere.example').executeTakeFirstOrThrow();
    const foreign = await fixtureCampaign(t.ctx, other.institutionId, otherCounsellor.id);
    for (const path of ['report', 'report.pdf', 'export.zip']) expect((await get(`/api/surveys/${foreign}/${path}`)).statusCode).toBe(404);
  });

  it('shows the demo campaign with the small programme suppressed', async () => {
    const campaign = await t.ctx.db.selectFrom('survey_campaign').select('id').where('title', '=', 'Studentenmonitor loopbaanleren').executeTakeFirstOrThrow();
    const res = await get(`/api/surveys/${campaign.id}/report?groupBy=programme&outcome=keuzezekerheid&predictors=werkexploratie,loopbaansturing&controls=gender,sector`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as SurveyReport;
    expect(r.responses.submitted).toBe(344);
    expect(r.groups.programme).toContainEqual({ label: 'Havo – profiel Natuur & Techniek', suppressed: true });
    expect(r.groups.gender).toContainEqual({ label: 'x', suppressed: true });
    expect(r.scales.find((s) => s.code === 'keuzezekerheid')?.alpha).toBeGreaterThan(0.5);
    if (!r.regression?.result.ok) throw new Error('regression failed');
    expect(r.regression.result.coefficients.find((c) => c.name === 'werkexploratie')!.estimate).toBeGreaterThan(0);
  });
});
