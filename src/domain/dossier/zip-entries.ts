/*
 * Rules for the entries of an uploaded dossier zip, decided before a single byte is inflated: a
 * zip names its own paths and sizes, and both can be hostile (path traversal, zip bombs).
 */

export const DOSSIER_LIMITS = {
  /** dossier.json plus at most this many files. */
  maxEntries: 2000,
  maxJsonBytes: 20 * 1024 * 1024,
  maxFileBytes: 20 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  /** The upload itself (compressed). */
  maxUploadBytes: 100 * 1024 * 1024,
  /** Inflated size may be at most this many times the compressed size (text compresses ~10×). */
  maxRatio: 100,
  /** Below this size the ratio is not checked: tiny files of repeated bytes compress very well. */
  ratioFloorBytes: 1024 * 1024,
} as const;

export type DossierLimits = { [K in keyof typeof DOSSIER_LIMITS]: number };

export type EntryProblem =
  | 'absolute_path'
  | 'parent_path'
  | 'backslash'
  | 'control_character'
  | 'not_a_file'
  | 'encrypted'
  | 'duplicate'
  | 'too_large'
  | 'ratio'
  | 'too_many'
  | 'total_too_large'
  | 'unexpected';

/** Why a zip entry name is unsafe, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): EntryProblem | null {
  if (name.includes('\\')) return 'backslash';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control_character';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute_path';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'parent_path';
  return null;
}

export interface EntryHeader {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** A directory, or a symlink or device according to the Unix mode in the external attributes. */
  isRegularFile: boolean;
}

/**
 * Checks one entry header against the limits and what came before. `seen` collects the names and
 * the running total; the caller passes the same object for every entry.
 */
export function checkEntry(entry: EntryHeader, seen: { names: Set<string>; totalBytes: number }, limits: DossierLimits): EntryProblem | null {
  const unsafe = unsafeEntryName(entry.name);
  if (unsafe) return unsafe;
  if (!entry.isRegularFile) return 'not_a_file';
  if (seen.names.has(entry.name)) return 'duplicate';
  if (seen.names.size + 1 > limits.maxEntries) return 'too_many';
  if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * limits.maxRatio) return 'ratio';
  const max = entry.name === 'dossier.json' ? limits.maxJsonBytes : limits.maxFileBytes;
  if (entry.uncompressedSize > max) return 'too_large';
  if (seen.totalBytes + entry.uncompressedSize > limits.maxTotalBytes) return 'total_too_large';
  seen.names.add(entry.name);
  seen.totalBytes += entry.uncompressedSize;
  return null;
}

/** Unix file type bits from a zip entry's external attributes (made on Unix: high 16 bits). */
export function isRegularFileMode(externalFileAttributes: number, name: string): boolean {
  if (name.endsWith('/')) return false;
  const mode = (externalFileAttributes >>> 16) & 0o170000;
  // 0: no Unix mode recorded (e.g. made on Windows) — a plain file unless the name says directory.
  return mode === 0 || mode === 0o100000;
}

/** A file name safe to use as the last part of a zip path: letters, digits, dot, dash, underscore. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-120);
  return cleaned || 'bestand';
}

/** Where a file of the dossier lives inside the zip. */
export function filePath(fileId: string, name: string): string {
  return `files/${fileId}/${safeFileName(name)}`;
}
