import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainEvidence } from '../../src/domain/evidence-loop';
import type { EvidenceLoop } from '../../src/shared/evidence-loop';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

/*
 * The evidence loop on a constructed institution where growth depends on the number of
 * conversations: growth = 0.1 + 0.15 · conversations (+ 0.2 in programme B) + small noise.
 * Expected values come from numpy (np.linalg.lstsq on the same rows), computed with:
 *
 *   for g, size in enumerate([14, 12, 3]):            # programmes A, B, C
 *     for i in range(size):
 *       c = (i*7 + g*3) % 6; noise = ((i*37 + g*11) % 9 - 4) / 40
 *       y = 0.1 + 0.15*c + (0.2 if g == 1 else 0) + noise
 *       reflective = 1 + (i + c) % 5; agenda = [1, .5, 0][i % 3]; career = 1 if i % 2 == 0 else 0
 *   frequency: y ~ 1 + c + [g == 1] over A and B (C has 3 < 10 students: left out)
 *     → [0.096711, 0.143421, 0.213487], se [0.022788, 0.007056, 0.024499], n = 26
 *   form: y ~ 1 + c + reflective + agenda + career over A and B students with c ≥ 1
 *     → [0.259271, 0.135486, -0.019218, -0.027891, 0.078268], n = 21; mean growth 0.531731
 */

const SIZES = [14, 12, 3];
let t: TestApp;
let cookie: string;
let institutionId: string;

