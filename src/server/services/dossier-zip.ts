import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { z } from 'zod';
import { PROBLEM_TEXT, type DossierProblemCode } from '../../domain/dossier/messages';
import { checkReferences } from '../../domain/dossier/references';
import { checkEntry, isRegularFileMode, type DossierLimits } from '../../domain/dossier/zip-entries';
import { FILE_KINDS, sniffBytes } from '../../domain/portfolio/file-types';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, DOSSIER_JSON_NAME, Dossier, type DossierProblem } from '../../shared/dossier';

/*
 * Writing and reading the dossier zip. Writing streams (files are pulled from the store one at a
 * time); reading trusts nothing in the archive: names and sizes are checked on the central
 * directory before anything is inflated, inflating stops at the declared size, and every file is
 * checked against dossier.json and sniffed by content.
 */

export interface ZipSource {
  path: string;
  open: () => Promise<Readable>;
}

/** The zip as a stream: dossier.json first, then each file as it is read from the store. */
export function writeDossierZip(dossier: Dossier, files: ZipSource[]): Readable {
  const zip = new yazl.ZipFile();
  const mtime = new Date(dossier.exportedAt);
  zip.addBuffer(Buffer.from(JSON.stringify(dossier, null, 2), 'utf8'), DOSSIER_JSON_NAME, { mtime });
  for (const file of files) {
    zip.addReadStreamLazy(file.path, { mtime }, (cb) => {
      file.open().then(
        (stream) => cb(null, stream),
        (err: Error) => cb(err, undefined as unknown as Readable),
      );
    });
  }
  zip.end();
  const out = zip.outputStream as unknown as Readable;
  // yazl reports a failing file on the ZipFile; without this the download would hang half-way.
  zip.on('error', (err: Error) => out.destroy(err));
  return out;
}

type Language = 'nl' | 'en';

export type ReadResult =
  | { ok: true; dossier: Dossier; files: Map<string, Buffer> }
  | { ok: false; kind: 'unsafe' | 'invalid'; problems: DossierProblem[] };

const problem = (path: string, code: DossierProblemCode, language: Language): DossierProblem => ({ path, message: PROBLEM_TEXT[code][language] });

async function inflate(zipfile: yauzl.ZipFile, entry: yauzl.Entry, max: number): Promise<Buffer> {
  const stream = await zipfile.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    // yauzl already stops at the declared size; this guards the limit even if that were wrong.
    if (size > max) {
      stream.destroy();
      throw new Error('entry larger than allowed');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function zodProblems(error: z.ZodError, language: Language): DossierProblem[] {
  const locale = (language === 'nl' ? z.locales.nl() : z.locales.en()).localeError;
  return error.issues.map((issue) => {
    const translated = locale(issue as unknown as Parameters<typeof locale>[0]);
    const message = typeof translated === 'string' ? translated : (translated?.message ?? issue.message);
    return { path: issue.path.join('.') || '(dossier.json)', message };
  });
}

/** Reads and checks an uploaded dossier completely; on any problem nothing of it is usable. */
export async function readDossierZip(bytes: Buffer, limits: DossierLimits, language: Language): Promise<ReadResult> {
  let zipfile: yauzl.ZipFile;
  try {
    // Names are decoded and checked here, not by yauzl: it would silently turn backslashes into slashes.
    zipfile = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch {
    return { ok: false, kind: 'unsafe', problems: [problem('(zip)', 'not_a_zip', language)] };
  }
  const entries = new Map<string, yauzl.Entry>();
  const unsafe: DossierProblem[] = [];
  const seen = { names: new Set<string>(), totalBytes: 0 };
  try {
    for await (const entry of zipfile.eachEntry()) {
      const name = entry.fileNameRaw.toString('utf8');
      const found = entry.isEncrypted()
        ? 'encrypted'
        : checkEntry(
            { name, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, isRegularFile: isRegularFileMode(entry.externalFileAttributes, name) },
            seen,
            limits,
          );
      if (found) unsafe.push(problem(name, found, language));
      else entries.set(name, entry);
      if (unsafe.length >= 50) break;
    }
  } catch {
    return { ok: false, kind: 'unsafe', problems: [...unsafe, problem('(zip)', 'not_a_zip', language)] };
  }
  if (unsafe.length > 0) return { ok: false, kind: 'unsafe', problems: unsafe };

  const jsonEntry = entries.get(DOSSIER_JSON_NAME);
  if (!jsonEntry) return { ok: false, kind: 'invalid', problems: [problem(DOSSIER_JSON_NAME, 'no_dossier_json', language)] };
  let raw: unknown;
  try {
    raw = JSON.parse((await inflate(zipfile, jsonEntry, limits.maxJsonBytes)).toString('utf8'));
  } catch {
    return { ok: false, kind: 'invalid', problems: [problem(DOSSIER_JSON_NAME, 'not_json', language)] };
  }
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head?.format === DOSSIER_FORMAT && typeof head.formatVersion === 'number' && head.formatVersion > DOSSIER_FORMAT_VERSION) {
    return { ok: false, kind: 'invalid', problems: [problem('formatVersion', 'newer_format', language)] };
  }
  const parsed = Dossier.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', problems: zodProblems(parsed.error, language) };
  const dossier = parsed.data;

  const fileNames = new Set([...entries.keys()].filter((n) => n !== DOSSIER_JSON_NAME));
  const references = checkReferences(dossier, fileNames);
  if (references.length > 0) return { ok: false, kind: references.some((r) => r.code === 'unexpected') ? 'unsafe' : 'invalid', problems: references.map((r) => problem(r.path, r.code, language)) };

  const files = new Map<string, Buffer>();
  const problems: DossierProblem[] = [];
  for (const [i, evidence] of dossier.evidence.entries()) {
    for (const [j, file] of evidence.files.entries()) {
      const at = `evidence.${i}.files.${j}`;
      const entry = entries.get(file.path);
      if (!entry) continue;
      let content: Buffer;
      try {
        content = await inflate(zipfile, entry, limits.maxFileBytes);
      } catch {
        // The entry inflates to more (or other) bytes than its header claims: a lying archive.
        return { ok: false, kind: 'unsafe', problems: [problem(file.path, 'ratio', language)] };
      }
      const kind = sniffBytes(content);
      if (content.length !== file.sizeBytes) problems.push(problem(`${at}.sizeBytes`, 'file_size_mismatch', language));
      else if (createHash('sha256').update(content).digest('hex') !== file.sha256) problems.push(problem(`${at}.sha256`, 'file_checksum_mismatch', language));
      else if (!kind) problems.push(problem(file.path, 'file_type_unknown', language));
      else if (FILE_KINDS[kind].mediaType !== file.mediaType) problems.push(problem(`${at}.mediaType`, 'file_type_mismatch', language));
      else files.set(file.path, content);
    }
  }
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems };
  return { ok: true, dossier, files };
}
