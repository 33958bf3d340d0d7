import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, NoteView, PreparationView } from '../../src/shared/conversations';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf, loginAsAnyone } from '../competencies/helpers';

let t: TestApp;
let student: string;
let slb: string;
let lisa: string;
const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
});
afterAll(async () => t?.close());

const inDays = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('planning a conversation', () => {
  let proposed: ConversationSummary;

  it('lets the student propose to their counsellor, who then has to respond', async () => {
    const res = await call('POST', `/api/students/${lisa}/conversations`, student, { type: 'loopbaangesprek', startsAt: inDays(7), durationMinutes: 30, location: 'Lokaal B2.14' });
    expect(res.statusCode, res.body).toBe(201);
    proposed = res.json();
    expect(proposed).toMatchObject({ status: 'proposed', awaitingResponseFrom: 'counsellor', counsellor: { name: 'Youssef el Amrani' }, version: 1 });
    const own = await call('POST', `/api/conversations/${proposed.id}/respond`, student, { action: 'accept', version: 1 });
    expect([own.statusCode, own.json().error.id]).toEqual([409, 'conversation_not_your_turn']);
  });

  it('lets the other side propose another time, which turns the turn around, then accept', async () => {
    const counter = await call('POST', `/api/conversations/${proposed.id}/respond`, slb, { action: 'counter', version: 1, startsAt: inDays(8, 13), durationMinutes: 45, online: true });
    expect(counter.statusCode, counter.body).toBe(200);
    expect(counter.json()).toMatchObject({ awaitingResponseFrom: 'student', durationMinutes: 45, online: true, version: 2 });
    const stale = await call('POST', `/api/conversations/${proposed.id}/respond`, student, { action: 'accept', version: 1 });
    expect([stale.statusCode, stale.json().error.id]).toEqual([409, 'conversation_changed']);
    const accepted = await call('POST', `/api/conversations/${proposed.id}/respond`, student, { action: 'accept', version: 2 });
    expect(accepted.json()).toMatchObject({ status: 'planned', awaitingResponseFrom: null, version: 3 });
  });

  it('offers the conversation as an .ics file for the calendar', async () => {
    const res = await call('GET', `/api/conversations/${proposed.id}/calendar.ics`, student);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    expect(res.body).toContain('BEGIN:VEVENT');
    expect(res.body).toMatch(/DTSTART:\d{8}T130000Z/);
    expect(res.body).toMatch(/DTEND:\d{8}T134500Z/);
    expect(res.body).toContain('STATUS:CONFIRMED');
  });

  it('keeps the conversation to the student and their counsellors', async () => {
    const other = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await call('GET', `/api/conversations/${proposed.id}`, other)).statusCode).toBe(403);
    expect((await call('GET', `/api/students/${lisa}/conversations`, other)).statusCode).toBe(403);
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    expect((await call('GET', `/api/students/${lisa}/conversations`, admin)).statusCode).toBe(403);
  });
});