async function construct(): Promise<void> {
  const db = t.ctx.db;
  const inst = await db.insertInto('institution').values({ name: 'Proefschool' }).returning('id').executeTakeFirstOrThrow();
  institutionId = inst.id;
  const sector = await db.insertInto('sector').values({ institution_id: institutionId, name: 'Economie', code: 'ECO' }).returning('id').executeTakeFirstOrThrow();
  const { password_hash } = await db.selectFrom('app_user').select('password_hash').where('email', '=', 'manager@demo.koers.nl').executeTakeFirstOrThrow();
  const person = (role: string, key: string) => ({
    institution_id: institutionId,
    role,
    email: `${key}@proef.example`,
    first_name: key,
    last_name: 'Proef',
    display_name: `${key} Proef`,
    sort_name: `proef ${key}`,
    student_number: role === 'student' ? key : null,
  });
  await db.insertInto('app_user').values({ ...person('manager', 'leiding'), password_hash }).execute();
  const counsellor = await db.insertInto('app_user').values(person('counsellor', 'slb')).returning('id').executeTakeFirstOrThrow();
  const version = await db.selectFrom('instrument_version').select('id').where('code', '=', 'loopbaancompetenties').where('institution_id', 'is', null).executeTakeFirstOrThrow();
  const first = new Date('2025-09-15T10:00:00Z');
  const second = new Date('2026-05-15T10:00:00Z');

  for (const [g, size] of SIZES.entries()) {
    const programme = await db
      .insertInto('programme')
      .values({ institution_id: institutionId, sector_id: sector.id, name: `Opleiding ${'ABC'[g]}`, code: `P${g}`, level: 'hbo' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cohort = await db.insertInto('cohort').values({ programme_id: programme.id, name: `C${g}`, school_year: '2025-2026' }).returning('id').executeTakeFirstOrThrow();
    for (let i = 0; i < size; i++) {
      const c = (i * 7 + g * 3) % 6;
      const noise = (((i * 37 + g * 11) % 9) - 4) / 40;
      const y = 0.1 + 0.15 * c + (g === 1 ? 0.2 : 0) + noise;
      const student = await db.insertInto('app_user').values(person('student', `s${g}-${i}`)).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('enrolment').values({ student_id: student.id, cohort_id: cohort.id, start_date: '2025-09-01' }).execute();
      for (const [when, score] of [[first, 2.5], [second, 2.5 + y]] as const) {
        const r = await db
          .insertInto('instrument_response')
          .values({ institution_id: institutionId, instrument_version_id: version.id, student_id: student.id, source: 'self', respondent_id: student.id, status: 'submitted', submitted_at: when })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db.insertInto('instrument_scale_score').values({ response_id: r.id, scale_code: 'loopbaanreflectie', score, answered: 4, total: 4 }).execute();
      }
      // One held conversation outside the period must not count.
      const outside = new Date('2025-08-01T10:00:00Z');
      for (let k = 0; k <= c; k++) {
        const at = k === c ? outside : new Date(first.getTime() + (k + 1) * 20 * 86_400_000);
        const conv = await db
          .insertInto('conversation')
          .values({ institution_id: institutionId, student_id: student.id, counsellor_id: counsellor.id, type: 'voortgang', status: 'held', starts_at: at, held_at: at, duration_minutes: 30, proposed_by: counsellor.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (k === c) continue;
        await db
          .insertInto('conversation_feedback')
          .values({
            conversation_id: conv.id,
            counsellor_id: counsellor.id,
            whose_agenda: (['mine', 'both', 'counsellor'] as const)[i % 3] ?? 'both',
            helping_vs_reflective: 1 + ((i + c) % 5),
            topics: JSON.stringify(i % 2 === 0 ? ['acties_werk_loopbaan'] : ['studievoortgang']),
          })
          .execute();
      }
    }
  }
}

async function fetchLoop(): Promise<EvidenceLoop> {
  const res = await t.app.inject({ method: 'GET', url: '/api/evidence-loop', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as EvidenceLoop;
}

const setMin = (min: number) => t.ctx.db.updateTable('institution').set({ survey_min_group_size: min }).where('id', '=', institutionId).execute();

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await construct();
  cookie = await loginAs(t.app, 'leiding@proef.example');
});
afterAll(async () => t?.close());

describe('evidence loop', () => {
  it('recovers the conversation effect and the form model (numpy values)', async () => {
    await setMin(10);
    const loop = await fetchLoop();
    expect(loop.status).toBe('ok');
    expect(loop.eligible).toBe(29);
    expect(loop.n).toBe(26);
    expect(loop.meanGrowth).toBeCloseTo(0.531731, 3);
    const freq = loop.frequency?.coefficients ?? [];
    expect(freq.map((c) => c.estimate)).toEqual([expect.closeTo(0.096711, 3), expect.closeTo(0.143421, 3), expect.closeTo(0.213487, 3)]);
    expect(freq[1]?.se).toBeCloseTo(0.007056, 3);
    expect(freq[1]?.p ?? 1).toBeLessThan(0.001);
    expect(freq[2]).toMatchObject({ kind: 'programme', name: 'Opleiding B' });
    expect(loop.form?.n).toBe(21);
    expect(loop.form?.coefficients.map((c) => c.estimate)).toEqual([0.259271, 0.135486, -0.019218, -0.027891, 0.078268].map((v) => expect.closeTo(v, 3)));
  });

  it('leaves out programmes below the minimum and says so', async () => {
    const loop = await fetchLoop();
    expect(loop.programmes.map((p) => p.name)).toEqual(['Opleiding A', 'Opleiding B']);
    expect(loop.programmesLeftOut).toBe(1);
    expect(JSON.stringify(loop)).not.toContain('Opleiding C');
    const a = loop.programmes[0];
    expect(a?.n).toBe(14);
    expect(a?.r ?? 0).toBeGreaterThan(0.8);
  });

  it('pools small programmes when together they reach the minimum', async () => {
    await setMin(13);
    const loop = await fetchLoop();
    expect(loop.programmes.map((p) => [p.id === null ? 'pooled' : p.name, p.n])).toEqual([['Opleiding A', 14], ['pooled', 15]]);
    expect(JSON.stringify(loop.programmes)).not.toContain('Opleiding B');
  });

  it('shows no analysis when fewer students than the minimum remain', async () => {
    await setMin(30);
    const loop = await fetchLoop();
    expect(loop.status).toBe('too_few_students');
    expect(loop.frequency).toBeNull();
    expect(loop.programmes).toEqual([]);
    expect(loop.explanation.findings.nl.join(' ')).toContain('minstens 30');
    expect(loop.explanation.limits.nl.length).toBeGreaterThanOrEqual(4);
    await setMin(10);
  });

  it('is only for managers and admins', async () => {
    const slb = await loginAs(t.app, 'slb@demo.koers.nl');
    expect((await t.app.inject({ method: 'GET', url: '/api/evidence-loop', headers: { cookie: slb } })).statusCode).toBe(403);
  });
});

describe('explanation', () => {
  const base = { n: 26, meanGrowth: 0.53, scale: { min: 1, max: 5 }, minGroupSize: 10, form: null };
  it('follows direction, size and significance, and always names the limits', () => {
    const up = explainEvidence({ ...base, frequency: { name: 'conversations', estimate: 0.14, p: 0.0001 } });
    const text = up.findings.nl.join(' ');
    expect(text).toContain('meer groei');
    expect(text).toContain('+0,14 punt per extra gesprek');
    expect(text).toContain('waarschijnlijk geen toeval');
    const down = explainEvidence({ ...base, frequency: { name: 'conversations', estimate: -0.02, p: 0.4 } });
    expect(down.findings.nl.join(' ')).toContain('minder groei');
    expect(down.findings.nl.join(' ')).toContain('ook toeval zijn');
    expect(down.findings.en.join(' ')).toContain('may also be chance');
    for (const e of [up, down]) {
      const limits = e.limits.nl.join(' ');
      expect(limits).toContain('Samenhang is geen bewijs');
      expect(limits).toContain('Selectie');
      expect(limits).toContain('Meetfout');
      expect(limits).toContain('26 studenten');
      expect(e.limits.en.join(' ')).toContain('Correlation is not proof');
    }
  });
});
