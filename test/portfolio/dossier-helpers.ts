import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { AppContext } from '../../src/server/context';
import { fileStoreFor } from '../../src/server/storage/index';
import { newStorageKey } from '../../src/server/storage/file-store';
import type { Dossier } from '../../src/shared/dossier';

/** Helpers for the loopbaandossier tests: zips made and read in memory, and a student with a full portfolio. */

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Unix mode, e.g. 0o120777 for a symbolic link. */
  mode?: number;
}

/**
 * A zip of the given entries. yazl refuses unsafe names, so such a name is written under a
 * placeholder of the same length and patched in the bytes afterwards, as an attacker would.
 */
export async function makeZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const patches: [string, string][] = [];
  entries.forEach((e, i) => {
    let name = e.name;
    if (/\\|^\/|(^|\/)\.\.(\/|$)/.test(name)) {
      const placeholder = `q${i}`.padEnd(name.length, 'q').slice(0, name.length);
      patches.push([placeholder, name]);
      name = placeholder;
    }
    zip.addBuffer(e.data, name, e.mode ? { mode: e.mode } : {});
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  let bytes = Buffer.concat(chunks);
  for (const [from, to] of patches) bytes = Buffer.from(bytes.toString('latin1').split(from).join(to), 'latin1');
  return bytes;
}

export async function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zipfile = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const out = new Map<string, Buffer>();
  for await (const entry of zipfile.eachEntry()) {
    const stream: Readable = await zipfile.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  return out;
}

export function dossierOf(zip: Map<string, Buffer>): Dossier {
  return JSON.parse(zip.get('dossier.json')!.toString('utf8')) as Dossier;
}

/** A small valid dossier with one piece of evidence holding `file` (default: a PDF). */
export function minimalDossier(file: { name: string; data: Buffer; mediaType: string } = { name: 'cv.pdf', data: PDF, mediaType: 'application/pdf' }) {
  const at = '2025-03-01T10:00:00.000Z';
  const dossier: Dossier = {
    format: 'koers-loopbaandossier',
    formatVersion: 1,
    exportedAt: at,
    source: { institution: 'Vorige School' },
    student: { name: 'Test Leerling', email: null },
    educationHistory: [],
    goals: [{ id: 'g1', title: 'Stage vinden', description: '', dueOn: null, status: 'active', competencies: ['netwerken'], actions: [], reviews: [], revisions: [], createdAt: at, updatedAt: at }],
    evidence: [
      {
        id: 'e1',
        kind: 'file',
        title: 'Mijn cv',
        template: null,
        body: {},
        experienceType: null,
        organisation: null,
        happenedOn: null,
        status: 'final',
        forGuidance: true,
        competencies: [],
        goalIds: ['g1'],
        files: [{ id: 'f1', name: file.name, path: `files/f1/${file.name}`, mediaType: file.mediaType, sizeBytes: file.data.length, sha256: sha256(file.data), createdAt: at }],
        createdAt: at,
        updatedAt: at,
      },
    ],
    feedback: [],
    showcasePages: [],
    measurements: [],
    conversations: [],
  };
  return { dossier, entries: [{ name: 'dossier.json', data: Buffer.from(JSON.stringify(dossier)) }, { name: `files/f1/${file.name}`, data: file.data }] };
}

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 9, 0, 0));

