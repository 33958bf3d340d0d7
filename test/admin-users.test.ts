import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { createOtherInstitution, userId } from './helpers/other-institution';

interface UserItem {
  id: string;
  name: string;
  email: string | null;
  role: string;
  studentNumber: string | null;
  active: boolean;
}

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

const createUser = (payload: object, cookie = admin) => t.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie }, payload });
const patchUser = (id: string, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: { cookie: admin }, payload });

async function listAll(query: string, limit: number): Promise<UserItem[]> {
  const items: UserItem[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.app.inject({ url: `/api/admin/users?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: UserItem[]; nextCursor: string | null };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

/** The invitation for an address, after the mail job ran, read through the admin outbox. */
async function invitationFor(email: string) {
  await t.ctx.queue.drain();
  const res = await t.app.inject({ url: '/api/admin/outbox?limit=200', headers: { cookie: admin } });
  expect(res.statusCode).toBe(200);
  const mail = (res.json().items as { to: string; subject: string; body: string; status: string }[]).find((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

describe('listing users', () => {
  it('pages through all users of a role in name order without duplicates', async () => {
    const students = await listAll('&role=student', 7);
    const inDb = await t.ctx.db.selectFrom('app_user').select('id').where('role', '=', 'student').execute();
    expect(students).toHaveLength(inDb.length);
    expect(new Set(students.map((s) => s.id)).size).toBe(inDb.length);
    expect(students.every((s) => s.role === 'student' && s.studentNumber)).toBe(true);
  });

  it('searches by name or e-mail', async () => {
    const res = await t.app.inject({ url: '/api/admin/users?q=k.dewit', headers: { cookie: admin } });
    expect(res.json().items).toEqual([
      { id: expect.any(String), name: 'Karin de Wit', email: 'k.dewit@demo.koers.nl', role: 'counsellor', studentNumber: null, active: true },
    ]);
  });

  it('is for admins only', async () => {
    const res = await t.app.inject({ url: '/api/admin/users', headers: { cookie: await loginAs(t.app, 'manager@demo.koers.nl') } });
    expect(res.statusCode).toBe(403);
  });
});

describe('creating users', () => {
  it('creates a counsellor and mails an English invitation whose link sets a working password', async () => {
    const res = await createUser({ firstName: 'Noor', namePrefix: 'van', lastName: 'Dijk', email: 'N.vanDijk@demo.koers.nl', role: 'counsellor', language: 'en' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), name: 'Noor van Dijk', email: 'n.vandijk@demo.koers.nl', role: 'counsellor', studentNumber: null, active: true });

    const mail = await invitationFor('n.vandijk@demo.koers.nl');
    expect(mail.status).toBe('outbox');
    expect(mail.subject).toBe('Your Koers account');
    expect(mail.body).toContain('Dear Noor,');
    const token = /http:\/\/localhost(?::80)?\/wachtwoord-instellen\?token=([\w-]+)/.exec(mail.body)?.[1];
    expect(token).toBeTruthy();

    const before = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'n.vandijk@demo.koers.nl', password: 'mijn-eigen-wachtwoord' } });
    expect(before.statusCode).toBe(401);
    const set = await t.app.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token, password: 'mijn-eigen-wachtwoord' } });
    expect(set.statusCode).toBe(204);
    await loginAs(t.app, 'n.vandijk@demo.koers.nl', 'mijn-eigen-wachtwoord');
    const reused = await t.app.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token, password: 'nog-een-wachtwoord' } });
    expect(reused.json().error.id).toBe('invalid_token');
  });

  it('creates a student with a Dutch invitation and audits it without the token', async () => {
    const res = await createUser({ firstName: 'Sem', lastName: 'Bakker', email: 'sem.bakker@student.demo.koers.nl', role: 'student', studentNumber: '4000001', gender: 'm' });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const mail = await invitationFor('sem.bakker@student.demo.koers.nl');
    expect(mail.subject).toBe('Je account voor Koers');
    expect(mail.body).toContain('Beste Sem,');
    expect(mail.body).toContain('/wachtwoord-instellen?token=');
    const row = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.created').where('entity_id', '=', id).executeTakeFirstOrThrow();
    expect(row.student_id).toBe(id);
    expect(JSON.stringify(row.detail)).not.toMatch(/token/i);
  });

  it('requires a student number for students only', async () => {
    const missing = await createUser({ firstName: 'A', lastName: 'B', email: 'ab@demo.koers.nl', role: 'student' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ id: 'validation_failed', details: [expect.objectContaining({ path: 'studentNumber' })] });
    const staff = await createUser({ firstName: 'A', lastName: 'B', email: 'ab@demo.koers.nl', role: 'manager', studentNumber: '123' });
    expect(staff.statusCode).toBe(400);
    expect(await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'ab@demo.koers.nl').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a taken e-mail address (in any case) or student number with 409', async () => {
    const email = await createUser({ firstName: 'Dubbel', lastName: 'Adres', email: 'SLB@demo.koers.nl', role: 'counsellor' });
    expect(email.statusCode).toBe(409);
    expect(email.json().error).toEqual({ id: 'email_taken', message: 'Er is al een account met dit e-mailadres.' });
    const existing = await t.ctx.db.selectFrom('app_user').select('student_number').where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow();
    const number = await createUser({ firstName: 'Dubbel', lastName: 'Nummer', email: 'dubbel@demo.koers.nl', role: 'student', studentNumber: existing.student_number });
    expect(number.statusCode).toBe(409);
    expect(number.json().error.id).toBe('student_number_taken');
    // Nothing was left behind by the refused requests: no user, no mail.
    const mails = await t.ctx.db.selectFrom('mail_message').select('id').where('to_address', '=', 'dubbel@demo.koers.nl').execute();
    expect(mails).toHaveLength(0);
  });

  it('is for admins only', async () => {
    const res = await createUser({ firstName: 'X', lastName: 'Y', email: 'xy@demo.koers.nl', role: 'admin' }, await loginAs(t.app, 'slb@demo.koers.nl'));
    expect(res.statusCode).toBe(403);
  });
});

describe('updating users', () => {
  it('deactivating signs the user out everywhere and blocks login; reactivating restores it', async () => {
    const id = await userId(t.ctx, 'zorg@demo.koers.nl');
    const session = await loginAs(t.app, 'zorg@demo.koers.nl');
    const off = await patchUser(id, { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ id, active: false });
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: session } })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'zorg@demo.koers.nl', password: 'koers-demo' } });
    expect(login.statusCode).toBe(401);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.deactivated').executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe(id);

    expect((await patchUser(id, { active: true })).json().active).toBe(true);
    await loginAs(t.app, 'zorg@demo.koers.nl');
  });

  it('changes the language of a user', async () => {
    const id = await userId(t.ctx, 'manager@demo.koers.nl');
    expect((await patchUser(id, { language: 'en' })).statusCode).toBe(200);
    const row = await t.ctx.db.selectFrom('app_user').select('language').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.language).toBe('en');
  });

  it('does not let an admin deactivate themself', async () => {
    const res = await patchUser(await userId(t.ctx, 'admin@demo.koers.nl'), { active: false });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.id).toBe('invalid_state');
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: admin } })).statusCode).toBe(200);
  });

  it("answers 404 for another institution's user", async () => {
    const other = await createOtherInstitution(t.ctx);
    const res = await patchUser(other.counsellorId, { active: false });
    expect(res.statusCode).toBe(404);
    const row = await t.ctx.db.selectFrom('app_user').select('active').where('id', '=', other.counsellorId).executeTakeFirstOrThrow();
    expect(row.active).toBe(true);
  });
});

describe('reading one user', () => {
  it("returns an account of the institution, and 404 for another institution's", async () => {
    const slbId = await userId(t.ctx, 'slb@demo.koers.nl');
    const res = await t.app.inject({ url: `/api/admin/users/${slbId}`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: slbId, email: 'slb@demo.koers.nl', role: 'counsellor', active: true });
    const demo = await t.ctx.db.selectFrom('app_user').select('institution_id').where('id', '=', slbId).executeTakeFirstOrThrow();
    // The other institution may already exist from an earlier test in this file.
    const existing = await t.ctx.db.selectFrom('app_user').select('id').where('institution_id', '<>', demo.institution_id).executeTakeFirst();
    const foreignId = existing?.id ?? (await createOtherInstitution(t.ctx)).counsellorId;
    const foreign = await t.app.inject({ url: `/api/admin/users/${foreignId}`, headers: { cookie: admin } });
    expect(foreign.statusCode).toBe(404);
  });
});
