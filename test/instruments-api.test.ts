import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

interface Instrument {
  code: string;
  version: number;
  responseScale: { min: number; max: number; labels: { nl: string; en: string }[] };
  respondents: { role: string; about: string }[];
  scales: { code: string; items: { code: string; text: { nl: string; en: string }; reverse: boolean }[] }[];
}

it('lists the published instruments with scales, items and response scale', async () => {
  const cookie = await loginAs(t.app, 'student@demo.koers.nl');
  const res = await t.app.inject({ url: '/api/instruments', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  const items = res.json().items as Instrument[];
  const self = items.find((i) => i.code === 'loopbaancompetenties');
  const scan = items.find((i) => i.code === 'competentiescan');
  expect(self?.version).toBe(1);
  expect(self?.scales.map((s) => s.code)).toEqual(['kwaliteitenreflectie', 'motievenreflectie', 'werkexploratie', 'loopbaansturing', 'netwerken']);
  for (const scale of self?.scales ?? []) {
    expect(scale.items.length).toBeGreaterThanOrEqual(4);
    expect(scale.items.every((i) => i.text.nl && i.text.en && i.text.nl !== i.text.en)).toBe(true);
  }
  expect(self?.responseScale).toMatchObject({ min: 1, max: 5 });
  expect(self?.responseScale.labels).toHaveLength(5);
  expect(self?.respondents).toEqual([{ role: 'student', about: 'self' }]);
  expect(scan?.respondents.map((r) => r.role).sort()).toEqual(['counsellor', 'supervisor']);
  expect(scan?.scales.map((s) => s.code)).toEqual(self?.scales.map((s) => s.code));
});

it('is documented and needs a signed-in user', async () => {
  expect((await t.app.inject({ url: '/api/instruments' })).statusCode).toBe(401);
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  expect(doc.paths['/api/instruments'].get.summary).toMatch(/instruments/i);
});
