import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBAANCOMPETENTIES } from '../../src/domain/instruments/builtin/index';
import { cronbachAlpha } from '../../src/domain/instruments/psychometrics';
import type { AdminInstrumentVersion, InstrumentView, Psychometrics } from '../../src/shared/competencies';
import { publishBuiltinInstruments } from '../../src/server/services/instruments.service';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client } from './helpers';

let t: TestApp;
let c: ReturnType<typeof client>;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

/** A school's own short questionnaire, derived from the built-in one. */
const own = (version: number) => ({
  ...LOOPBAANCOMPETENTIES,
  code: 'stage-reflectie',
  version,
  title: { nl: 'Reflectie na de stage', en: 'Reflection after the placement' },
});

const versions = async () => ((await c.call('GET', '/api/admin/instruments', admin)).json().items as AdminInstrumentVersion[]);

describe('importing an instrument', () => {
  it('reports every problem with its path, in Dutch, and stores nothing', async () => {
    const broken = { ...own(1), responseScale: { min: 1, max: 5, labels: [] }, scales: [{ ...LOOPBAANCOMPETENTIES.scales[0], items: ['kr1', 'bestaat-niet'] }], version: 0 };
    const res = await c.call('POST', '/api/admin/instruments', admin, broken);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('instrument_invalid');
    const problems = res.json().error.details.problems as { path: string; message: string }[];
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('version');
    expect(paths).toContain('responseScale.labels');
    expect(paths).toContain('scales[0].items[1]');
    expect(problems.find((p) => p.path === 'scales[0].items[1]')?.message).toBe('Item "bestaat-niet" bestaat niet.');
    expect((await versions()).some((v) => v.code === 'stage-reflectie')).toBe(false);
    const notJson = await t.app.inject({ method: 'POST', url: '/api/admin/instruments', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{kapot' });
    expect(notJson.statusCode).toBe(400);
  });

  it('publishes a valid version, refuses the same version twice, and serves the newest to users', async () => {
    const res = await c.call('POST', '/api/admin/instruments', admin, own(1));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'stage-reflectie', version: 1, builtin: false, responses: 0 });
    const dup = await c.call('POST', '/api/admin/instruments', admin, own(1));
    expect([dup.statusCode, dup.json().error.id]).toEqual([409, 'instrument_version_exists']);
    const builtinDup = await c.call('POST', '/api/admin/instruments', admin, LOOPBAANCOMPETENTIES);
    expect(builtinDup.statusCode).toBe(409);
    expect((await c.call('POST', '/api/admin/instruments', admin, own(2))).statusCode).toBe(201);
    const student = await loginAs(t.app, 'student@demo.koers.nl');
    const published = (await c.call('GET', '/api/instruments', student)).json().items as InstrumentView[];
    expect(published.filter((i) => i.code === 'stage-reflectie').map((i) => i.version)).toEqual([2]);
    expect((await versions()).filter((v) => v.code === 'stage-reflectie').map((v) => v.version)).toEqual([2, 1]);
    const audit = await t.ctx.db.selectFrom('audit_log').select('detail').where('action', '=', 'instrument.import').execute();
    expect(audit).toHaveLength(2);
  });
});

describe('published versions never change', () => {
  it('refuses an update or delete in the database itself', async () => {
    await expect(sql`UPDATE instrument_version SET definition = '{}'::jsonb`.execute(t.ctx.db)).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM instrument_version WHERE institution_id IS NOT NULL`.execute(t.ctx.db)).rejects.toThrow(/immutable/);
  });

  it('refuses to start when a shipped version was edited after publication', async () => {
    await sql`ALTER TABLE instrument_version DISABLE TRIGGER instrument_version_no_update`.execute(t.ctx.db);
    await sql`UPDATE instrument_version SET checksum = 'anders' WHERE code = 'loopbaancompetenties' AND institution_id IS NULL`.execute(t.ctx.db);
    await sql`ALTER TABLE instrument_version ENABLE TRIGGER instrument_version_no_update`.execute(t.ctx.db);
    await expect(publishBuiltinInstruments(t.ctx.db)).rejects.toThrow(/loopbaancompetenties versie 1 is na publicatie gewijzigd/);
  });
});

describe('psychometrics', () => {
  it('shows alpha and item-total correlations per scale from 30 responses, computed from the stored answers', async () => {
    const version = (await versions()).find((v) => v.code === 'loopbaancompetenties')!;
    expect(version.responses).toBeGreaterThanOrEqual(30);
    const res = await c.call('GET', `/api/admin/instruments/${version.id}/psychometrics`, admin);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Psychometrics;
    expect(body.responses).toBe(version.responses);
    expect(body.scales).toHaveLength(5);
    const scale = body.scales!.find((s) => s.code === 'netwerken')!;
    expect(scale.items).toHaveLength(LOOPBAANCOMPETENTIES.scales.find((s) => s.code === 'netwerken')!.items.length);
    // Independently: the keyed answer matrix of this scale straight from the database.
    const def = LOOPBAANCOMPETENTIES;
    const codes = def.scales.find((s) => s.code === 'netwerken')!.items;
    const { rows } = await sql<{ response_id: string; item_code: string; value: number }>`
      SELECT a.response_id, a.item_code, a.value FROM instrument_answer a JOIN instrument_response r ON r.id = a.response_id
      WHERE r.instrument_version_id = ${version.id} AND r.status = 'submitted'`.execute(t.ctx.db);
    const byResponse = new Map<string, Record<string, number>>();
    for (const r of rows) byResponse.set(r.response_id, { ...byResponse.get(r.response_id), [r.item_code]: r.value });
    const matrix = [...byResponse.values()]
      .filter((a) => codes.every((code) => a[code] !== undefined))
      .map((a) => codes.map((code) => (def.items.find((i) => i.code === code)!.reverse ? 6 - a[code]! : a[code]!)));
    expect(scale.n).toBe(matrix.length);
    expect(scale.alpha).toBeCloseTo(cronbachAlpha(matrix)!, 6);
    expect(scale.alpha!).toBeGreaterThan(0.5);
  });

  it('withholds figures below 30 responses', async () => {
    const version = (await versions()).find((v) => v.code === 'stage-reflectie')!;
    const body = (await c.call('GET', `/api/admin/instruments/${version.id}/psychometrics`, admin)).json() as Psychometrics;
    expect(body).toEqual({ responses: 0, minResponses: 30, scales: null });
  });
});
