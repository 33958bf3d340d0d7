import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { downloadName, FILE_KINDS, IMAGE_KINDS, kindOfMediaType, SAMPLE_BYTES, sniffFileType } from '../../domain/portfolio/file-types';
import type { FileView, UploadResult } from '../../shared/showcase';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { evidenceFileReader, type Actor } from '../policies/policy';
import * as repo from '../repositories/portfolio-files.repository';
import { relationshipLookup } from '../repositories/relationships.repository';
import { fileStoreFor } from '../storage/index';
import { newStorageKey } from '../storage/file-store';
import { audit } from './audit.service';

/**
 * Uploaded evidence files. The bytes are streamed into the file store while they are counted,
 * hashed and sampled; only when the size and the sniffed type are acceptable is the row written.
 * Whatever is refused leaves nothing behind, in the store or in the database.
 */

export const maxUploadBytes = (ctx: AppContext) => ctx.env.KOERS_MAX_UPLOAD_MB * 1024 * 1024;

export function fileView(row: repo.FileRow): FileView {
  const kind = kindOfMediaType(row.media_type);
  return {
    id: row.id,
    evidenceId: row.evidence_id,
    name: kind ? downloadName(row.original_name, kind) : row.original_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    isImage: kind !== null && IMAGE_KINDS.includes(kind),
    createdAt: row.created_at.toISOString(),
  };
}

/** Counts, hashes and keeps the first and last bytes of what passes through; stops past `limit`. */
function inspector(limit: number) {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) return done(new AppError('file_too_large'));
      hash.update(chunk);
      if (head.length < SAMPLE_BYTES) head = Buffer.concat([head, chunk.subarray(0, SAMPLE_BYTES - head.length)]);
      tail = Buffer.concat([tail, chunk]);
      if (tail.length > SAMPLE_BYTES) tail = tail.subarray(tail.length - SAMPLE_BYTES);
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ size, head, tail, sha256: hash.digest('hex') }) };
}

export async function uploadFile(
  ctx: AppContext,
  actor: Actor,
  input: { filename: string; title?: string | undefined; declaredLength?: number | undefined },
  body: Readable,
): Promise<UploadResult> {
  const limit = maxUploadBytes(ctx);
  if (input.declaredLength !== undefined && input.declaredLength > limit) {
    body.resume();
    throw new AppError('file_too_large');
  }
  const store = fileStoreFor(ctx.env);
  const key = newStorageKey();
  const check = inspector(limit);
  try {
    await store.put(key, body.pipe(check.stream));
  } catch (err) {
    body.unpipe(check.stream);
    body.resume();
    await store.delete(key);
    throw err instanceof AppError ? err : new AppError('bad_request');
  }
  const { size, head, tail, sha256 } = check.result();
  const kind = size === 0 ? null : sniffFileType({ head, tail });
  if (!kind) {
    await store.delete(key);
    throw new AppError('file_type_refused');
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const title = input.title?.trim() || input.filename.replace(/\.[A-Za-z0-9]{1,5}$/, '');
      const evidenceId = await repo.insertFileEvidence(trx, { institutionId: actor.institutionId, studentId: actor.id, title });
      const row = await repo.insertFile(trx, {
        institutionId: actor.institutionId,
        studentId: actor.id,
        evidenceId,
        storageKey: key,
        originalName: input.filename,
        mediaType: FILE_KINDS[kind].mediaType,
        sizeBytes: size,
        sha256,
      });
      return { evidenceId, file: fileView(row) };
    });
  } catch (err) {
    await store.delete(key);
    throw err;
  }
}

export async function myFiles(ctx: AppContext, actor: Actor): Promise<FileView[]> {
  return (await repo.filesOfStudent(ctx.db, actor.id)).map(fileView);
}

export async function filesByEvidence(ctx: AppContext, evidenceIds: readonly string[]): Promise<Map<string, FileView[]>> {
  const out = new Map<string, FileView[]>();
  for (const row of await repo.filesOfEvidence(ctx.db, evidenceIds)) out.set(row.evidence_id, [...(out.get(row.evidence_id) ?? []), fileView(row)]);
  return out;
}

export interface Download {
  stream: Readable;
  name: string;
  mediaType: string;
  sizeBytes: number;
}

async function open(ctx: AppContext, row: repo.FileRow): Promise<Download> {
  const view = fileView(row);
  return { stream: await fileStoreFor(ctx.env).get(row.storage_key), name: view.name, mediaType: row.media_type, sizeBytes: view.sizeBytes };
}

/** A download by the student or, for evidence marked for guidance, their guidance team (audited). */
export async function download(ctx: AppContext, actor: Actor, fileId: string, ip: string): Promise<Download> {
  const row = await repo.findFile(ctx.db, fileId);
  if (!row) throw new AppError('not_found');
  const reader = await evidenceFileReader(actor, { studentId: row.student_id, forGuidance: row.for_guidance && row.evidence_status === 'final' }, relationshipLookup(ctx.db));
  if (reader === 'guidance') await audit(ctx.db, actor, 'student.read', { studentId: row.student_id, entityType: 'portfolio_file', entityId: row.id }, ip);
  return open(ctx, row);
}

/** A download for a viewer of a shared page; the caller has checked that the evidence is on that page. */
export async function downloadForPage(ctx: AppContext, fileId: string, evidenceIdsOnPage: ReadonlySet<string>): Promise<Download> {
  const row = await repo.findFile(ctx.db, fileId);
  if (!row || !evidenceIdsOnPage.has(row.evidence_id)) throw new AppError('not_found');
  return open(ctx, row);
}

export async function deleteFile(ctx: AppContext, actor: Actor, fileId: string): Promise<void> {
  const row = await repo.findFile(ctx.db, fileId);
  if (!row || row.student_id !== actor.id) throw new AppError('not_found');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteFile(trx, row.id);
    await repo.deleteEmptyFileEvidence(trx, row.evidence_id);
  });
  await fileStoreFor(ctx.env).delete(row.storage_key);
}

/**
 * For whoever deletes a piece of evidence: the rows go with the evidence (ON DELETE CASCADE), the
 * bytes do not. Read the keys before deleting, remove the bytes after the delete has committed.
 */
export async function storedKeysOf(ctx: AppContext, evidenceId: string): Promise<string[]> {
  return repo.storageKeysOfEvidence(ctx.db, evidenceId);
}

export async function removeStored(ctx: AppContext, keys: readonly string[]): Promise<void> {
  const store = fileStoreFor(ctx.env);
  for (const key of keys) await store.delete(key);
}
