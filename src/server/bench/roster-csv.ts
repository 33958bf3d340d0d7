import { toCsv } from '../../domain/csv/write';

/*
 * A roster file as a student information system writes it — shared by the roster tests and the
 * benchmark suite's import of 50,000 rows.
 */

/** A roster file as a student information system writes it, with `n` generated students. */
export function generateRoster(
  n: number,
  o: { programmes: string[]; counsellors: string[]; schoolYear: string; prefix?: string; classes?: number },
): string {
  const first = ['Zoë', 'Daan', 'Noël', 'Fenna', 'Çağla', 'Bram', 'Anaïs', 'Sem', 'Ilse', 'Mohammed'];
  const last = [['', 'Jansen'], ['van', 'Dijk'], ['de', 'Vries'], ['', 'Öztürk'], ['van der', 'Berg'], ['', 'Bakker']];
  const rows: string[][] = [['Studentnummer', 'Roepnaam', 'Tussenvoegsel', 'Achternaam', 'E-mailadres', 'Geslacht', 'Opleidingscode', 'Klas', 'Schooljaar', 'Mentor']];
  const classes = o.classes ?? 40;
  for (let i = 0; i < n; i++) {
    const number = `${o.prefix ?? 'G'}${String(i).padStart(6, '0')}`;
    const [prefix = '', surname = ''] = last[i % last.length] ?? [];
    const programme = o.programmes[i % o.programmes.length] ?? '';
    rows.push([
      number,
      first[i % first.length] ?? '',
      prefix,
      surname,
      `${number.toLowerCase()}@student.example.nl`,
      ['v', 'm', 'x'][i % 3] ?? '',
      programme,
      `${programme}-${1 + (i % classes)}`,
      o.schoolYear,
      o.counsellors[i % o.counsellors.length] ?? '',
    ]);
  }
  return toCsv(rows);
}

export const ROSTER_MAPPING = {
  studentNumber: 'Studentnummer',
  firstName: 'Roepnaam',
  namePrefix: 'Tussenvoegsel',
  lastName: 'Achternaam',
  email: 'E-mailadres',
  gender: 'Geslacht',
  programmeCode: 'Opleidingscode',
  cohortName: 'Klas',
  schoolYear: 'Schooljaar',
  counsellorEmail: 'Mentor',
};
