import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminTeam } from '../../src/shared/evaluation';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf } from '../competencies/helpers';

/** The administrator's team screen: list, rename, change leader, add and remove members. */
let t: TestApp;
let c: ReturnType<typeof client>;
let admin: string;
let managerId: string;
let slbId: string;
let team: AdminTeam;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  managerId = await idOf(t, 'manager@demo.koers.nl');
  slbId = await idOf(t, 'slb@demo.koers.nl');
  const created = await c.call('POST', '/api/admin/teams', admin, { name: 'Team Beheer', leaderId: managerId, memberIds: [] });
  expect(created.statusCode, created.body).toBe(201);
  team = (await list()).find((x) => x.name === 'Team Beheer') as AdminTeam;
});
afterAll(async () => t?.close());

async function list(): Promise<AdminTeam[]> {
  const res = await c.call('GET', '/api/admin/teams', admin);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as AdminTeam[];
}

const auditCount = async (action: string) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND entity_id = ${team.id}`.execute(t.ctx.db)).rows[0]?.n;

describe('teams for the administrator', () => {
  it('lists every team with its leader and members by name', async () => {
    const teams = await list();
    expect(teams.length).toBe(4);
    const withSlb = teams.find((x) => x.members.some((m) => m.id === slbId));
    expect(withSlb?.leader).toEqual({ id: managerId, name: 'Bart Hendriks' });
    expect(team.members).toEqual([]);
  });

  it('renames a team, refusing a name another team has', async () => {
    const res = await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, { name: 'Team Beheer en Zorg' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as AdminTeam).name).toBe('Team Beheer en Zorg');
    const other = (await list()).find((x) => x.id !== team.id);
    const taken = await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, { name: other?.name });
    expect(taken.statusCode).toBe(409);
    expect((await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, {})).statusCode).toBe(400);
    expect((await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, { name: '  ' })).statusCode).toBe(400);
    expect(await auditCount('team.update')).toBe(1);
  });

  it('gives the team another leader, but only a manager', async () => {
    const refused = await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, { leaderId: slbId });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.id).toBe('team_member_invalid');
    const { rows } = await sql<{ id: string }>`SELECT id FROM app_user WHERE role = 'manager' AND id <> ${managerId} AND active LIMIT 1`.execute(t.ctx.db);
    const otherManager = rows[0]?.id ?? (await idOf(t, 'manager@demo.koers.nl'));
    const ok = await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, { leaderId: otherManager });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as AdminTeam).leader.id).toBe(otherManager);
    await c.call('PATCH', `/api/admin/teams/${team.id}`, admin, { leaderId: managerId });
  });

  it('adds and removes counsellors; students and unknown people are refused', async () => {
    const added = await c.call('PUT', `/api/admin/teams/${team.id}/members/${slbId}`, admin);
    expect(added.statusCode, added.body).toBe(200);
    expect((added.json() as AdminTeam).members).toEqual([{ id: slbId, name: 'Youssef el Amrani' }]);
    // Adding twice changes nothing and writes no second audit line.
    expect(((await c.call('PUT', `/api/admin/teams/${team.id}/members/${slbId}`, admin)).json() as AdminTeam).members).toHaveLength(1);
    expect(await auditCount('team.member-add')).toBe(1);

    // The new leader now reads the member's plan: membership is what the policy looks at.
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    expect((await c.call('GET', `/api/staff/counsellors/${slbId}/development`, manager)).statusCode).toBe(200);

    const studentId = await idOf(t, 'student@demo.koers.nl');
    for (const id of [studentId, managerId, '00000000-0000-4000-8000-000000000000']) {
      const res = await c.call('PUT', `/api/admin/teams/${team.id}/members/${id}`, admin);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.id).toBe('team_member_invalid');
    }

    const removed = await c.call('DELETE', `/api/admin/teams/${team.id}/members/${slbId}`, admin);
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as AdminTeam).members).toEqual([]);
    expect(await auditCount('team.member-remove')).toBe(1);
  });

  it('answers 404 for a team that does not exist', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await c.call('PATCH', `/api/admin/teams/${none}`, admin, { name: 'X' })).statusCode).toBe(404);
    expect((await c.call('PUT', `/api/admin/teams/${none}/members/${slbId}`, admin)).statusCode).toBe(404);
    expect((await c.call('DELETE', `/api/admin/teams/${none}/members/${slbId}`, admin)).statusCode).toBe(404);
  });
});
