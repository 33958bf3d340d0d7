import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/domain/csv/parse';
import type { RosterMapping } from '../src/domain/roster/fields';
import { suggestMapping } from '../src/domain/roster/mapping';
import { rowErrorMessage } from '../src/domain/roster/messages';
import { lookupKeys, mappingProblems, validateRows, type RosterLookups } from '../src/domain/roster/validate';
import { parseGender, parseSchoolYear } from '../src/domain/roster/values';

describe('suggestMapping', () => {
  it('recognises a Dutch SIS export', () => {
    const headers = ['Stamnummer', 'Roepnaam', 'Voornamen', 'Tussenvoegsel(s)', 'Achternaam', 'E-mailadres', 'Geslacht', 'Opleidingscode', 'Klas', 'Schooljaar', 'Startdatum', 'E-mail mentor', 'E-mail ouder'];
    expect(suggestMapping(headers)).toEqual({
      studentNumber: 'Stamnummer',
      firstName: 'Roepnaam',
      namePrefix: 'Tussenvoegsel(s)',
      lastName: 'Achternaam',
      email: 'E-mailadres',
      gender: 'Geslacht',
      programmeCode: 'Opleidingscode',
      cohortName: 'Klas',
      schoolYear: 'Schooljaar',
      startDate: 'Startdatum',
      counsellorEmail: 'E-mail mentor',
    });
  });

  it('recognises other common spellings and English headers', () => {
    expect(suggestMapping(['Leerlingnummer', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'Email', 'Crebo', 'Groep', 'SLB-er'])).toMatchObject({
      studentNumber: 'Leerlingnummer',
      firstName: 'Voornaam',
      namePrefix: 'Tussenvoegsel',
      programmeCode: 'Crebo',
      cohortName: 'Groep',
      counsellorEmail: 'SLB-er',
    });
    expect(suggestMapping(['Student number', 'First name', 'Last name', 'E-mail address', 'Programme code', 'Cohort', 'Coach'])).toMatchObject({
      studentNumber: 'Student number',
      firstName: 'First name',
      lastName: 'Last name',
      email: 'E-mail address',
      programmeCode: 'Programme code',
      cohortName: 'Cohort',
      counsellorEmail: 'Coach',
      gender: null,
      startDate: null,
    });
  });

  it('suggests nothing for unknown headers and uses each header once', () => {
    const m = suggestMapping(['foo', 'bar', 'Klas']);
    expect(Object.values(m).filter((v) => v !== null)).toEqual(['Klas']);
  });
});

describe('value parsing', () => {
  it('accepts the usual ways of writing gender', () => {
    expect(['v', 'V', 'vrouw', 'Vrouwelijk', 'F'].map(parseGender)).toEqual(['v', 'v', 'v', 'v', 'v']);
    expect(['m', 'M', 'man', 'Male'].map(parseGender)).toEqual(['m', 'm', 'm', 'm']);
    expect(['x', 'X', 'anders', 'non-binair', 'overig'].map(parseGender)).toEqual(['x', 'x', 'x', 'x', 'x']);
    expect(['', 'onbekend'].map(parseGender)).toEqual([null, null]);
    expect(parseGender('q')).toBeUndefined();
  });

  it('reads school years', () => {
    expect(parseSchoolYear('2025-2026')).toBe('2025-2026');
    expect(parseSchoolYear('2025/26')).toBe('2025-2026');
    expect(parseSchoolYear('2025-2027')).toBeUndefined();
    expect(parseSchoolYear('2025')).toBeUndefined();
  });
});

const LOOKUPS: RosterLookups = {
  programmes: new Map([['HICT', 'p-hict'], ['HBO-ICT', 'p-hict'], ['BK', 'p-bk']]),
  counsellors: new Map([['slb@school.nl', 'c-slb']]),
  emailOwners: new Map([['bezet@school.nl', null], ['eigen@school.nl', '1003']]),
  nonStudentNumbers: new Set(['9999']),
};

const HEADER = 'Studentnummer;Roepnaam;Tussenvoegsel;Achternaam;E-mailadres;Geslacht;Opleiding;Klas;Schooljaar;Startdatum;Mentor';

function validate(body: string, mapping?: RosterMapping) {
  const csv = parseCsv(`${HEADER}\n${body}`);
  const m = mapping ?? suggestMapping(csv.headers);
  return validateRows(csv.rows, csv.headers, m, LOOKUPS, { today: '2026-03-15', problems: csv.problems });
}

