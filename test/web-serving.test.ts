import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app';

/** The server side of the single-page app, on a tiny stand-in build so no Vite build is needed. */
let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="nl"><title>Koers</title><script type="module" src="/assets/app-1.js"></script></html>');
  fs.writeFileSync(path.join(dist, 'assets/app-1.js'), 'console.log(1)');
  t = await createTestApp({ webDist: dist });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

it('serves index.html for client-side routes, uncached', async () => {
  const res = await t.app.inject({ url: '/admin/structure' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  expect(res.body).toContain('<title>Koers</title>');
  expect(res.headers['cache-control']).toBe('no-cache');
  expect(res.headers['content-security-policy']).toContain("script-src 'self'");
});

it('serves fingerprinted assets with long caching, and 404s a missing one', async () => {
  const asset = await t.app.inject({ url: '/assets/app-1.js' });
  expect(asset.statusCode).toBe(200);
  expect(asset.headers['cache-control']).toMatch(/immutable/);
  const missing = await t.app.inject({ url: '/assets/app-2.js' });
  expect(missing.statusCode).toBe(404);
  expect(missing.json().error.id).toBe('route_not_found');
});

it('keeps unknown API paths as JSON 404s', async () => {
  const res = await t.app.inject({ url: '/api/nothing-here' });
  expect(res.statusCode).toBe(404);
  expect(res.headers['content-type']).toMatch(/application\/json/);
});
