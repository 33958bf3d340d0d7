import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

it('serves an OpenAPI 3 document describing the API', async () => {
  const res = await t.app.inject({ url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json();
  expect(doc.openapi).toMatch(/^3\./);
  for (const p of ['/api/health', '/api/auth/login', '/api/auth/logout', '/api/me', '/api/students', '/api/students/{id}']) {
    expect(Object.keys(doc.paths)).toContain(p);
  }
  const login = doc.paths['/api/auth/login'].post;
  expect(login.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['email', 'password']));
  const students = doc.paths['/api/students'].get;
  expect(students.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['limit', 'cursor']));
  for (const [url, ops] of Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>)) {
    for (const [method, op] of Object.entries(ops)) expect(op.summary, `${method} ${url} has a summary`).toBeTruthy();
  }
});

it('reports health with the database engine', async () => {
  const res = await t.app.inject({ url: '/api/health' });
  expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
});
