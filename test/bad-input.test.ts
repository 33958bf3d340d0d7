import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from './helpers/app';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

const isErrorBody = (body: unknown, id: string) => {
  expect(body).toMatchObject({ error: { id, message: expect.any(String) } });
};

describe('bad input never crashes', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.nl", "password": ' });
    expect(res.statusCode).toBe(400);
    isErrorBody(res.json(), 'invalid_json');
    expect(res.json().error.message).toBe('De verzonden gegevens zijn geen geldige JSON.');
  });

  it('answers an unknown API route with 404 route_not_found as JSON', async () => {
    const res = await t.app.inject({ url: '/api/does-not-exist' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    isErrorBody(res.json(), 'route_not_found');
    const post = await t.app.inject({ method: 'POST', url: '/api/students', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('answers an oversized body with 413', async () => {
    const big = JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(2 * 1024 * 1024) });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: big });
    expect(res.statusCode).toBe(413);
    isErrorBody(res.json(), 'payload_too_large');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(res.statusCode).toBe(415);
    isErrorBody(res.json(), 'unsupported_media_type');
  });

  it('explains validation failures per field in the user language', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: admin }, payload: { language: 'fr' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    isErrorBody(body, 'validation_failed');
    expect(body.error.details[0]).toMatchObject({ path: 'language', in: 'body' });
    expect(body.error.details[0].message).toMatch(/Ongeldig|invoer|optie/i);
  });

  it('rejects malformed ids, cursors and query values without a 500', async () => {
    const cases = [
      { url: '/api/students/not-a-uuid' },
      { url: '/api/students?limit=abc' },
      { url: '/api/students?limit=100000' },
      { url: '/api/students?cursor=%%%' },
      { url: '/api/students?cursor=eyJzIjoxfQ' },
      { url: '/api/students/00000000-0000-4000-8000-000000000000' },
      { method: 'DELETE' as const, url: '/api/auth/sessions/1' },
      { method: 'POST' as const, url: '/api/auth/login', payload: { email: ['x'], password: { a: 1 } } },
      { method: 'POST' as const, url: '/api/auth/login', payload: 'null', headers: { 'content-type': 'application/json' } },
      { method: 'POST' as const, url: '/api/auth/login', payload: '', headers: { 'content-type': 'application/json' } },
      { method: 'PATCH' as const, url: '/api/me', payload: '[]', headers: { 'content-type': 'application/json' } },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ method: c.method ?? 'GET', url: c.url, payload: c.payload, headers: { cookie: admin, ...(c.headers ?? {}) } });
      expect(res.statusCode, `${c.method ?? 'GET'} ${c.url} → ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${c.method ?? 'GET'} ${c.url} → ${res.body}`).toBeLessThan(500);
      expect(res.json().error.id).toEqual(expect.any(String));
    }
  });

  it('treats LIKE wildcards in a search as literal text', async () => {
    const res = await t.app.inject({ url: `/api/students?q=${'%25'.repeat(50)}`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
    const underscore = await t.app.inject({ url: '/api/students?q=_', headers: { cookie: admin } });
    expect(underscore.json().items).toEqual([]);
  });

  it('refuses a cursor it did not issue, and follows one it did', async () => {
    const bad = await t.app.inject({ url: '/api/students?limit=5&cursor=bm9wZQ', headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ id: 'bad_request', details: [{ path: 'cursor' }] });
    const first = await t.app.inject({ url: '/api/students?limit=5', headers: { cookie: admin } });
    const next = await t.app.inject({ url: `/api/students?limit=5&cursor=${first.json().nextCursor}`, headers: { cookie: admin } });
    expect(next.statusCode).toBe(200);
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);
  });
});

describe('request origin and security headers', () => {
  it('refuses a state-changing request from a foreign origin', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: admin, origin: 'https://evil.example' },
      payload: { language: 'en' },
    });
    expect(res.statusCode).toBe(403);
    isErrorBody(res.json(), 'origin_mismatch');
    const crossSite = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: admin, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: admin } });
    expect(me.json().language).toBe('nl');
  });

  it('accepts the same origin', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: admin, origin: 'http://localhost:80' }, payload: { language: 'nl' } });
    expect(res.statusCode).toBe(200);
  });

  it('sends a strict CSP without inline scripts or third parties, and forbids framing', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('forged cursors', () => {
  it('refuses a well-formed cursor whose id is not a uuid', async () => {
    const forged = Buffer.from(JSON.stringify({ s: 'a', i: 'not-a-uuid' })).toString('base64url');
    for (const url of [`/api/students?cursor=${forged}`, `/api/admin/users?cursor=${forged}`]) {
      const res = await t.app.inject({ url, headers: { cookie: admin } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.id).toBe('bad_request');
    }
  });
});

describe('our own validation rules explain themselves in the user language', () => {
  it('explains a school year whose years do not follow each other', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/cohorts',
      headers: { cookie: admin },
      payload: { programmeId: '00000000-0000-4000-8000-000000000000', name: 'X-1', schoolYear: '2026-2028' },
    });
    expect(res.statusCode).toBe(400);
    const detail = (res.json().error.details as { path: string; message: string }[]).find((d) => d.path === 'schoolYear');
    expect(detail?.message).toBe('Het tweede jaar volgt op het eerste, bijvoorbeeld 2026-2027.');
  });

  it('explains in English to an English-speaking admin', async () => {
    const english = await loginAs(t.app, 'admin@demo.koers.nl');
    await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: english }, payload: { language: 'en' } });
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: { cookie: english },
        payload: { firstName: 'A', lastName: 'B', email: 'ab@example.org', role: 'student' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'studentNumber', message: 'A student needs a student number.' })]));
    } finally {
      await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: english }, payload: { language: 'nl' } });
    }
  });
});
