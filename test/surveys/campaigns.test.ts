import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_INSTRUMENTS, LOB_SCAN, SLB_MONITOR, STUDENTENMONITOR } from '../../src/domain/instruments/builtin/index';
import { useOf, validateInstrument } from '../../src/domain/instruments/definition';
import type { CampaignDetail, CampaignSummary } from '../../src/shared/surveys';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { inDays, lisasProgramme, studentCampaign, surveys, today } from './campaigns.helpers';

let t: TestApp;
let s: ReturnType<typeof surveys>;
let manager: string;
let admin: string;
let student: string;
let slb: string;
let programme: { programmeId: string; students: number };
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  s = surveys(t);
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  programme = await lisasProgramme(t);
});
afterAll(async () => t?.close());

describe('the built-in quality-monitor instruments', () => {
  it('are valid definitions with short stable item codes and the fixed scale codes', () => {
    for (const instrument of [STUDENTENMONITOR, SLB_MONITOR, LOB_SCAN]) {
      const result = validateInstrument(instrument);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      for (const item of instrument.items) expect(item.code).toMatch(/^[a-z]{2,5}\d$/);
    }
    expect(STUDENTENMONITOR.scales.map((x) => x.code)).toEqual(expect.arrayContaining(['keuzezekerheid', 'uitvalrisico', 'praktijkgericht', 'vraaggericht', 'dialoog']));
    expect(STUDENTENMONITOR.responseScale).toMatchObject({ min: 1, max: 4 });
    expect(LOB_SCAN.scales).toHaveLength(11);
    expect(useOf(LOB_SCAN)).toBe('team-scan');
  });

  it('leave the shipped competence instruments untouched (no use field, so their checksums stay)', () => {
    const measurement = BUILTIN_INSTRUMENTS.filter((i) => useOf(i) === 'measurement');
    expect(measurement.map((i) => i.code)).toEqual(['loopbaancompetenties', 'competentiescan', 'slb-zelfbeoordeling', 'slb-evaluatie']);
    for (const i of measurement) expect('use' in i).toBe(false);
  });

  it('are published but never offered in the competence flows', async () => {
    const published = await t.ctx.db.selectFrom('instrument_version').select('code').where('institution_id', 'is', null).execute();
    expect(published.map((r) => r.code)).toEqual(expect.arrayContaining(['studentenmonitor', 'slb-monitor', 'lob-scan']));
    const listed = (await s.call('GET', '/api/instruments', student)).json() as { items: { code: string }[] };
    expect(listed.items.map((i) => i.code)).not.toContain('studentenmonitor');
    expect(listed.items.map((i) => i.code)).toContain('loopbaancompetenties');
    const res = await s.call('POST', '/api/responses', student, { instrument: 'studentenmonitor' });
    expect(res.statusCode).toBe(403);
    const slbRes = await s.call('POST', '/api/responses', slb, { instrument: 'slb-monitor' });
    expect(slbRes.statusCode).toBe(403);
  });
});

describe('creating a campaign', () => {
  it('reports every problem at once', async () => {
    const before = (await t.ctx.db.selectFrom('survey_campaign').select('id').execute()).length;
    const res = await s.call('POST', '/api/surveys', manager, {
      title: 'Fout',
      audience: 'staff',
      anonymity: 'anonymous',
      feedsGuidance: true,
      opensOn: inDays(10),
      closesOn: today(),
      instruments: ['studentenmonitor', 'bestaat-niet'],
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { id: string; details: { problems: { path: string }[] } } };
    expect(body.error.id).toBe('survey_invalid');
    const paths = body.error.details.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['instruments', 'closesOn', 'instruments[0]', 'feedsGuidance', 'targets']));
    expect(await t.ctx.db.selectFrom('survey_campaign').select('id').execute()).toHaveLength(before);
  });

  it('refuses a programme of another institution and a role for a student survey', async () => {
    const res = await s.call('POST', '/api/surveys', manager, studentCampaign('00000000-0000-4000-8000-000000000000', { targets: [{ programmeId: '00000000-0000-4000-8000-000000000000' }, { role: 'counsellor' }] }));
    expect(res.statusCode).toBe(400);
    const paths = (res.json() as { error: { details: { problems: { path: string }[] } } }).error.details.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['targets', 'targets[1]']));
  });

  it('is for managers and admins only', async () => {
    expect((await s.call('POST', '/api/surveys', student, studentCampaign(programme.programmeId))).statusCode).toBe(403);
    expect((await s.call('GET', '/api/surveys', slb)).statusCode).toBe(403);
    const options = (await s.call('GET', '/api/surveys/options', admin)).json() as { instruments: { code: string; audiences: string[] }[] };
    expect(options.instruments.find((i) => i.code === 'studentenmonitor')?.audiences).toEqual(['students']);
    expect(options.instruments.find((i) => i.code === 'lob-scan')?.audiences).toEqual(['team']);
    expect(options.instruments.some((i) => i.code === 'loopbaancompetenties')).toBe(false);
  });
});

