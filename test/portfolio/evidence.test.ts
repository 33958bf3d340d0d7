import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingReflectionFields, templateByCode, TEMPLATES } from '../../src/domain/portfolio';
import type { EvidenceDetail, GoalView } from '../../src/shared/portfolio';
import { createTestApp, type TestApp } from '../helpers/app';
import { portfolioPeople } from './helpers';

let t: TestApp;
let p: Awaited<ReturnType<typeof portfolioPeople>>;
let goal: GoalView;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  p = await portfolioPeople(t);
  goal = (await p.call('POST', `/api/students/${p.lisa}/goals`, p.student, { title: 'Twee meeloopdagen doen', competencies: ['werkexploratie'] })).json();
});
afterAll(async () => t?.close());

const STARRTT = { situatie: 'Stage bij de thuiszorg', taak: 'Een cliënt helpen', actie: 'Ik vroeg wat zij wilde', resultaat: 'Ze was blij', reflectie: 'Vragen werkt', transfer: 'Vaker eerst vragen' };

describe('reflection templates', () => {
  it('defines cycle, STARRTT (seven fields, tips optional) and free, each field with nl/en label and question', () => {
    expect(TEMPLATES.map((x) => x.code)).toEqual(['cycle', 'starrtt', 'free']);
    expect(templateByCode('starrtt').fields.map((f) => f.code)).toEqual(['situatie', 'taak', 'actie', 'resultaat', 'reflectie', 'transfer', 'tips']);
    expect(templateByCode('cycle').fields.map((f) => f.code)).toEqual(['terugblikken', 'bewustwording', 'alternatieven', 'acties']);
    for (const f of TEMPLATES.flatMap((x) => x.fields)) expect(f.label.nl && f.label.en && f.question.nl && f.question.en).toBeTruthy();
    expect(missingReflectionFields('starrtt', STARRTT)).toEqual([]);
    expect(missingReflectionFields('starrtt', { ...STARRTT, transfer: ' ' })).toEqual(['transfer']);
  });
});

