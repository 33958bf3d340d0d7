import { afterAll, beforeAll, expect, it } from 'vitest';
import { printable } from '../../src/server/pdf/pdf-document';
import { loginAs, type TestApp } from '../helpers/app';
import { idOf } from '../competencies/helpers';
import { appWithStore, insertReflection, pdfText } from './showcase-helpers';

let t: TestApp;
let done: () => Promise<void>;
let lisa: string;
let pageId: string;

beforeAll(async () => {
  ({ t, done } = await appWithStore());
  lisa = await loginAs(t.app, 'student@demo.koers.nl');
  const lisaId = await idOf(t, 'student@demo.koers.nl');
  const evidenceId = await insertReflection(t, lisaId, 'Open dag hogeschool', 'Ik wil graag één keer meelopen met een verpleegkundige.');
  const res = await t.app.inject({ method: 'POST', url: '/api/showcase/pages', headers: { cookie: lisa }, payload: { title: 'Mijn keuze voor de zorg', items: [{ evidenceId }] } });
  pageId = res.json().id;
});
afterAll(async () => done?.());

it('prints a showcase page as an A4 PDF with the title, the items and page numbers', async () => {
  const res = await t.app.inject({ url: `/api/showcase/pages/${pageId}/pdf`, headers: { cookie: lisa } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toContain('Mijn keuze voor de zorg.pdf');
  expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  expect(res.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  const text = pdfText(res.rawPayload);
  expect(text).toContain('Mijn keuze voor de zorg');
  expect(text).toContain('één keer meelopen');
  expect(text).toMatch(/Pagina 1 van \d/);
});

it('prints the whole portfolio with the competency chart when there is a self-assessment', async () => {
  const res = await t.app.inject({ url: '/api/portfolio/pdf', headers: { cookie: lisa } });
  expect(res.statusCode).toBe(200);
  expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(res.rawPayload);
  expect(text).toContain('Open dag hogeschool');
  expect(text).toContain('Mijn plan (POP)');
  const measured = await t.ctx.db.selectFrom('instrument_response').select('id').where('status', '=', 'submitted').where('source', '=', 'self').where('student_id', '=', await idOf(t, 'student@demo.koers.nl')).execute();
  // The demo student has filled in the self-assessment, so the chart and its score table are there.
  expect(measured.length).toBeGreaterThan(0);
  expect(text).toContain('Loopbaancompetenties');
  expect(text).toMatch(/Mijn laatste zelfbeoordeling/);
});

it('keeps a page PDF to its owner', async () => {
  const counsellor = await loginAs(t.app, 'slb@demo.koers.nl');
  expect((await t.app.inject({ url: `/api/showcase/pages/${pageId}/pdf`, headers: { cookie: counsellor } })).statusCode).toBe(403);
});

it('replaces characters the built-in font cannot draw instead of dropping them', () => {
  expect(printable('Ĳsselmeer café Erdős 😀')).toBe('IJsselmeer café Erdos ?');
});
