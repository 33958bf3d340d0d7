import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffBytes } from '../../src/domain/portfolio/file-types';
import { loginAs, type TestApp } from '../helpers/app';
import { idOf, loginAsAnyone } from '../competencies/helpers';
import { appWithStore, storedFiles } from './showcase-helpers';

/** A minimal zip archive with the given entries (stored or deflated), as office files are. */
function zip(entries: { name: string; data: string; deflate?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = Buffer.from(e.data);
    const data = e.deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ba0000000049454e44ae426082', 'hex');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200, 0x41)]);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
const DOCX = zip([
  { name: '[Content_Types].xml', data: '<Types/>', deflate: true },
  { name: 'word/document.xml', data: '<w:document/>', deflate: true },
]);
const ODT = zip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml', data: '<office:document-content/>', deflate: true },
]);
const OLE_DOC = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(100)]);

describe('sniffing the type from the contents', () => {
  it('recognises the accepted kinds', () => {
    expect(sniffBytes(PDF)).toBe('pdf');
    expect(sniffBytes(PNG)).toBe('png');
    expect(sniffBytes(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('jpeg');
    expect(sniffBytes(Buffer.from('GIF89a\x01\x00'))).toBe('gif');
    expect(sniffBytes(Buffer.concat([Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ')]))).toBe('webp');
    expect(sniffBytes(DOCX)).toBe('docx');
    expect(sniffBytes(zip([{ name: '[Content_Types].xml', data: 'x' }, { name: 'xl/workbook.xml', data: 'x' }]))).toBe('xlsx');
    expect(sniffBytes(zip([{ name: '[Content_Types].xml', data: 'x' }, { name: 'ppt/presentation.xml', data: 'x' }]))).toBe('pptx');
    expect(sniffBytes(ODT)).toBe('odt');
    expect(sniffBytes(zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]))).toBe('ods');
    expect(sniffBytes(OLE_DOC)).toBe('doc');
    expect(sniffBytes(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100), Buffer.from('Workbook', 'utf16le')]))).toBe('xls');
  });

  it('refuses executables, web pages, plain zips and unknown containers', () => {
    expect(sniffBytes(EXE)).toBeNull();
    expect(sniffBytes(HTML)).toBeNull();
    expect(sniffBytes(Buffer.from(' %PDF-1.4 hidden after a space'))).toBeNull();
    expect(sniffBytes(zip([{ name: 'payload.exe', data: 'MZ' }]))).toBeNull();
    expect(sniffBytes(zip([{ name: 'mimetype', data: 'application/x-evil' }]))).toBeNull();
    expect(sniffBytes(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]))).toBeNull();
    expect(sniffBytes(Buffer.alloc(0))).toBeNull();
  });
});