/** Gives a student a portfolio with every kind of item (and a file in the store) written straight into the tables. */
export async function seedPortfolio(ctx: AppContext, studentId: string, counsellorId: string) {
  const db = ctx.db;
  const { institution_id } = await db.selectFrom('app_user').select('institution_id').where('id', '=', studentId).executeTakeFirstOrThrow();
  const owner = { institution_id, student_id: studentId };
  const goal = await db
    .insertInto('portfolio_goal')
    .values({ ...owner, title: 'Een BPV-plek vinden', description: 'Bij een zorginstelling', due_on: '2025-06-30', status: 'active', created_at: day(1), updated_at: day(5) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goal2 = await db.insertInto('portfolio_goal').values({ ...owner, title: 'Netwerk opbouwen', status: 'achieved', created_at: day(2), updated_at: day(3) }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('portfolio_goal_competency').values([{ goal_id: goal.id, competency: 'werkexploratie' }, { goal_id: goal.id, competency: 'netwerken' }, { goal_id: goal2.id, competency: 'netwerken' }]).execute();
  await db.insertInto('portfolio_goal_action').values({ goal_id: goal.id, description: 'Drie open dagen bezoeken', due_on: '2025-03-01', status: 'done', created_at: day(1), updated_at: day(4) }).execute();
  await db.insertInto('portfolio_goal_review').values([
    { goal_id: goal.id, author_id: studentId, progress: 'on_track', note: 'Gaat goed', created_at: day(4) },
    { goal_id: goal.id, author_id: counsellorId, progress: 'behind', note: 'Nog één gesprek plannen', created_at: day(5) },
  ]).execute();
  await db.insertInto('portfolio_goal_revision').values({ goal_id: goal.id, snapshot: JSON.stringify({ title: 'Stage vinden', dueOn: null }), changed_by: studentId, changed_at: day(5) }).execute();
  const reflection = await db
    .insertInto('portfolio_evidence')
    .values({ ...owner, kind: 'reflection', title: 'Open dag', template: 'starrtt', body: JSON.stringify({ situatie: 'Open dag in Utrecht', resultaat: 'Ik weet wat ik wil' }), status: 'final', for_guidance: false, created_at: day(6), updated_at: day(7) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const experience = await db
    .insertInto('portfolio_evidence')
    .values({ ...owner, kind: 'experience', title: 'Bijbaan', experience_type: 'job', organisation: 'Bakkerij', happened_on: '2024-12-01', created_at: day(8), updated_at: day(8) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const fileEvidence = await db.insertInto('portfolio_evidence').values({ ...owner, kind: 'file', title: 'Cv en foto', status: 'final', created_at: day(9), updated_at: day(9) }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('portfolio_evidence_competency').values([{ evidence_id: reflection.id, competency: 'motievenreflectie' }, { evidence_id: fileEvidence.id, competency: 'loopbaansturing' }]).execute();
  await db.insertInto('portfolio_evidence_goal').values([{ evidence_id: reflection.id, goal_id: goal.id }, { evidence_id: experience.id, goal_id: goal2.id }]).execute();
  const store = fileStoreFor(ctx.env);
  for (const [name, data, mediaType] of [['Mijn cv (2025).pdf', PDF, 'application/pdf'], ['foto.png', PNG, 'image/png']] as const) {
    const key = newStorageKey();
    await store.put(key, data);
    await db.insertInto('portfolio_file').values({ ...owner, evidence_id: fileEvidence.id, storage_key: key, original_name: name, media_type: mediaType, size_bytes: data.length, sha256: sha256(data), created_at: day(9) }).execute();
  }
  const request = await db
    .insertInto('portfolio_feedback_request')
    .values({ ...owner, evidence_id: reflection.id, requested_from: counsellorId, name: 'Mijn begeleider', question: 'Wat vind je ervan?', expires_at: day(30), created_at: day(10), answered_at: day(11) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('portfolio_feedback').values({ request_id: request.id, author_name: 'Mijn begeleider', body: 'Mooi beschreven!', created_at: day(11) }).execute();
  // An open request is an invitation of this school, not feedback received: it stays behind.
  await db.insertInto('portfolio_feedback_request').values({ ...owner, requested_from: counsellorId, name: 'Nog open', expires_at: day(60), created_at: day(12) }).execute();
  const page = await db.insertInto('showcase_page').values({ ...owner, title: 'Mijn beste werk', intro: 'Welkom', created_at: day(13), updated_at: day(13) }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('showcase_page_item').values([{ page_id: page.id, position: 0, evidence_id: reflection.id }, { page_id: page.id, position: 1, goal_id: goal.id }]).execute();
  await db.insertInto('showcase_share').values({ page_id: page.id, user_id: counsellorId, label: 'voor mijn begeleider' }).execute();
  return { goalId: goal.id, pageId: page.id };
}