describe('preparing, holding and closing', () => {
  let id: string;
  beforeAll(async () => {
    const res = await call('POST', `/api/students/${lisa}/conversations`, slb, { type: 'voortgang', startsAt: inDays(3), durationMinutes: 30 });
    id = res.json().id;
    await call('POST', `/api/conversations/${id}/respond`, student, { action: 'accept', version: 1 });
  });

  it("stores the student's agenda, and refuses a stale save instead of overwriting", async () => {
    const saved = await call('PUT', `/api/conversations/${id}/preparation`, student, { version: 2, agenda: 'Welke stage past bij mij?', experience: 'Meeloopdag bij een webbureau' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as ConversationDetail).agenda).toBe('Welke stage past bij mij?');
    const stale = await call('PUT', `/api/conversations/${id}/preparation`, student, { version: 2, agenda: 'Iets anders', experience: '' });
    expect([stale.statusCode, stale.json().error.id]).toEqual([409, 'conversation_changed']);
    expect(((await call('GET', `/api/conversations/${id}`, student)).json() as ConversationDetail).agenda).toBe('Welke stage past bij mij?');
    expect((await call('PUT', `/api/conversations/${id}/preparation`, slb, { version: 3, agenda: 'x', experience: '' })).statusCode).toBe(403);
  });

  it("gathers the counsellor's preparation: agenda, open actions and latest scores", async () => {
    const res = await call('GET', `/api/conversations/${id}/preparation-view`, slb);
    expect(res.statusCode).toBe(200);
    const view = res.json() as PreparationView;
    expect(view.agenda).toBe('Welke stage past bij mij?');
    expect(view.latestScores?.scales).toHaveLength(5);
    expect((await call('GET', `/api/conversations/${id}/preparation-view`, student)).statusCode).toBe(403);
  });

  it('shows notes by tier: a private note only ever to its author', async () => {
    const note = async (tier: string, body: string, cookie = slb) => {
      const res = await call('POST', `/api/conversations/${id}/notes`, cookie, { tier, phase: 'terugblikken', body, competencies: ['werkexploratie'] });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as NoteView;
    };
    await note('student', 'Gedeeld: meeloopdag gaf energie');
    await note('team', 'Team: let op planning');
    const secret = await note('private', 'PRIVÉ-WERKAANTEKENING');
    const forStudent = (await call('GET', `/api/conversations/${id}`, student)).json() as ConversationDetail;
    expect(forStudent.notes.map((n) => n.body)).toEqual(['Gedeeld: meeloopdag gaf energie']);
    const forSlb = (await call('GET', `/api/conversations/${id}`, slb)).json() as ConversationDetail;
    expect(forSlb.notes.map((n) => n.tier)).toEqual(['student', 'team', 'private']);
    // A second counsellor of the same student sees the shared tiers, not the private note.
    const dewitId = await idOf(t, 'k.dewit@demo.koers.nl');
    await t.ctx.db.insertInto('assignment').values({ counsellor_id: dewitId, student_id: lisa, start_date: '2020-01-01' }).execute();
    const dewit = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    const forDewit = (await call('GET', `/api/conversations/${id}`, dewit)).json() as ConversationDetail;
    expect(forDewit.notes.map((n) => n.tier)).toEqual(['student', 'team']);
    expect(JSON.stringify(forDewit)).not.toContain('PRIVÉ');
    expect((await call('PATCH', `/api/notes/${secret.id}`, dewit, { version: 1, body: 'overschreven' })).statusCode).toBe(404);
    const student_team = await call('POST', `/api/conversations/${id}/notes`, student, { tier: 'team', body: 'x' });
    expect(student_team.statusCode).toBe(403);
    // The export of student data never carries notes at all.
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    const exported = await call('GET', '/api/admin/exports/students.csv', admin);
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('Meijer');
    expect(exported.body).not.toContain('PRIVÉ');
    // Nor does the audit log: it records that a private note exists, never its text.
    const log = await call('GET', '/api/admin/audit?limit=200', admin);
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain('conversation.note');
    expect(log.body).not.toContain('PRIVÉ');
  });

  it('closes with SMART actions and topics, proposes the next talk, and lets the student summarise and give feedback once', async () => {
    const version = ((await call('GET', `/api/conversations/${id}`, slb)).json() as ConversationDetail).version;
    const past = await call('POST', `/api/conversations/${id}/close`, slb, { version, actions: [{ what: 'Twee vacatures bekijken', owner: 'student', dueDate: '2020-01-01' }], topics: [] });
    expect(past.statusCode).toBe(400);
    const res = await call('POST', `/api/conversations/${id}/close`, slb, {
      version,
      actions: [{ what: 'Twee stagevacatures bij webbureaus opzoeken en bespreken', owner: 'student', dueDate: dateIn(14) }],
      topics: ['werkexploratie', 'netwerken'],
      next: { type: 'voortgang', startsAt: inDays(40), durationMinutes: 30 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json() as ConversationDetail;
    expect(closed).toMatchObject({ status: 'held', topics: ['netwerken', 'werkexploratie'], openActions: 1 });
    expect(closed.actions[0]).toMatchObject({ owner: 'student', status: 'open' });
    const list = (await call('GET', `/api/students/${lisa}/conversations`, student)).json().items as ConversationSummary[];
    expect(list.some((c) => c.status === 'proposed' && c.awaitingResponseFrom === 'student')).toBe(true);

    const summary = await call('PUT', `/api/conversations/${id}/summary`, student, { version: closed.version, summary: 'Ik ga twee vacatures zoeken.' });
    expect(summary.json().studentSummary).toBe('Ik ga twee vacatures zoeken.');
    const feedback = { whoseAgenda: 'mine', helpingVsReflective: 4, topics: ['zelfbeeld_toekomstbeeld'] };
    expect((await call('POST', `/api/conversations/${id}/feedback`, slb, feedback)).statusCode).toBe(403);
    expect((await call('POST', `/api/conversations/${id}/feedback`, student, { ...feedback, helpingVsReflective: 9 })).statusCode).toBe(400);
    expect((await call('POST', `/api/conversations/${id}/feedback`, student, feedback)).statusCode).toBe(204);
    expect((await call('POST', `/api/conversations/${id}/feedback`, student, feedback)).json().error.id).toBe('feedback_given');

    const action = closed.actions[0]!;
    const done = await call('PATCH', `/api/actions/${action.id}`, student, { status: 'done' });
    expect(done.json().status).toBe('done');
    expect((await call('POST', `/api/conversations/${id}/close`, slb, { version: closed.version + 1, actions: [], topics: [] })).json().error.id).toBe('conversation_state');
  });
});
