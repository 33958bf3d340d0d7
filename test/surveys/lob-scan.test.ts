import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberMembers, priorityProblems } from '../../src/domain/surveys/lob-scan';
import type { LobScanAction, LobScanRef, LobScanResults } from '../../src/shared/lob-scan';
import { client, loginAsAnyone } from '../competencies/helpers';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

/** The demo team's LOB-scan (see demo-lobscan.seed.ts): numbered members, the plan, and the look back. */

let t: TestApp;
let manager: string;
let current: LobScanRef;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  const res = await client(t).call('GET', '/api/lob-scans', manager);
  expect(res.statusCode, res.body).toBe(200);
  const items = (res.json() as { items: LobScanRef[] }).items;
  const open = items.find((c) => c.status === 'open');
  if (!open) throw new Error('demo has no open LOB-scan');
  current = open;
});
afterAll(async () => t?.close());

async function results(cookie: string, id = current.id): Promise<LobScanResults> {
  const res = await client(t).call('GET', `/api/lob-scans/${id}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as LobScanResults;
}

describe('LOB-scan results', () => {
  it('numbers members 1…n and never sends names, user ids or pseudonyms', async () => {
    const res = await client(t).call('GET', `/api/lob-scans/${current.id}`, manager);
    const body = res.body;
    const data = res.json() as LobScanResults;
    expect(data.role).toBe('leader');
    expect(data.members.map((m) => m.number)).toEqual(Array.from({ length: data.members.length }, (_, i) => i + 1));
    expect(data.members.length).toBe(current.respondents);
    expect(data.members.length).toBeGreaterThan(1);
    expect(data.themes).toHaveLength(11);
    const people = await t.ctx.db
      .selectFrom('team_member')
      .innerJoin('app_user', 'app_user.id', 'team_member.user_id')
      .select(['app_user.id', 'app_user.display_name', 'app_user.last_name', 'app_user.email'])
      .where('team_member.team_id', '=', current.team.id)
      .execute();
    const responses = await t.ctx.db.selectFrom('survey_response').select(['id', 'pseudonym', 'invitation_id']).where('campaign_id', '=', current.id).execute();
    const secrets = [...people.flatMap((p) => [p.id, p.display_name, p.last_name, p.email ?? '']), ...responses.flatMap((r) => [r.id, r.pseudonym ?? '', r.invitation_id ?? ''])].filter((s) => s.length > 3);
    for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it('is the team\'s: a member reads it, another counsellor or an admin does not', async () => {
    const member = await t.ctx.db
      .selectFrom('team_member')
      .innerJoin('app_user', 'app_user.id', 'team_member.user_id')
      .select('app_user.email')
      .where('team_member.team_id', '=', current.team.id)
      .orderBy('app_user.email')
      .executeTakeFirstOrThrow();
    const memberCookie = await loginAsAnyone(t, member.email ?? '');
    expect((await results(memberCookie)).role).toBe('member');
    const outsider = await t.ctx.db
      .selectFrom('app_user')
      .select('email')
      .where('role', '=', 'counsellor')
      .where('email', 'is not', null)
      .where('id', 'not in', t.ctx.db.selectFrom('team_member').select('user_id').where('team_id', '=', current.team.id))
      .executeTakeFirstOrThrow();
    const outsiderCookie = await loginAsAnyone(t, outsider.email ?? '');
    const denied = await client(t).call('GET', `/api/lob-scans/${current.id}`, outsiderCookie);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: { id: 'lob_scan_forbidden' } });
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    expect((await client(t).call('GET', `/api/lob-scans/${current.id}`, admin)).statusCode).toBe(403);
  });
});

describe('priorities and action plan', () => {
  it('replaces ranked priorities and rejects gaps and duplicates', async () => {
    const { call } = client(t);
    const ok = await call('PUT', `/api/lob-scans/${current.id}/priorities`, manager, {
      priorities: [
        { themeCode: 'ouders', rank: 2, rationale: 'Ouders weten weinig.' },
        { themeCode: 'leeromgeving', rank: 1, rationale: '' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await results(manager)).priorities.map((p) => p.themeCode)).toEqual(['leeromgeving', 'ouders']);
    const gap = await call('PUT', `/api/lob-scans/${current.id}/priorities`, manager, { priorities: [{ themeCode: 'visie', rank: 2 }] });
    expect(gap.statusCode).toBe(400);
    const twice = await call('PUT', `/api/lob-scans/${current.id}/priorities`, manager, { priorities: [{ themeCode: 'visie', rank: 1 }, { themeCode: 'visie', rank: 2 }] });
    expect(twice.statusCode).toBe(400);
    expect((await results(manager)).priorities).toHaveLength(2);
  });

  it('adds, changes and removes actions (what, who, by when)', async () => {
    const { call } = client(t);
    const created = await call('POST', `/api/lob-scans/${current.id}/actions`, manager, { themeCode: 'ouders', what: 'Ouderavond', who: 'SLB-coördinator', dueOn: '2027-02-01' });
    expect(created.statusCode, created.body).toBe(201);
    const action = created.json() as LobScanAction;
    expect(action).toMatchObject({ what: 'Ouderavond', status: 'open', reviewNote: null });
    const bad = await call('POST', `/api/lob-scans/${current.id}/actions`, manager, { themeCode: 'ouders', what: 'X', who: 'Y', dueOn: '2027-02-30' });
    expect(bad.statusCode).toBe(400);
    const changed = await call('PATCH', `/api/lob-scan-actions/${action.id}`, manager, { who: 'Teamleider', status: 'done' });
    expect(changed.json()).toMatchObject({ who: 'Teamleider', status: 'done' });
    expect((await results(manager)).actions.map((a) => a.id)).toContain(action.id);
    expect((await call('DELETE', `/api/lob-scan-actions/${action.id}`, manager)).statusCode).toBe(204);
    expect((await results(manager)).actions.map((a) => a.id)).not.toContain(action.id);
  });

  it('lists the previous cycle\'s plan with review notes, and a review written now shows there', async () => {
    const data = await results(manager);
    expect(data.previous).not.toBeNull();
    const previous = data.previous as NonNullable<LobScanResults['previous']>;
    expect(previous.priorities.length).toBeGreaterThan(0);
    expect(previous.actions.some((a) => a.reviewNote !== null && a.reviewedAt !== null)).toBe(true);
    const open = previous.actions.find((a) => a.reviewNote === null);
    if (!open) throw new Error('demo has no action left to review');
    const reviewed = await client(t).call('PATCH', `/api/lob-scan-actions/${open.id}`, manager, { status: 'dropped', reviewNote: 'Geen tijd gevonden; schuift door.' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const again = (await results(manager)).previous?.actions.find((a) => a.id === open.id);
    expect(again).toMatchObject({ status: 'dropped', reviewNote: 'Geen tijd gevonden; schuift door.' });
    expect(again?.reviewedAt).not.toBeNull();
  });
});

describe('LOB-scan rules', () => {
  it('numbers by sorted key, independent of answer order', () => {
    const a = numberMembers(['f3', 'a1', 'c2']);
    const b = numberMembers(['c2', 'f3', 'a1']);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.get('a1')).toBe(1);
    expect(a.get('f3')).toBe(3);
  });
  it('allows at most five priorities', () => {
    const six = ['visie', 'draagvlak', 'beleid', 'programma', 'activiteiten', 'rollen'].map((themeCode, i) => ({ themeCode, rank: i + 1, rationale: '' }));
    expect(priorityProblems(six).map((p) => p.path)).toContain('priorities');
    expect(priorityProblems(six.slice(0, 5))).toEqual([]);
  });
});
