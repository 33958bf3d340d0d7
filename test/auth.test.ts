import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

describe('login and sessions', () => {
  it('logs in with the demo password and sets a hardened session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'slb@demo.koers.nl', password: 'koers-demo' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ role: 'counsellor' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/koers_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('marks the cookie Secure behind https', async () => {
    const secure = await createTestApp({ demo: true, env: { KOERS_TRUST_PROXY: 'true' } });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'slb@demo.koers.nl', password: 'koers-demo' },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await loginAs(t.app, 'manager@demo.koers.nl');
    const token = cookie.split('=')[1]!;
    const rows = await t.ctx.db.selectFrom('user_session').select('token_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('refuses a wrong password with invalid_credentials in Dutch, or English when asked', async () => {
    const nl = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.koers.nl', password: 'nope' } });
    expect(nl.statusCode).toBe(401);
    expect(nl.json()).toEqual({ error: { id: 'invalid_credentials', message: 'E-mailadres of wachtwoord klopt niet.' } });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'nobody@example.org', password: 'nope' },
    });
    expect(en.statusCode).toBe(401);
    expect(en.json().error.message).toBe('Email address or password is incorrect.');
  });

  it('answers 429 after repeated failures for one account, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `10.0.0.${i}`, payload: { email: 'zorg@demo.koers.nl', password: `wrong${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'zorg@demo.koers.nl', password: 'koers-demo' } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.id).toBe('too_many_attempts');
  });

  it('answers 429 after repeated failures from one address across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.9', payload: { email: `x${i}@example.org`, password: 'wrong' } });
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.9', payload: { email: 'stage@demo.koers.nl', password: 'koers-demo' } });
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.10', payload: { email: 'stage@demo.koers.nl', password: 'koers-demo' } });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('returns /api/me for the session and 401 after logout', async () => {
    const cookie = await loginAs(t.app, 'student@demo.koers.nl');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'student@demo.koers.nl', role: 'student', language: 'nl' });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.id).toBe('unauthenticated');
  });

  it('lists sessions and revokes another one', async () => {
    const b = await loginAs(t.app, 'admin@demo.koers.nl');
    const a = await loginAs(t.app, 'admin@demo.koers.nl');
    await t.app.inject({ method: 'DELETE', url: '/api/auth/sessions/00000000-0000-0000-0000-000000000000', headers: { cookie: a } });
    const list = await t.app.inject({ url: '/api/auth/sessions', headers: { cookie: a } });
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const other = items.find((s) => !s.current)!;
    const del = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, headers: { cookie: a } });
    expect(del.statusCode).toBe(204);
    const meA = await t.app.inject({ url: '/api/me', headers: { cookie: a } });
    const stillB = await t.app.inject({ url: '/api/me', headers: { cookie: b } });
    expect(meA.statusCode).toBe(200);
    expect(stillB.statusCode).toBe(401);
  });

  it('changes the password, refuses a wrong current one, and signs out other sessions', async () => {
    const a = await loginAs(t.app, 'ouder@demo.koers.nl');
    const b = await loginAs(t.app, 'ouder@demo.koers.nl');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: a }, payload: { currentPassword: 'x', newPassword: 'een-nieuw-wachtwoord' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.id).toBe('wrong_password');
    const weak = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: a }, payload: { currentPassword: 'koers-demo', newPassword: 'kort' } });
    expect(weak.json().error.id).toBe('weak_password');
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: a }, payload: { currentPassword: 'koers-demo', newPassword: 'een-nieuw-wachtwoord' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: a } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: b } })).statusCode).toBe(401);
    await loginAs(t.app, 'ouder@demo.koers.nl', 'een-nieuw-wachtwoord');
  });

  it('switches the language per user and answers errors in it', async () => {
    const cookie = await loginAs(t.app, 'manager@demo.koers.nl');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { language: 'en' } });
    expect(res.json().language).toBe('en');
    const forbidden = await t.app.inject({ url: '/api/students', headers: { cookie } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe('You do not have access to this information.');
  });
});
