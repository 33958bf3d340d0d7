import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseView } from '../../src/shared/competencies';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf } from './helpers';

let t: TestApp;
let c: ReturnType<typeof client>;
let student: string;
let slb: string;
let parent: string;
let lisa: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  parent = await loginAs(t.app, 'ouder@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
});
afterAll(async () => t?.close());

const storedAnswers = async (responseId: string) =>
  (await t.ctx.db.selectFrom('instrument_answer').select(['item_code', 'value']).where('response_id', '=', responseId).execute()).length;

describe('a student filling in the self-assessment', () => {
  let draft: ResponseView;

  it('starts a draft on the newest version and resumes the same draft later', async () => {
    draft = await c.start(student, 'loopbaancompetenties');
    expect(draft).toMatchObject({ status: 'draft', source: 'self', student: { id: lisa }, answers: {} });
    expect(draft.instrument.code).toBe('loopbaancompetenties');
    expect(draft.instrument.scales).toHaveLength(5);
    const again = await c.start(student, 'loopbaancompetenties');
    expect(again.id).toBe(draft.id);
  });

  it('saves each answer as it is given, and clears one with null', async () => {
    const [first, second] = draft.instrument.scales[0]!.items.map((i) => i.code);
    let res = await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers: { [first!]: 4 } });
    expect(res.statusCode).toBe(200);
    res = await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers: { [second!]: 2 } });
    expect(res.json().answers).toEqual({ [first!]: 4, [second!]: 2 });
    res = await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers: { [second!]: null } });
    expect(res.json().answers).toEqual({ [first!]: 4 });
    const resumed = await c.call('GET', `/api/responses/${draft.id}`, student);
    expect(resumed.json().answers).toEqual({ [first!]: 4 });
  });

  it('refuses answers outside the scale, non-integers and unknown items, storing nothing of the batch', async () => {
    const codes = draft.instrument.scales[1]!.items.map((i) => i.code);
    const before = await storedAnswers(draft.id);
    for (const answers of [{ [codes[0]!]: 3, [codes[1]!]: 6 }, { [codes[0]!]: 0 }, { [codes[0]!]: 2.5 }, { [codes[0]!]: 3, onbekend: 3 }, { onbekend: null }]) {
      const res = await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers });
      expect(res.statusCode, JSON.stringify(answers)).toBe(400);
      expect(res.json().error.id).toBe('answers_invalid');
      expect(res.json().error.details.problems[0].path).toMatch(/^answers\./);
    }
    expect(await storedAnswers(draft.id)).toBe(before);
    const bad = await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers: { [codes[1]!]: 9 } });
    expect(bad.json().error.details.problems[0].message).toBe('Het antwoord moet tussen 1 en 5 liggen.');
  });

  it('will not submit while a competency has too few answers', async () => {
    const res = await c.call('POST', `/api/responses/${draft.id}/submit`, student);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('response_incomplete');
    expect(res.json().error.details.scales).toContain('netwerken');
  });

  it('submits with scale scores (reverse-keyed items mirrored) and is final afterwards', async () => {
    // 4 on every item: reverse-keyed items count as 2, so a scale with one of four reversed scores 3.5.
    const answers = c.allAnswers(draft, () => 4);
    expect((await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers })).statusCode).toBe(200);
    const res = await c.call('POST', `/api/responses/${draft.id}/submit`, student);
    expect(res.statusCode).toBe(200);
    const view = res.json() as ResponseView;
    expect(view.status).toBe('submitted');
    for (const scale of draft.instrument.scales) {
      const reversed = scale.items.filter((i) => i.reverse).length;
      const expected = (4 * (scale.items.length - reversed) + 2 * reversed) / scale.items.length;
      expect(view.scales.find((s) => s.code === scale.code)?.score).toBeCloseTo(expected, 6);
    }
    const stored = await t.ctx.db.selectFrom('instrument_scale_score').selectAll().where('response_id', '=', draft.id).execute();
    expect(stored).toHaveLength(5);
    const again = await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers: { [Object.keys(answers)[0]!]: 1 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.id).toBe('response_submitted');
    expect((await c.call('POST', `/api/responses/${draft.id}/submit`, student)).json().error.id).toBe('response_submitted');
    // A new measurement starts a new draft rather than reopening the submitted one.
    expect((await c.start(student, 'loopbaancompetenties')).id).not.toBe(draft.id);
  });

  it('points every response at the version that was answered', async () => {
    const row = await t.ctx.db
      .selectFrom('instrument_response as r')
      .innerJoin('instrument_version as v', 'v.id', 'r.instrument_version_id')
      .select(['v.code', 'v.version'])
      .where('r.id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ code: 'loopbaancompetenties', version: draft.instrument.version });
  });
});

describe('who may answer what about whom', () => {
  it('refuses an instrument that is not meant for the actor, storing nothing', async () => {
    const count = async () => (await t.ctx.db.selectFrom('instrument_response').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const student_scan = await c.call('POST', '/api/responses', student, { instrument: 'competentiescan' });
    expect(student_scan.statusCode).toBe(403);
    expect(student_scan.json().error.id).toBe('instrument_not_for_you');
    const slbSelf = await c.call('POST', '/api/responses', slb, { instrument: 'loopbaancompetenties', studentId: lisa });
    expect(slbSelf.json().error.id).toBe('instrument_not_for_you');
    const aboutOther = await c.call('POST', '/api/responses', student, { instrument: 'loopbaancompetenties', studentId: await idOf(t, 'slb@demo.koers.nl') });
    expect(aboutOther.statusCode).toBe(403);
    expect((await c.call('POST', '/api/responses', parent, { instrument: 'loopbaancompetenties' })).statusCode).toBe(403);
    const unknown = await c.call('POST', '/api/responses', student, { instrument: 'bestaat-niet' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.id).toBe('instrument_unknown');
    expect(await count()).toBe(before);
  });

  it('lets a counsellor fill in the competence scan about a caseload student only', async () => {
    const scan = await c.start(slb, 'competentiescan', lisa);
    expect(scan.source).toBe('counsellor');
    const outsider = await t.ctx.db
      .selectFrom('app_user')
      .select('id')
      .where('role', '=', 'student')
      .where('id', 'not in', (eb) => eb.selectFrom('assignment').innerJoin('app_user as c', 'c.id', 'assignment.counsellor_id').select('assignment.student_id').where('c.email', '=', 'slb@demo.koers.nl'))
      .executeTakeFirstOrThrow();
    const res = await c.call('POST', '/api/responses', slb, { instrument: 'competentiescan', studentId: outsider.id });
    expect(res.statusCode).toBe(403);
  });

  it("hides someone else's response as if it did not exist", async () => {
    const scan = await c.start(slb, 'competentiescan', lisa);
    for (const [method, url] of [['GET', `/api/responses/${scan.id}`], ['PATCH', `/api/responses/${scan.id}`], ['POST', `/api/responses/${scan.id}/submit`]] as const) {
      const res = await c.call(method, url, student, method === 'PATCH' ? { answers: {} } : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});