describe('uploading and downloading files', () => {
  let t: TestApp;
  let storageDir: string;
  let done: () => Promise<void>;
  let student: string;
  let studentId: string;

  const upload = (cookie: string, body: Buffer, filename: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/portfolio/files?filename=${encodeURIComponent(filename)}`,
      headers: { cookie, 'content-type': 'application/octet-stream', ...headers },
      payload: body,
    });

  beforeAll(async () => {
    ({ t, storageDir, done } = await appWithStore());
    student = await loginAs(t.app, 'student@demo.koers.nl');
    studentId = await idOf(t, 'student@demo.koers.nl');
  });
  afterAll(async () => done?.());

  it('stores a real PDF under a random key, with the sniffed type, and serves it as an attachment', async () => {
    const res = await upload(student, PDF, 'cv-lisa.PDF');
    expect(res.statusCode, res.body).toBe(201);
    const { file, evidenceId } = res.json();
    expect(file).toMatchObject({ name: 'cv-lisa.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, isImage: false });
    const row = await t.ctx.db.selectFrom('portfolio_file').selectAll().where('id', '=', file.id).executeTakeFirstOrThrow();
    expect(row.storage_key).not.toContain('cv');
    expect(row.evidence_id).toBe(evidenceId);
    expect(storedFiles(storageDir).some((f) => f.endsWith(row.storage_key.split('/')[1] ?? '?'))).toBe(true);

    const get = await t.app.inject({ url: `/api/portfolio/files/${file.id}`, headers: { cookie: student } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['content-type']).toBe('application/pdf');
    expect(get.headers['content-disposition']).toMatch(/^attachment; filename="cv-lisa.pdf"/);
    expect(get.rawPayload.equals(PDF)).toBe(true);
  });

  it('names a file by what it is, whatever name and type it came with', async () => {
    const res = await upload(student, PNG, 'photo.pdf', { 'content-type': 'application/octet-stream' });
    expect(res.statusCode).toBe(201);
    expect(res.json().file).toMatchObject({ name: 'photo.png', mediaType: 'image/png', isImage: true });
  });

  it('refuses a disguised executable or web page with a clear message, and stores nothing', async () => {
    const before = storedFiles(storageDir).length;
    const rowsBefore = await t.ctx.db.selectFrom('portfolio_file').select('id').execute();
    for (const [body, name] of [
      [EXE, 'cijferlijst.pdf'],
      [HTML, 'verslag.pdf'],
    ] as const) {
      const res = await upload(student, body, name);
      expect(res.statusCode).toBe(415);
      expect(res.json().error.id).toBe('file_type_refused');
      expect(res.json().error.message).toMatch(/Er is niets opgeslagen/);
    }
    expect(storedFiles(storageDir)).toHaveLength(before);
    expect(await t.ctx.db.selectFrom('portfolio_file').select('id').execute()).toHaveLength(rowsBefore.length);
  });

  it('refuses an oversized file with the limit in the message, and stores nothing', async () => {
    const before = storedFiles(storageDir).length;
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload(student, big, 'groot.pdf');
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ id: 'file_too_large', details: { maxMb: 1 } });
    expect(res.json().error.message).toContain('1 MB');
    // Without a declared length the limit is enforced while streaming.
    const streamed = await t.app.inject({
      method: 'POST',
      url: '/api/portfolio/files?filename=groot.pdf',
      headers: { cookie: student, 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
      payload: big,
    });
    expect(streamed.statusCode).toBe(413);
    expect(storedFiles(storageDir)).toHaveLength(before);
  });

  it('lets the guidance team download only evidence marked for guidance; others never', async () => {
    const res = await upload(student, PDF, 'plan.pdf');
    const { file, evidenceId } = res.json();
    const counsellor = await loginAs(t.app, 'slb@demo.koers.nl');
    expect((await t.app.inject({ url: `/api/portfolio/files/${file.id}`, headers: { cookie: counsellor } })).statusCode).toBe(200);
    const audited = await t.ctx.db.selectFrom('audit_log').select('entity_id').where('entity_type', '=', 'portfolio_file').where('entity_id', '=', file.id).execute();
    expect(audited).toHaveLength(1);
    await t.ctx.db.updateTable('portfolio_evidence').set({ for_guidance: false }).where('id', '=', evidenceId).execute();
    expect((await t.app.inject({ url: `/api/portfolio/files/${file.id}`, headers: { cookie: counsellor } })).statusCode).toBe(403);
    const otherStudent = await t.ctx.db.selectFrom('app_user').select('email').where('role', '=', 'student').where('id', '!=', studentId).where('email', 'is not', null).executeTakeFirstOrThrow();
    const other = await loginAsAnyone(t, otherStudent.email ?? '');
    expect((await t.app.inject({ url: `/api/portfolio/files/${file.id}`, headers: { cookie: other } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/portfolio/files/${file.id}`, headers: { cookie: other } })).statusCode).toBe(404);
  });

  it('deletes the bytes with the file, and the file-only evidence with its last file', async () => {
    const { file, evidenceId } = (await upload(student, PNG, 'weg.png')).json();
    const row = await t.ctx.db.selectFrom('portfolio_file').select('storage_key').where('id', '=', file.id).executeTakeFirstOrThrow();
    const count = storedFiles(storageDir).length;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/portfolio/files/${file.id}`, headers: { cookie: student } });
    expect(res.statusCode).toBe(204);
    expect(storedFiles(storageDir)).toHaveLength(count - 1);
    expect(storedFiles(storageDir).some((f) => f.endsWith(row.storage_key.split('/')[1] ?? '?'))).toBe(false);
    expect(await t.ctx.db.selectFrom('portfolio_evidence').select('id').where('id', '=', evidenceId).executeTakeFirst()).toBeUndefined();
  });
});