describe('evidence', () => {
  let draft: EvidenceDetail;

  it('saves an incomplete draft, tagged by competency and goal', async () => {
    const res = await p.call('POST', `/api/students/${p.lisa}/evidence`, p.student, {
      kind: 'reflection',
      template: 'starrtt',
      title: 'Eerste stagedag',
      body: { situatie: 'Stage bij de thuiszorg', stray: 'weg' },
      competencies: ['kwaliteitenreflectie'],
      goalIds: [goal.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json();
    expect(draft).toMatchObject({ status: 'draft', template: 'starrtt', competencies: ['kwaliteitenreflectie'], goalIds: [goal.id], version: 1 });
    expect(draft.body).toMatchObject({ situatie: 'Stage bij de thuiszorg', taak: '' });
    expect(draft.body).not.toHaveProperty('stray');
  });

  it('autosaves with the version, and refuses a stale one with 409', async () => {
    const saved = await p.call('PATCH', `/api/evidence/${draft.id}`, p.student, { version: 1, body: { taak: 'Een cliënt helpen' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, body: { situatie: 'Stage bij de thuiszorg', taak: 'Een cliënt helpen' } });
    const stale = await p.call('PATCH', `/api/evidence/${draft.id}`, p.student, { version: 1, body: { taak: 'Iets anders' } });
    expect([stale.statusCode, stale.json().error.id]).toEqual([409, 'conversation_changed']);
  });

  it('makes a reflection final only when its required fields are filled, naming the missing ones', async () => {
    const early = await p.call('PATCH', `/api/evidence/${draft.id}`, p.student, { version: 2, status: 'final' });
    expect(early.statusCode).toBe(400);
    const paths = (early.json().error.details as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(['body.actie', 'body.resultaat', 'body.reflectie', 'body.transfer']);
    const done = await p.call('PATCH', `/api/evidence/${draft.id}`, p.student, { version: 2, status: 'final', body: STARRTT });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'final', version: 3 });
  });

  it('records experiences and filters by kind, competency and goal', async () => {
    const exp = await p.call('POST', `/api/students/${p.lisa}/evidence`, p.student, {
      kind: 'experience',
      experienceType: 'shadowing',
      title: 'Meeloopdag ziekenhuis',
      organisation: 'Ziekenhuis Oost',
      happenedOn: '2026-10-01',
      body: { what: 'Meegelopen op de kinderafdeling' },
      competencies: ['werkexploratie'],
      status: 'final',
    });
    expect(exp.statusCode, exp.body).toBe(201);
    const noType = await p.call('POST', `/api/students/${p.lisa}/evidence`, p.student, { kind: 'experience', title: 'x' });
    expect(noType.statusCode).toBe(400);
    const ids = async (query: string) => ((await p.call('GET', `/api/students/${p.lisa}/evidence?${query}`, p.student)).json().items as { id: string }[]).map((i) => i.id);
    expect(await ids('kind=experience')).toContain(exp.json().id);
    expect(await ids('kind=experience')).not.toContain(draft.id);
    expect(await ids('competency=kwaliteitenreflectie')).toEqual(expect.arrayContaining([draft.id]));
    expect(await ids('competency=kwaliteitenreflectie')).not.toContain(exp.json().id);
    expect(await ids(`goal=${goal.id}`)).toEqual([draft.id]);
  });

  it('refuses linking someone else’s goal, and writing in someone else’s portfolio', async () => {
    const foreign = await t.ctx.db.selectFrom('portfolio_goal').select('id').where('student_id', '!=', p.lisa).executeTakeFirst();
    if (foreign) {
      const res = await p.call('PATCH', `/api/evidence/${draft.id}`, p.student, { version: 3, goalIds: [foreign.id] });
      expect(res.statusCode).toBe(400);
    }
    const unknownGoal = await p.call('PATCH', `/api/evidence/${draft.id}`, p.student, { version: 3, goalIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknownGoal.statusCode).toBe(400);
    expect((await p.call('PATCH', `/api/evidence/${draft.id}`, p.slb, { version: 3, title: 'x' })).statusCode).toBe(403);
  });
});

describe('what guidance staff see', () => {
  it('shows the counsellor only finished evidence marked for guidance, filtered in the query, and audits it', async () => {
    const make = async (title: string, forGuidance: boolean, status: 'draft' | 'final') =>
      (
        await p.call('POST', `/api/students/${p.lisa}/evidence`, p.student, { kind: 'reflection', template: 'free', title, body: { text: 'Tekst' }, forGuidance, status })
      ).json() as EvidenceDetail;
    const shared = await make('Gedeeld', true, 'final');
    const privateOne = await make('Alleen voor mij', false, 'final');
    const unfinished = await make('Nog bezig', true, 'draft');
    const before = await t.ctx.db.selectFrom('audit_log').select('id').where('student_id', '=', p.lisa).where('entity_type', '=', 'portfolio_evidence').execute();

    const res = await p.call('GET', `/api/students/${p.lisa}/evidence`, p.slb);
    expect(res.statusCode).toBe(200);
    const ids = (res.json().items as { id: string }[]).map((i) => i.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(privateOne.id);
    expect(ids).not.toContain(unfinished.id);
    expect((await p.call('GET', `/api/evidence/${privateOne.id}`, p.slb)).statusCode).toBe(404);
    expect((await p.call('GET', `/api/evidence/${shared.id}`, p.zorg)).statusCode).toBe(200);

    const after = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('student_id', '=', p.lisa).where('entity_type', '=', 'portfolio_evidence').execute();
    expect(after.length).toBe(before.length + 2);
    // The student reading their own portfolio is not a staff read.
    await p.call('GET', `/api/students/${p.lisa}/evidence`, p.student);
    const own = await t.ctx.db.selectFrom('audit_log').select('id').where('student_id', '=', p.lisa).where('entity_type', '=', 'portfolio_evidence').where('action', '=', 'student.read').execute();
    expect(own.length).toBe(after.filter((a) => a.action === 'student.read').length);
  });

  it('refuses an unrelated counsellor, a parent and an admin', async () => {
    for (const cookie of [p.otherCounsellor, p.ouder, p.admin]) expect((await p.call('GET', `/api/students/${p.lisa}/evidence`, cookie)).statusCode).toBe(403);
  });
});
