import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv/parse';
import { checkSurveyFile, MAX_IMPORT_ROWS } from '../../src/domain/surveys/import';
import type { CampaignDetail, ImportReport } from '../../src/shared/surveys';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { inDays, lisasProgramme, studentCampaign, surveys, today } from './campaigns.helpers';

let t: TestApp;
let s: ReturnType<typeof surveys>;
let manager: string;
let campaign: CampaignDetail;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  s = surveys(t);
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  campaign = await s.create(manager, { title: 'Monitor 2024 (elders afgenomen)', audience: 'students', anonymity: 'anonymous', opensOn: '2024-10-01', closesOn: '2024-10-31', instruments: ['studentenmonitor'], imported: true });
});
afterAll(async () => t?.close());

const upload = (mode: 'check' | 'apply', csv: string, id = campaign.id) =>
  t.app.inject({ method: 'POST', url: `/api/surveys/${id}/responses/import?mode=${mode}&filename=monitor.csv`, headers: { cookie: manager, 'content-type': 'text/csv' }, payload: csv });
const responseCount = async () => (await t.ctx.db.selectFrom('survey_response').select('id').where('campaign_id', '=', campaign.id).execute()).length;

const BAD = [
  'respondent;opleiding;geslacht;ple1;ple2;kz1;uv1;onbekend',
  'r1;Verpleegkunde;v;4;3;2;1;x',
  'r2;Verpleegkunde;m;5;3;2;1;',
  'r1;Techniek;x;abc;3;2;1;',
  'r4;Techniek;x;;;;;',
].join('\n');

describe('a campaign for imported data', () => {
  it('is closed from the start and invites nobody', () => {
    expect(campaign).toMatchObject({ status: 'closed', imported: true, invited: 0 });
  });

  it('offers a template with the respondent, group and item columns', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/surveys/${campaign.id}/responses/template.csv`, headers: { cookie: manager } });
    expect(res.statusCode).toBe(200);
    const header = parseCsv(res.body).headers;
    expect(header.slice(0, 6)).toEqual(['respondent', 'sector', 'programme', 'cohort', 'gender', 'year']);
    expect(header).toContain('uv3');
  });
});

describe('checking a file with problems', () => {
  it('reports every problem by row and column, in Dutch, and writes nothing', async () => {
    const res = await upload('check', BAD);
    expect(res.statusCode).toBe(200);
    const report = res.json() as ImportReport;
    expect(report).toMatchObject({ status: 'rejected', totalRows: 4, validRows: 1 });
    const found = report.errors.map((e) => `${e.row}:${e.column}:${e.code}`);
    expect(found).toEqual(
      expect.arrayContaining(['1:onbekend:unknown_column', '3:ple1:outside_scale', '4:ple1:not_a_number', '4:respondent:duplicate_respondent', '5:null:no_answers']),
    );
    expect(report.errors.find((e) => e.code === 'outside_scale')?.message).toContain('buiten de antwoordschaal 1–4');
    expect(report.itemColumns).toEqual(['ple1', 'ple2', 'kz1', 'uv1']);
    expect(report.groupColumns).toEqual(['programme', 'gender']);
    expect(await responseCount()).toBe(0);
  });

  it('refuses to apply it and writes nothing at all', async () => {
    const res = await upload('apply', BAD);
    expect(res.statusCode).toBe(409);
    expect((res.json() as { error: { id: string } }).error.id).toBe('survey_import_has_errors');
    expect(await responseCount()).toBe(0);
    const answers = await t.ctx.db.selectFrom('survey_answer').innerJoin('survey_response', 'survey_response.id', 'survey_answer.response_id').select('item_code').where('campaign_id', '=', campaign.id).execute();
    expect(answers).toHaveLength(0);
  });

  it('refuses a file with too many rows', () => {
    const csv = `ple1\n${'1\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const check = checkSurveyFile(parseCsv(csv), new Map([['ple1', { min: 1, max: 4 }]]));
    expect(check.errors.map((e) => e.code)).toEqual(['too_many_rows']);
    expect(check.responses).toHaveLength(0);
  });
});

describe('applying a good file', () => {
  const GOOD = ['respondent,sector,programme,gender,year,ple1,ple2,ple3,ple4,kz1,kz2,kz3', 'a1,Zorg,Verpleegkunde,v,2024-2025,4,4,3,3,4,4,1', 'a2,Zorg,Verpleegkunde,m,2024-2025,2,2,2,2,1,1,4', 'a3,Techniek,Werktuigbouw,x,2024-2025,3,3,3,3,3,3,2'].join('\n');

  it('checks clean first, then writes responses, answers and scale scores in one go', async () => {
    const check = (await upload('check', GOOD)).json() as ImportReport;
    expect(check).toMatchObject({ status: 'checked', errorCount: 0, validRows: 3, applied: 0 });
    expect(await responseCount()).toBe(0);
    const apply = (await upload('apply', GOOD)).json() as ImportReport;
    expect(apply).toMatchObject({ status: 'applied', applied: 3 });
    const rows = await t.ctx.db.selectFrom('survey_response').selectAll().where('campaign_id', '=', campaign.id).orderBy('pseudonym').execute();
    expect(rows.map((r) => [r.pseudonym, r.programme, r.gender, r.status])).toEqual([
      ['a1', 'Verpleegkunde', 'v', 'submitted'],
      ['a2', 'Verpleegkunde', 'm', 'submitted'],
      ['a3', 'Werktuigbouw', 'x', 'submitted'],
    ]);
    const scores = await t.ctx.db.selectFrom('survey_scale_score').select(['response_id', 'scale_code', 'score']).where('response_id', 'in', rows.map((r) => r.id)).execute();
    const a1 = Object.fromEntries(scores.filter((x) => x.response_id === rows[0]?.id).map((x) => [x.scale_code, x.score]));
    expect(a1).toEqual({ praktijkgericht: 3.5, keuzezekerheid: 4 });
  });

  it('refuses the same respondents a second time', async () => {
    const report = (await upload('check', GOOD)).json() as ImportReport;
    expect(report.errors.filter((e) => e.code === 'respondent_imported')).toHaveLength(3);
  });

  it('is only for campaigns made for imported data', async () => {
    const { programmeId } = await lisasProgramme(t);
    const live = await s.create(manager, studentCampaign(programmeId, { opensOn: today(), closesOn: inDays(5) }));
    const res = await upload('check', GOOD, live.id);
    expect(res.statusCode).toBe(409);
    const empty = await upload('check', 'ple1\n');
    expect((empty.json() as { error: { id: string } }).error.id).toBe('survey_import_empty');
  });
});