describe('opening a student campaign for one programme', () => {
  let campaign: CampaignDetail;

  it('starts as a draft without invitations', async () => {
    campaign = await s.create(manager, studentCampaign(programme.programmeId));
    expect(campaign).toMatchObject({ status: 'draft', invited: 0, targets: [{ kind: 'programme' }] });
  });

  it('invites every current student of the programme in one go and returns the links to copy (no mail server)', async () => {
    const links = await s.open(manager, campaign.id);
    expect(programme.students).toBeGreaterThan(1);
    expect(links).toMatchObject({ mailSent: false, count: programme.students });
    expect(links.links).toHaveLength(programme.students);
    expect(links.links[0]?.link).toMatch(/\/vragenlijst\/[A-Za-z0-9_-]{40,}$/);
    const rows = await t.ctx.db.selectFrom('survey_invitation').select(['programme_id', 'token_hash']).where('campaign_id', '=', campaign.id).execute();
    expect(rows).toHaveLength(programme.students);
    expect(rows.every((r) => r.programme_id === programme.programmeId && /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('shows response rates per programme and cohort', async () => {
    const detail = (await s.call('GET', `/api/surveys/${campaign.id}`, manager)).json() as CampaignDetail;
    expect(detail.status).toBe('open');
    expect(detail.rates[0]).toMatchObject({ kind: 'all', invited: programme.students, responded: 0 });
    const perProgramme = detail.rates.filter((r) => r.kind === 'programme');
    expect(perProgramme).toHaveLength(1);
    expect(detail.rates.filter((r) => r.kind === 'cohort').reduce((n, r) => n + r.invited, 0)).toBe(programme.students);
    const list = (await s.call('GET', '/api/surveys', manager)).json() as { items: CampaignSummary[] };
    expect(list.items.find((c) => c.id === campaign.id)).toMatchObject({ invited: programme.students, responded: 0 });
  });

  it('cannot be opened twice', async () => {
    const res = await s.call('POST', `/api/surveys/${campaign.id}/open`, manager);
    expect(res.statusCode).toBe(409);
    expect((res.json() as { error: { id: string } }).error.id).toBe('survey_state');
  });

  it('reminds only those who have not responded', async () => {
    const lisa = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('survey_invitation').set({ responded_at: new Date() }).where('campaign_id', '=', campaign.id).where('user_id', '=', lisa.id).execute();
    const res = await s.call('POST', `/api/surveys/${campaign.id}/remind`, manager);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ count: programme.students - 1 });
    const rows = await t.ctx.db.selectFrom('survey_invitation').select(['user_id', 'reminder_count']).where('campaign_id', '=', campaign.id).execute();
    for (const r of rows) expect(r.reminder_count).toBe(r.user_id === lisa.id ? 0 : 1);
    const detail = (await s.call('GET', `/api/surveys/${campaign.id}`, manager)).json() as CampaignDetail;
    expect(detail.reminders.count).toBe(1);
    expect(detail.rates[0]).toMatchObject({ responded: 1 });
  });

  it('closes, after which reminders are refused', async () => {
    expect((await s.call('POST', `/api/surveys/${campaign.id}/close`, manager)).statusCode).toBe(200);
    expect((await s.call('POST', `/api/surveys/${campaign.id}/remind`, manager)).statusCode).toBe(409);
  });
});

describe('staff and team campaigns', () => {
  it('invites staff by role', async () => {
    const campaign = await s.create(admin, { title: 'SLB-monitor', audience: 'staff', anonymity: 'anonymous', opensOn: today(), closesOn: inDays(14), instruments: ['slb-monitor'], targets: [{ role: 'counsellor' }] });
    const links = await s.open(admin, campaign.id);
    const counsellors = await t.ctx.db.selectFrom('app_user').select('id').where('role', '=', 'counsellor').where('active', '=', true).execute();
    expect(links.count).toBe(counsellors.length);
    const detail = (await s.call('GET', `/api/surveys/${campaign.id}`, admin)).json() as CampaignDetail;
    expect(detail.rates.filter((r) => r.kind === 'role')).toEqual([{ kind: 'role', label: 'counsellor', invited: counsellors.length, responded: 0 }]);
  });

  it('invites the members and the leader of a team for the LOB-scan', async () => {
    const team = await t.ctx.db.selectFrom('team').select(['id', 'leader_id']).executeTakeFirst();
    if (!team) throw new Error('the demo has a team');
    const campaign = await s.create(manager, { title: 'LOB-scan', audience: 'team', anonymity: 'pseudonymous', teamId: team.id, opensOn: today(), closesOn: inDays(14), instruments: ['lob-scan'] });
    const links = await s.open(manager, campaign.id);
    const members = await t.ctx.db.selectFrom('team_member').select('user_id').where('team_id', '=', team.id).execute();
    const expected = new Set([...members.map((m) => m.user_id), team.leader_id]);
    expect(links.count).toBe(expected.size);
  });
});
