/**
 * What an uploaded file really is, decided from its bytes: never from its name or the type the
 * browser declares, which anyone can change. Only the listed kinds of evidence are accepted; an
 * executable or a web page renamed to .pdf does not match any of them and is refused.
 */

export const FILE_KINDS = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  png: { mediaType: 'image/png', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg' },
  gif: { mediaType: 'image/gif', extension: 'gif' },
  webp: { mediaType: 'image/webp', extension: 'webp' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extension: 'odp' },
  doc: { mediaType: 'application/msword', extension: 'doc' },
  xls: { mediaType: 'application/vnd.ms-excel', extension: 'xls' },
  ppt: { mediaType: 'application/vnd.ms-powerpoint', extension: 'ppt' },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** Images can be shown inline; everything else is offered as a download. */
export const IMAGE_KINDS: readonly FileKind[] = ['png', 'jpeg', 'gif', 'webp'];

/**
 * The start and the end of a file: enough for every check here (zip archives keep their table of
 * contents at the end). For a small file both may be the whole file.
 */
export interface FileSample {
  head: Uint8Array;
  tail: Uint8Array;
}

/** How much of each end the checks need. */
export const SAMPLE_BYTES = 256 * 1024;

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Names of the entries of a zip archive, from its central directory or else its local headers. */
export function zipEntryNames(sample: FileSample): string[] {
  const { tail } = sample;
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 65535); i--) {
    if (u32(tail, i) !== 0x06054b50) continue;
    const size = u32(tail, i + 12);
    const start = i - size;
    if (start < 0) break;
    const names: string[] = [];
    let at = start;
    while (at + 46 <= i && u32(tail, at) === 0x02014b50) {
      const nameLength = u16(tail, at + 28);
      names.push(new TextDecoder().decode(tail.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + u16(tail, at + 30) + u16(tail, at + 32);
    }
    if (names.length > 0) return names;
    break;
  }
  const names: string[] = [];
  const { head } = sample;
  let at = 0;
  while (at + 30 <= head.length && u32(head, at) === 0x04034b50) {
    const nameLength = u16(head, at + 26);
    names.push(new TextDecoder().decode(head.subarray(at + 30, at + 30 + nameLength)));
    // With a data descriptor the size is not in the header; the entries after it cannot be found here.
    if ((u16(head, at + 6) & 0x08) !== 0) break;
    at += 30 + nameLength + u16(head, at + 28) + u32(head, at + 18);
  }
  return names;
}

function zipKind(sample: FileSample): FileKind | null {
  const { head } = sample;
  // OpenDocument: an uncompressed first entry "mimetype" holding the type.
  if (ascii(head, 30, 8) === 'mimetype' && u16(head, 8) === 0) {
    const type = ascii(head, 38, Math.min(u32(head, 18), 80));
    if (type === FILE_KINDS.odt.mediaType) return 'odt';
    if (type === FILE_KINDS.ods.mediaType) return 'ods';
    if (type === FILE_KINDS.odp.mediaType) return 'odp';
    return null;
  }
  const names = zipEntryNames(sample);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return null;
}

const utf16 = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
const contains = (bytes: Uint8Array, needle: readonly number[]) => {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** Legacy Office files are OLE containers; the name of the main stream tells which program made it. */
function oleKind(sample: FileSample): FileKind | null {
  const has = (name: string) => contains(sample.head, utf16(name)) || contains(sample.tail, utf16(name));
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('PowerPoint Document')) return 'ppt';
  return null;
}

export function sniffFileType(sample: FileSample): FileKind | null {
  const { head } = sample;
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipKind(sample);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(sample);
  return null;
}

/** The whole file at once (tests, small files). */
export function sniffBytes(bytes: Uint8Array): FileKind | null {
  return sniffFileType({ head: bytes.subarray(0, SAMPLE_BYTES), tail: bytes.subarray(Math.max(0, bytes.length - SAMPLE_BYTES)) });
}

/** A file name safe for a download header: the student's own name, with the extension of what it really is. */
export function downloadName(originalName: string, kind: FileKind): string {
  const base = originalName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[\u0000-\u001f"\\/]/g, '').trim().slice(0, 120) || 'bestand';
  return `${base}.${FILE_KINDS[kind].extension}`;
}

export function kindOfMediaType(mediaType: string): FileKind | null {
  const entry = Object.entries(FILE_KINDS).find(([, v]) => v.mediaType === mediaType);
  return entry ? (entry[0] as FileKind) : null;
}
