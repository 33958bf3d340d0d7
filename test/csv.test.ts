import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, normalizeHeader, parseCsv } from '../src/domain/csv/parse';
import { CSV_BOM, csvLines, neutralizeCell, restoreNeutralizedCell, toCsv } from '../src/domain/csv/write';

describe('parseCsv', () => {
  it('reads a Dutch Excel file: BOM, ";" and quoted fields with separators, quotes and line breaks', () => {
    const text = '\uFEFFStudentnummer;Roepnaam;Opmerking\r\n1001;Zoë;"a;b"\r\n1002;"Jan ""JJ""";"twee\r\nregels"\r\n';
    const csv = parseCsv(text);
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toEqual(['Studentnummer', 'Roepnaam', 'Opmerking']);
    expect(csv.rows).toEqual([
      { row: 2, values: ['1001', 'Zoë', 'a;b'] },
      { row: 3, values: ['1002', 'Jan "JJ"', 'twee\r\nregels'] },
    ]);
    expect(csv.problems).toEqual([]);
  });

  it('reads a comma file without BOM and a tab file', () => {
    expect(parseCsv('a,b,c\n1,"2,5",3\n')).toMatchObject({ delimiter: ',', headers: ['a', 'b', 'c'], rows: [{ row: 2, values: ['1', '2,5', '3'] }] });
    expect(parseCsv('a\tb\n1\t2')).toMatchObject({ delimiter: '\t', rows: [{ row: 2, values: ['1', '2'] }] });
  });

  it('detects the delimiter from the header only, outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d\n1,2,3,4,5,6')).toBe(';');
    expect(detectDelimiter('naam,klas\n')).toBe(',');
    expect(detectDelimiter('naam')).toBe(';');
  });

  it('keeps Excel row numbers: empty lines are skipped but still counted', () => {
    const csv = parseCsv('a;b\n1;2\n\n;;\n3;4\n');
    expect(csv.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('pads short rows, reports extra filled columns and ignores trailing empty header cells', () => {
    const csv = parseCsv('a;b;;\n1\n1;2;3\n1;2;;\n');
    expect(csv.headers).toEqual(['a', 'b']);
    expect(csv.rows.map((r) => r.values)).toEqual([['1', ''], ['1', '2'], ['1', '2']]);
    expect(csv.problems).toEqual([{ row: 3, code: 'extra_fields' }]);
  });

  it('makes headers unique and names empty ones', () => {
    expect(parseCsv('Naam; ;Naam;x\n1;2;3;4').headers).toEqual(['Naam', 'Kolom 2', 'Naam (2)', 'x']);
  });

  it('reports an unclosed quote', () => {
    expect(parseCsv('a;b\n1;"open\n2;3\n').problems).toContainEqual({ row: 2, code: 'unclosed_quote' });
  });

  it('returns no rows for an empty file or a header only', () => {
    expect(parseCsv('')).toMatchObject({ headers: [], rows: [] });
    expect(parseCsv('\uFEFF\r\n')).toMatchObject({ headers: [], rows: [] });
    expect(parseCsv('a;b\r\n')).toMatchObject({ headers: ['a', 'b'], rows: [] });
  });

  it('normalises headers to comparable keys', () => {
    expect(normalizeHeader(' E-mailadres ')).toBe('emailadres');
    expect(normalizeHeader('Tussenvoegsel(s)')).toBe('tussenvoegsels');
    expect(normalizeHeader('SLB-er')).toBe('slber');
    expect(normalizeHeader('Opleidingscode_Crebo')).toBe('opleidingscodecrebo');
    expect(normalizeHeader('Één')).toBe('een');
  });
});

describe('decodeText', () => {
  it('decodes UTF-8, Windows-1252 and UTF-16 exports', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFZoë;Çelik'))).toBe('\uFEFFZoë;Çelik');
    expect(decodeText(Uint8Array.from([0x5a, 0x6f, 0xeb, 0x3b, 0x80]))).toBe('Zoë;€');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë;x', 'utf16le')]);
    expect(decodeText(utf16)).toBe('Zoë;x');
  });
});

describe('toCsv', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(['=cmd|calc', '+1', '-2', '@x', '\tx', '\rx'].map(neutralizeCell)).toEqual(["'=cmd|calc", "'+1", "'-2", "'@x", "'\tx", "'\rx"]);
    expect(['Jan', 'a=b', "O'Brien", '', null, undefined, 3].map(neutralizeCell)).toEqual(['Jan', 'a=b', "O'Brien", '', '', '', '3']);
  });

  it('writes ";" with CRLF and a BOM, quoting where needed', () => {
    const text = toCsv([
      ['naam', 'notitie'],
      ['Zoë', 'a;b "c"'],
      ['=1+1', '-2'],
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}naam;notitie\r\nZoë;"a;b ""c"""\r\n'=1+1;'-2\r\n`);
    expect(csvLines([])).toBe('');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('round-trips through the parser', () => {
    const rows = [
      ['studentnummer', 'voornaam', 'achternaam'],
      ['001', 'Zoë', 'Çelik-Özdemir'],
      ['002', 'Line\nbreak', 'Semi;colon'],
    ];
    expect(parseCsv(toCsv(rows)).rows.map((r) => r.values)).toEqual(rows.slice(1));
  });
});

describe('restoreNeutralizedCell', () => {
  it('undoes the export protection only where the export added it', () => {
    expect(["'=cmd", "'+1", "'-2", "'@x", "'t Hart", 'plain', "''=x"].map(restoreNeutralizedCell)).toEqual(['=cmd', '+1', '-2', '@x', "'t Hart", 'plain', "''=x"]);
  });
});
