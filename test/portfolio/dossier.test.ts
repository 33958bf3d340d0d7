import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, DossierImportResult } from '../../src/shared/dossier';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { createOtherInstitution } from '../helpers/other-institution';
import { idOf, loginAsAnyone } from '../competencies/helpers';
import { dossierOf, readZip, seedPortfolio } from './dossier-helpers';

/*
 * The loopbaandossier round trip: exported by a student at one school, imported at intake at
 * another, and exported again there with nothing lost.
 */

let t: TestApp;
let storageDir: string;
let lisa: string;
let other: Awaited<ReturnType<typeof createOtherInstitution>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-dossier-'));
  t = await createTestApp({ demo: true, env: { KOERS_STORAGE_DIR: storageDir } });
  lisa = await idOf(t, 'student@demo.koers.nl');
  await seedPortfolio(t.ctx, lisa, await idOf(t, 'slb@demo.koers.nl'));
  other = await createOtherInstitution(t.ctx);
  await t.ctx.db.insertInto('assignment').values({ counsellor_id: other.counsellorId, student_id: other.studentId, start_date: '2020-01-01' }).execute();
  cookies.lisa = await loginAs(t.app, 'student@demo.koers.nl');
  cookies.admin = await loginAs(t.app, 'admin@demo.koers.nl');
  cookies.slb = await loginAs(t.app, 'slb@demo.koers.nl');
  cookies.otto = await loginAsAnyone(t, 'otto@andere.example');
  cookies.olaf = await loginAsAnyone(t, 'olaf@andere.example');
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const download = (studentId: string, cookie: string) => t.app.inject({ url: `/api/students/${studentId}/dossier`, headers: { cookie } });
const upload = (studentId: string, cookie: string, zip: Buffer, consent = 'true') =>
  t.app.inject({ method: 'POST', url: `/api/dossiers/import?studentId=${studentId}&consent=${consent}`, headers: { cookie, 'content-type': 'application/zip' }, payload: zip });

/**
 * A dossier without what belongs to a school or a moment (ids, export time, source, profile), with
 * links written as the content they point at, and lists in a stable order.
 */
function normalise(d: Dossier) {
  const goalKey = new Map(d.goals.map((g) => [g.id, `${g.title}|${g.createdAt}`]));
  const evidenceKey = new Map(d.evidence.map((e) => [e.id, `${e.kind}|${e.title}|${e.createdAt}`]));
  const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    educationHistory: d.educationHistory,
    goals: sorted(d.goals.map(({ id: _id, ...g }) => g)),
    evidence: sorted(
      d.evidence.map(({ id: _id, ...e }) => ({
        ...e,
        goalIds: sorted(e.goalIds.map((g) => goalKey.get(g))),
        files: sorted(e.files.map(({ id: _f, path: _p, ...f }) => f)),
      })),
    ),
    feedback: sorted(d.feedback.map((f) => ({ ...f, evidenceId: f.evidenceId && evidenceKey.get(f.evidenceId) }))),
    showcasePages: sorted(d.showcasePages.map((p) => ({ ...p, items: p.items.map((i) => ('goalId' in i ? { goal: goalKey.get(i.goalId) } : { evidence: evidenceKey.get(i.evidenceId) })) }))),
    measurements: d.measurements,
    conversations: d.conversations,
  };
}

