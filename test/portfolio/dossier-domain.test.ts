import { describe, expect, it } from 'vitest';
import { checkEntry, DOSSIER_LIMITS, filePath, isRegularFileMode, safeFileName, unsafeEntryName } from '../../src/domain/dossier/zip-entries';

describe('zip entry names', () => {
  it.each([
    ['../x', 'parent_path'],
    ['files/../../x', 'parent_path'],
    ['./x', 'parent_path'],
    ['/etc/x', 'absolute_path'],
    ['C:/x', 'absolute_path'],
    ['a\\..\\b', 'backslash'],
    ['a\u0000b', 'control_character'],
    ['files/abc/cv.pdf', null],
  ])('%s → %s', (name, expected) => expect(unsafeEntryName(name)).toBe(expected));

  it('makes safe file names that keep the extension', () => {
    expect(safeFileName('Mijn cv (2025).pdf')).toBe('Mijn_cv_2025_.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('...')).toBe('bestand');
    expect(filePath('f1', 'a b.png')).toBe('files/f1/a_b.png');
  });

  it('tells regular files from symbolic links and folders', () => {
    expect(isRegularFileMode(0o100644 << 16, 'a')).toBe(true);
    expect(isRegularFileMode(0, 'a')).toBe(true);
    expect(isRegularFileMode(0o120777 << 16, 'a')).toBe(false);
    expect(isRegularFileMode(0, 'dir/')).toBe(false);
  });
});

describe('entry limits', () => {
  const limits = { ...DOSSIER_LIMITS, maxEntries: 2, maxFileBytes: 100, maxTotalBytes: 150, ratioFloorBytes: 10, maxRatio: 10 };
  const file = (name: string, size: number, compressed = size) => ({ name, uncompressedSize: size, compressedSize: compressed, isRegularFile: true });

  it('counts names and total size across entries', () => {
    const seen = { names: new Set<string>(), totalBytes: 0 };
    expect(checkEntry(file('a', 80), seen, limits)).toBeNull();
    expect(checkEntry(file('a', 1), seen, limits)).toBe('duplicate');
    expect(checkEntry(file('b', 80), seen, limits)).toBe('total_too_large');
    expect(checkEntry(file('c', 50), seen, limits)).toBeNull();
    expect(checkEntry(file('d', 1), seen, limits)).toBe('too_many');
  });

  it('flags a high inflation ratio before the size', () => {
    const seen = { names: new Set<string>(), totalBytes: 0 };
    expect(checkEntry(file('bomb', 1000, 5), seen, limits)).toBe('ratio');
    expect(checkEntry(file('big', 101), seen, limits)).toBe('too_large');
  });
});
