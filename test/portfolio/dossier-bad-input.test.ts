import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importDossier } from '../../src/server/services/dossier-import.service';
import type { Actor } from '../../src/server/policies/policy';
import { LocalFileStore } from '../../src/server/storage/file-store';
import { createTestApp, type TestApp } from '../helpers/app';
import { createOtherInstitution } from '../helpers/other-institution';
import { loginAsAnyone } from '../competencies/helpers';
import { makeZip, minimalDossier, PDF, PNG, sha256 } from './dossier-helpers';

/*
 * Bad uploads are refused with a clear message per problem and leave nothing behind: no rows, no
 * stored files.
 */

let t: TestApp;
let storageDir: string;
let other: Awaited<ReturnType<typeof createOtherInstitution>>;
let otto: string;

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-dossier-bad-'));
  t = await createTestApp({ demo: true, env: { KOERS_STORAGE_DIR: storageDir } });
  other = await createOtherInstitution(t.ctx);
  await t.ctx.db.insertInto('assignment').values({ counsellor_id: other.counsellorId, student_id: other.studentId, start_date: '2020-01-01' }).execute();
  otto = await loginAsAnyone(t, 'otto@andere.example');
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const upload = (zip: Buffer, query = 'consent=true', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/dossiers/import?studentId=${other.studentId}&${query}`, headers: { cookie: otto, 'content-type': 'application/zip', ...headers }, payload: zip });

const storedFiles = (): string[] => (fs.existsSync(storageDir) ? fs.readdirSync(storageDir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(storageDir, f)).isFile()) : []);

async function nothingImported() {
  const count = async (table: 'dossier_import' | 'portfolio_goal' | 'portfolio_evidence' | 'portfolio_file') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('student_id', '=', other.studentId).executeTakeFirstOrThrow()).n);
  expect(await count('dossier_import')).toBe(0);
  expect(await count('portfolio_goal')).toBe(0);
  expect(await count('portfolio_evidence')).toBe(0);
  expect(await count('portfolio_file')).toBe(0);
  expect(storedFiles()).toEqual([]);
}

type Problems = { error: { id: string; message: string; details: { problems: { path: string; message: string }[] } } };

beforeEach(async () => nothingImported());

describe('refusing bad dossiers', () => {
  it('accepts the minimal dossier these tests start from (so the refusals below are about the one change)', async () => {
    const ok = await upload(await makeZip(minimalDossier().entries));
    expect(ok.statusCode, ok.body).toBe(201);
    await t.ctx.db.deleteFrom('dossier_import').where('student_id', '=', other.studentId).execute();
    await t.ctx.db.deleteFrom('portfolio_evidence').where('student_id', '=', other.studentId).execute();
    await t.ctx.db.deleteFrom('portfolio_goal').where('student_id', '=', other.studentId).execute();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it('requires the consent of the student before reading anything', async () => {
    const res = await upload(await makeZip(minimalDossier().entries), 'consent=false');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('dossier_consent_required');
    expect((await upload(await makeZip(minimalDossier().entries), '')).json().error.id).toBe('dossier_consent_required');
  });

  it('reports every schema problem by its path, in Dutch or English', async () => {
    const { dossier, entries } = minimalDossier();
    const bad = { ...dossier, exportedAt: undefined, goals: [{ ...dossier.goals[0], status: 'bogus' }] };
    const zip = await makeZip([{ name: 'dossier.json', data: Buffer.from(JSON.stringify(bad)) }, entries[1]!]);
    const res = await upload(zip);
    expect(res.statusCode).toBe(400);
    const body = res.json() as Problems;
    expect(body.error.id).toBe('dossier_invalid');
    expect(body.error.message).toContain('niets geïmporteerd');
    expect(body.error.details.problems.map((p) => p.path).sort()).toEqual(['exportedAt', 'goals.0.status']);
    const en = await upload(zip, 'consent=true&language=en', { 'accept-language': 'en' });
    // The problems follow the language the consent was shown in; the error message follows the user's own setting.
    expect((en.json() as Problems).error.details.problems.find((p) => p.path === 'goals.0.status')?.message).toMatch(/^Invalid/);
  });

  it('refuses a file that is not a zip, and JSON that is not JSON', async () => {
    expect((await upload(Buffer.from('hallo'))).json().error.id).toBe('dossier_unsafe');
    const res = await upload(await makeZip([{ name: 'dossier.json', data: Buffer.from('{nope') }]));
    expect((res.json() as Problems).error.details.problems[0]?.path).toBe('dossier.json');
  });

  for (const name of ['../x', '/etc/x', 'a\\..\\b', 'files/../../x']) {
    it(`refuses the path traversal ${name}`, async () => {
      const res = await upload(await makeZip([...minimalDossier().entries, { name, data: Buffer.from('x') }]));
      expect(res.statusCode).toBe(400);
      const body = res.json() as Problems;
      expect(body.error.id).toBe('dossier_unsafe');
      expect(body.error.details.problems.map((p) => p.path)).toEqual([name]);
    });
  }

  it('refuses symbolic links, duplicate names and files dossier.json does not list', async () => {
    const { entries } = minimalDossier();
    const link = await upload(await makeZip([...entries, { name: 'files/f1/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]));
    expect((link.json() as Problems).error.details.problems[0]?.message).toMatch(/snelkoppeling/);
    const dup = await upload(await makeZip([...entries, entries[1]!]));
    expect((dup.json() as Problems).error.details.problems[0]?.message).toMatch(/meer dan eens/);
    const extra = await upload(await makeZip([...entries, { name: 'files/f9/extra.pdf', data: PDF }]));
    expect((extra.json() as Problems).error.details.problems).toEqual([{ path: 'files/f9/extra.pdf', message: expect.stringContaining('noemt het niet') }]);
  });

  it('refuses a zip bomb: an entry that inflates far beyond its compressed size', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const zip = await makeZip([...minimalDossier().entries, { name: 'files/f2/bom.pdf', data: zeros }]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const res = await upload(zip);
    expect(res.statusCode).toBe(400);
    expect((res.json() as Problems).error.details.problems).toEqual([{ path: 'files/f2/bom.pdf', message: expect.stringContaining('zipbom') }]);
  });

  it('refuses an oversized file', async () => {
    const big = Buffer.concat([PDF, randomBytes(21 * 1024 * 1024)]);
    const res = await upload(await makeZip(minimalDossier({ name: 'groot.pdf', data: big, mediaType: 'application/pdf' }).entries));
    expect(res.statusCode).toBe(400);
    expect((res.json() as Problems).error.details.problems).toEqual([{ path: 'files/f1/groot.pdf', message: expect.stringContaining('groter dan toegestaan') }]);
  });

  it('refuses a disguised file: a web page named .pdf', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const res = await upload(await makeZip(minimalDossier({ name: 'cv.pdf', data: html, mediaType: 'application/pdf' }).entries));
    expect(res.statusCode).toBe(400);
    expect((res.json() as Problems).error.details.problems).toEqual([{ path: 'files/f1/cv.pdf', message: expect.stringContaining('webpagina') }]);
  });

  it('refuses a file whose bytes differ from what dossier.json says', async () => {
    const { dossier, entries } = minimalDossier();
    const res = await upload(await makeZip([entries[0]!, { name: dossier.evidence[0]!.files[0]!.path, data: Buffer.concat([PDF, Buffer.from('x')]) }]));
    expect((res.json() as Problems).error.details.problems[0]?.path).toBe('evidence.0.files.0.sizeBytes');
  });
});

describe('nothing half-imported', () => {
  const twoFiles = () => {
    const { dossier, entries } = minimalDossier();
    const png = { id: 'f2', name: 'foto.png', path: 'files/f2/foto.png', mediaType: 'image/png', sizeBytes: PNG.length, sha256: sha256(PNG), createdAt: dossier.exportedAt };
    dossier.evidence[0]!.files.push(png);
    dossier.showcasePages.push({ title: 'Pagina', intro: '', showCompetencyChart: true, items: [{ goalId: 'g1' }], createdAt: dossier.exportedAt, updatedAt: dossier.exportedAt });
    return makeZip([{ name: 'dossier.json', data: Buffer.from(JSON.stringify(dossier)) }, entries[1]!, { name: png.path, data: PNG }]);
  };

  it('deletes the files already stored when storing a later one fails', async () => {
    const real = new LocalFileStore(storageDir);
    let puts = 0;
    const failing = { ...real, get: real.get.bind(real), delete: real.delete.bind(real), exists: real.exists.bind(real), put: async (key: string, bytes: Uint8Array) => {
      if (++puts === 2) throw new Error('disk full');
      return real.put(key, bytes);
    } };
    const actor: Actor = { id: other.counsellorId, institutionId: other.institutionId, role: 'counsellor', name: 'Otto', email: null, language: 'nl', sessionId: 's' };
    await expect(importDossier(t.ctx, actor, { studentId: other.studentId, language: 'nl', consent: true, bytes: await twoFiles() }, '127.0.0.1', { store: failing })).rejects.toThrow('disk full');
    expect(puts).toBe(2);
  });

  it('rolls back every row and deletes the stored files when the database fails half-way', async () => {
    await t.ctx.db.executeQuery({
      sql: `CREATE FUNCTION fail_showcase() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'showcase broken'; END $$`,
      parameters: [],
      query: { kind: 'RawNode' } as never,
    } as never);
    await t.ctx.db.executeQuery({ sql: 'CREATE TRIGGER fail_showcase BEFORE INSERT ON showcase_page FOR EACH ROW EXECUTE FUNCTION fail_showcase()', parameters: [], query: { kind: 'RawNode' } as never } as never);
    try {
      const res = await upload(await twoFiles());
      expect(res.statusCode).toBe(500);
    } finally {
      await t.ctx.db.executeQuery({ sql: 'DROP TRIGGER fail_showcase ON showcase_page', parameters: [], query: { kind: 'RawNode' } as never } as never);
    }
    // beforeEach of the next test would also catch it; checked here so the failure points at this test.
    await nothingImported();
  });
});