describe('loopbaandossier round trip', () => {
  let sourceZip: Map<string, Buffer>;
  let source: Dossier;

  it('exports everything the student owns as dossier.json plus the files, and audits it', async () => {
    const res = await download(lisa, cookies.lisa!);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/zip');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="loopbaandossier-\d{4}-\d{2}-\d{2}\.zip"/);
    sourceZip = await readZip(res.rawPayload);
    source = dossierOf(sourceZip);
    expect(source).toMatchObject({ format: 'koers-loopbaandossier', formatVersion: 1, student: { name: 'Lisa Meijer' } });
    expect(source.goals.map((g) => g.title)).toEqual(expect.arrayContaining(['Een BPV-plek vinden', 'Netwerk opbouwen']));
    const bpv = source.goals.find((g) => g.title === 'Een BPV-plek vinden')!;
    expect(bpv.reviews.map((r) => r.byStudent)).toEqual([true, false]);
    expect(bpv.revisions).toHaveLength(1);
    const files = source.evidence.flatMap((e) => e.files);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^files\/[0-9a-f-]+\/Mijn_cv_2025_.pdf$/), expect.stringMatching(/\/foto\.png$/)]));
    for (const f of files) expect(sourceZip.get(f.path)?.length).toBe(f.sizeBytes);
    expect(sourceZip.size).toBe(files.length + 1);
    // Only answered feedback; showcase pages without who they were shared with.
    expect(source.feedback.map((f) => f.body)).toContain('Mooi beschreven!');
    expect(JSON.stringify(source.feedback)).not.toContain('Nog open');
    expect(JSON.stringify(source.showcasePages)).not.toContain('voor mijn begeleider');
    // The demo gives Lisa self-assessments and held conversations.
    expect(source.measurements.length).toBeGreaterThan(0);
    expect(source.conversations.length).toBeGreaterThan(0);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'dossier.exported').where('student_id', '=', lisa).execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('carries only conversation notes the student could see, never team or private notes', async () => {
    const hidden = await t.ctx.db
      .selectFrom('conversation_note')
      .innerJoin('conversation', 'conversation.id', 'conversation_note.conversation_id')
      .select(['conversation_note.body', 'conversation_note.tier'])
      .where('conversation.student_id', '=', lisa)
      .where('conversation_note.tier', 'in', ['team', 'private'])
      .execute();
    expect(hidden.length).toBeGreaterThan(0);
    const text = JSON.stringify(source.conversations);
    for (const note of hidden) expect(text).not.toContain(note.body);
  });

  it('imports into a student of another school at intake, and exports there again with nothing lost', async () => {
    const res = await upload(other.studentId, cookies.otto!, sourceZip && (await download(lisa, cookies.lisa!)).rawPayload);
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json() as DossierImportResult;
    expect(result).toMatchObject({
      studentId: other.studentId,
      sourceStudentName: 'Lisa Meijer',
      counts: { goals: source.goals.length, evidence: source.evidence.length, files: 2, feedback: source.feedback.length, showcasePages: source.showcasePages.length },
    });
    expect(result.counts.goals).toBeGreaterThanOrEqual(2);

    const row = await t.ctx.db.selectFrom('dossier_import').selectAll().where('id', '=', result.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ institution_id: other.institutionId, imported_by: other.counsellorId, source_institution: source.source.institution });
    expect(row.consent_text).toContain('toestemming');
    const goals = await t.ctx.db.selectFrom('portfolio_goal').select(['id', 'imported_from', 'institution_id']).where('student_id', '=', other.studentId).execute();
    expect(goals.every((g) => g.imported_from === result.id && g.institution_id === other.institutionId)).toBe(true);
    expect(goals.map((g) => g.id)).not.toEqual(expect.arrayContaining(source.goals.map((g) => g.id)));

    const again = await download(other.studentId, cookies.olaf!);
    expect(again.statusCode, again.body).toBe(200);
    const targetZip = await readZip(again.rawPayload);
    const target = dossierOf(targetZip);
    expect(target.source.institution).toBe('Andere School');
    expect(normalise(target)).toEqual(normalise(source));
    const bytesOf = (zip: Map<string, Buffer>, d: Dossier) =>
      d.evidence.flatMap((e) => e.files.map((f) => `${f.name}:${zip.get(f.path)!.toString('base64')}`)).sort();
    expect(bytesOf(targetZip, target)).toEqual(bytesOf(sourceZip, source));

    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'dossier.imported').where('student_id', '=', other.studentId).execute();
    expect(audit).toHaveLength(1);
  });

  it('lets an admin export on request at a school switch (audited as a staff read), never for another school', async () => {
    const res = await download(lisa, cookies.admin!);
    expect(res.statusCode).toBe(200);
    const adminId = await idOf(t, 'admin@demo.koers.nl');
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'dossier.exported').where('actor_id', '=', adminId).execute();
    expect(audit.map((a) => a.student_id)).toContain(lisa);
    expect((await download(other.studentId, cookies.admin!)).statusCode).toBe(404);
  });

  it('refuses counsellors, parents and other students the export', async () => {
    expect((await download(lisa, cookies.slb!)).statusCode).toBe(403);
    expect((await download(lisa, await loginAs(t.app, 'ouder@demo.koers.nl'))).statusCode).toBe(403);
    expect((await download(lisa, cookies.olaf!)).statusCode).toBe(403);
  });

  it('lets only the student, their own counsellor or an admin of their school import', async () => {
    const zip = (await download(lisa, cookies.lisa!)).rawPayload;
    const before = await t.ctx.db.selectFrom('dossier_import').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    // slb@ is a counsellor, but not of Olaf (nor of his school); the demo admin is of another school.
    expect((await upload(other.studentId, cookies.slb!, zip)).statusCode).toBe(403);
    expect((await upload(other.studentId, cookies.admin!, zip)).statusCode).toBe(404);
    expect((await upload(lisa, cookies.olaf!, zip)).statusCode).toBe(403);
    const unrelated = await t.ctx.db
      .selectFrom('app_user')
      .select('email')
      .where('role', '=', 'counsellor')
      .where('institution_id', '=', (await t.ctx.db.selectFrom('app_user').select('institution_id').where('id', '=', lisa).executeTakeFirstOrThrow()).institution_id)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('assignment').select('assignment.id').whereRef('assignment.counsellor_id', '=', 'app_user.id').where('assignment.student_id', '=', lisa))))
      .executeTakeFirstOrThrow();
    const stranger = await loginAsAnyone(t, unrelated.email!);
    expect((await upload(lisa, stranger, zip)).statusCode).toBe(403);
    expect((await download(lisa, stranger)).statusCode).toBe(403);
    const after = await t.ctx.db.selectFrom('dossier_import').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lets the student import their own dossier (their consent is their own act)', async () => {
    const zip = (await download(other.studentId, cookies.olaf!)).rawPayload;
    const res = await upload(other.studentId, cookies.olaf!, zip);
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.ctx.db.selectFrom('dossier_import').selectAll().where('id', '=', (res.json() as DossierImportResult).id).executeTakeFirstOrThrow();
    expect(row.imported_by).toBe(other.studentId);
  });
});