describe('validateRows', () => {
  it('turns good rows into records, with defaults for school year and start date', () => {
    const result = validate('1001;Zoë;van der;Berg;Zoe@School.nl;vrouw;hict;1A;;;SLB@school.nl\n1002;Bram;;Smit;;m;HBO-ICT;1B;2025-2026;01-08-2025;');
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 2, studentNumber: '1001', firstName: 'Zoë', namePrefix: 'van der', lastName: 'Berg', email: 'zoe@school.nl', gender: 'v',
        programmeId: 'p-hict', cohortName: '1A', schoolYear: '2025-2026', startDate: '2026-03-15', counsellorId: 'c-slb',
      },
      {
        row: 3, studentNumber: '1002', firstName: 'Bram', namePrefix: null, lastName: 'Smit', email: null, gender: 'm',
        programmeId: 'p-hict', cohortName: '1B', schoolYear: '2025-2026', startDate: '2025-08-01', counsellorId: null,
      },
    ]);
  });

  it('reports every problem with row, column and what is wrong, in Dutch and in English', () => {
    const result = validate(
      [
        ';Anna;;;anna@;q;XYZ;;2025;31-02-2026;nobody@school.nl', // row 2
        '1003;Eva;;Jansen;eigen@school.nl;v;BK;2A;;;', // row 3: her own address, fine
        '1004;Finn;;Visser;bezet@school.nl;m;BK;2A;;;', // row 4
      ].join('\n'),
    );
    const shown = result.errors.map((e) => ({ row: e.row, column: e.column, nl: rowErrorMessage(e, 'nl'), en: rowErrorMessage(e, 'en') }));
    expect(shown).toEqual([
      { row: 2, column: 'Studentnummer', nl: 'Verplichte waarde ontbreekt.', en: 'Required value is missing.' },
      { row: 2, column: 'Achternaam', nl: 'Verplichte waarde ontbreekt.', en: 'Required value is missing.' },
      { row: 2, column: 'Klas', nl: 'Verplichte waarde ontbreekt.', en: 'Required value is missing.' },
      { row: 2, column: 'Opleiding', nl: "Opleiding 'XYZ' bestaat niet in deze instelling.", en: "Programme 'XYZ' does not exist in this institution." },
      { row: 2, column: 'E-mailadres', nl: "'anna@' is geen geldig e-mailadres.", en: "'anna@' is not a valid email address." },
      { row: 2, column: 'Geslacht', nl: "'q' is geen geldig geslacht; gebruik v, m of x.", en: "'q' is not a valid gender; use v (female), m (male) or x." },
      { row: 2, column: 'Startdatum', nl: "'31-02-2026' is geen geldige datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD.", en: "'31-02-2026' is not a valid date; use DD-MM-YYYY or YYYY-MM-DD." },
      { row: 2, column: 'Schooljaar', nl: "'2025' is geen geldig schooljaar; gebruik bijvoorbeeld 2025-2026.", en: "'2025' is not a valid school year; use e.g. 2025-2026." },
      { row: 2, column: 'Mentor', nl: "Er is geen mentor/SLB'er met e-mailadres 'nobody@school.nl'.", en: "There is no counsellor with email address 'nobody@school.nl'." },
      { row: 4, column: 'E-mailadres', nl: "E-mailadres 'bezet@school.nl' hoort al bij een ander account.", en: "Email address 'bezet@school.nl' already belongs to another account." },
    ]);
    expect(result.records.map((r) => r.row)).toEqual([3]);
    expect([...result.invalidRows]).toEqual([2, 4]);
  });

  it('flags a student number or e-mail address that occurs twice in the file, on both rows', () => {
    const result = validate('1001;A;;X;a@s.nl;;BK;1A;;;\n1002;B;;Y;A@S.NL;;BK;1A;;;\n1001;C;;Z;;;BK;1A;;;\n9999;D;;W;;;BK;1A;;;');
    const brief = result.errors.map((e) => [e.row, e.code, e.params?.otherRow]);
    expect(brief).toEqual([
      [2, 'duplicate_student_number', 4],
      [2, 'duplicate_email', 3],
      [3, 'duplicate_email', 2],
      [4, 'duplicate_student_number', 2],
      [5, 'not_a_student', undefined],
    ]);
    expect(rowErrorMessage(result.errors[0]!, 'nl')).toBe("Studentnummer '1001' staat ook al in rij 4.");
    expect(result.records).toEqual([]);
  });

  it('reports malformed lines as row errors', () => {
    const result = validate('1001;A;;X;;;BK;1A;;;;extra');
    expect(result.errors).toEqual([{ row: 2, column: null, code: 'extra_fields' }]);
    expect(rowErrorMessage(result.errors[0]!, 'en')).toBe('This row has more columns than the header.');
  });

  it('lists required fields without a column and columns that do not exist', () => {
    expect(mappingProblems({ studentNumber: 'Nr', firstName: 'Naam', email: 'Mail' }, ['Nr', 'Naam'])).toEqual({
      missing: ['lastName', 'programmeCode', 'cohortName'],
      unknownHeaders: [{ field: 'email', header: 'Mail' }],
    });
  });

  it('collects the values to look up in the database', () => {
    const csv = parseCsv(`${HEADER}\n1001;A;;X;A@s.nl;;BK;1A;;;SLB@school.nl\n1002;B;;Y;geen-mail;;BK;1A;;;`);
    expect(lookupKeys(csv.rows, csv.headers, suggestMapping(csv.headers))).toEqual({
      emails: ['a@s.nl'],
      studentNumbers: ['1001', '1002'],
      counsellorEmails: ['slb@school.nl'],
    });
  });
});
