import { displayName } from '../people/names';
import { previousSchoolYear, schoolYearOf, schoolYearStart } from '../dates/school-year';
import type { Level, Role } from '../../shared/roles';
import { NAME_ORIGINS, NEUTRAL_FIRST_NAMES, emailLocalPart, splitSurname, type Gender } from './dutch-names';

/*
 * The demo institution as plain data: a pure, deterministic description (seeded PRNG) that the
 * demo seed service writes into the database. Cross-references use `key` strings, never ids.
 * Names and student numbers do not depend on `today`; only the school years and dates do.
 */

export const DEMO_SEED = 0x4b0e5;
export const DEMO_PASSWORD = 'koers-demo';
export const DEMO_INSTITUTION_NAME = 'Koers Onderwijsgroep (demo)';

/** The fixed login accounts of the demo, all with password DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly { email: string; role: Role }[] = [
  { email: 'admin@demo.koers.nl', role: 'admin' },
  { email: 'slb@demo.koers.nl', role: 'counsellor' },
  { email: 'student@demo.koers.nl', role: 'student' },
  { email: 'manager@demo.koers.nl', role: 'manager' },
  { email: 'zorg@demo.koers.nl', role: 'specialist' },
  { email: 'ouder@demo.koers.nl', role: 'parent' },
  { email: 'stage@demo.koers.nl', role: 'supervisor' },
];

export interface DemoSector { key: string; name: string; code: string }
export interface DemoProgramme { key: string; sectorKey: string; name: string; code: string; level: Level }
export interface DemoCohort { key: string; programmeKey: string; name: string; schoolYear: string }
export interface DemoUser {
  key: string;
  role: Role;
  email: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  gender: Gender | null;
  studentNumber: string | null;
  /** One of DEMO_ACCOUNTS: gets the demo password. */
  demoLogin: boolean;
}
export interface DemoEnrolment { studentKey: string; cohortKey: string; startDate: string; endDate: string | null }
export interface DemoAssignment {
  counsellorKey: string;
  studentKey: string;
  startDate: string;
  endDate: string | null;
  createdByKey: string;
  endedByKey: string | null;
}
export interface DemoLink { studentKey: string; userKey: string; kind: 'parent' | 'supervisor'; startDate: string; endDate: string | null }

export interface DemoInstitution {
  name: string;
  currentSchoolYear: string;
  previousSchoolYear: string;
  sectors: DemoSector[];
  programmes: DemoProgramme[];
  cohorts: DemoCohort[];
  users: DemoUser[];
  enrolments: DemoEnrolment[];
  assignments: DemoAssignment[];
  links: DemoLink[];
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  const value = list[Math.floor(rng() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

const SECTORS: DemoSector[] = [
  { key: 'TECH', name: 'Techniek', code: 'TECH' },
  { key: 'ECO', name: 'Economie', code: 'ECO' },
  { key: 'ZW', name: 'Zorg & Welzijn', code: 'ZW' },
];

/** `firstYear`: the first leerjaar of the programme (a havo profile starts in havo 4, vmbo in 3). */
const PROGRAMMES: (DemoProgramme & { firstYear: number })[] = [
  { key: 'HNT', sectorKey: 'TECH', name: 'Havo – profiel Natuur & Techniek', code: 'HNT', level: 'vo', firstYear: 4 },
  { key: 'MT', sectorKey: 'TECH', name: 'Mechatronica', code: 'MT', level: 'mbo', firstYear: 1 },
  { key: 'HICT', sectorKey: 'TECH', name: 'HBO-ICT', code: 'HICT', level: 'hbo', firstYear: 1 },
  { key: 'HEM', sectorKey: 'ECO', name: 'Havo – profiel Economie & Maatschappij', code: 'HEM', level: 'vo', firstYear: 4 },
  { key: 'COM', sectorKey: 'ECO', name: 'Commercie', code: 'COM', level: 'mbo', firstYear: 1 },
  { key: 'BK', sectorKey: 'ECO', name: 'Bedrijfskunde', code: 'BK', level: 'hbo', firstYear: 1 },
  { key: 'VZW', sectorKey: 'ZW', name: 'Vmbo Zorg & Welzijn', code: 'VZW', level: 'vo', firstYear: 3 },
  { key: 'VP', sectorKey: 'ZW', name: 'Verpleegkunde', code: 'VP', level: 'mbo', firstYear: 1 },
  { key: 'SW', sectorKey: 'ZW', name: 'Social Work', code: 'SW', level: 'hbo', firstYear: 1 },
];

type StaffSpec = Omit<DemoUser, 'studentNumber' | 'demoLogin'>;
const staff = (key: string, role: Role, email: string, name: string, gender: Gender): StaffSpec => {
  const [firstName = '', ...rest] = name.split(' ');
  return { key, role, email, firstName, ...splitSurname(rest.join(' ')), gender };
};

const STAFF: StaffSpec[] = [
  staff('admin', 'admin', 'admin@demo.koers.nl', 'Monique Verbeek', 'v'), // functioneel beheerder
  staff('slb', 'counsellor', 'slb@demo.koers.nl', 'Youssef el Amrani', 'm'), // SLB'er HBO-ICT
  staff('manager', 'manager', 'manager@demo.koers.nl', 'Bart Hendriks', 'm'), // teamleider
  staff('zorg', 'specialist', 'zorg@demo.koers.nl', 'Esther Hoogland', 'v'), // zorgcoach
  staff('counsellor-2', 'counsellor', 'k.dewit@demo.koers.nl', 'Karin de Wit', 'v'), // SLB'er BK en SW
  staff('counsellor-3', 'counsellor', 'r.pinas@demo.koers.nl', 'Ricardo Pinas', 'm'), // loopbaancoach mbo
  staff('counsellor-4', 'counsellor', 'a.kaya@demo.koers.nl', 'Aylin Kaya', 'v'), // coach zorg mbo/vmbo
  staff('counsellor-5', 'counsellor', 'j.vanderheijden@demo.koers.nl', 'Jeroen van der Heijden', 'm'), // mentor havo
  staff('ouder', 'parent', 'ouder@demo.koers.nl', 'Erik Meijer', 'm'), // father of student@
  staff('stage', 'supervisor', 'stage@demo.koers.nl', 'Sandra Wolters', 'v'), // praktijkopleider
];

export const DEMO_STUDENT_KEY = 'student';
const DEMO_STUDENT = { key: DEMO_STUDENT_KEY, email: 'student@demo.koers.nl', firstName: 'Lisa', namePrefix: null, lastName: 'Meijer', gender: 'v' } as const;

/** Classes of the current school year; 72 students in total, slb@ has the two HBO-ICT classes. */
const CLASSES: { programme: string; year: number; letter: string; size: number; counsellor: string }[] = [
  { programme: 'HICT', year: 1, letter: 'A', size: 12, counsellor: 'slb' },
  { programme: 'HICT', year: 2, letter: 'B', size: 12, counsellor: 'slb' },
  { programme: 'BK', year: 2, letter: 'A', size: 6, counsellor: 'counsellor-2' },
  { programme: 'SW', year: 1, letter: 'A', size: 6, counsellor: 'counsellor-2' },
  { programme: 'MT', year: 1, letter: 'A', size: 7, counsellor: 'counsellor-3' },
  { programme: 'COM', year: 2, letter: 'A', size: 5, counsellor: 'counsellor-3' },
  { programme: 'VP', year: 2, letter: 'B', size: 6, counsellor: 'counsellor-4' },
  { programme: 'VZW', year: 3, letter: 'A', size: 5, counsellor: 'counsellor-4' },
  { programme: 'HNT', year: 5, letter: 'A', size: 6, counsellor: 'counsellor-5' },
  { programme: 'HEM', year: 4, letter: 'A', size: 7, counsellor: 'counsellor-5' },
];

/** Who was the counsellor last year for the students that changed counsellor (assignment history). */
const FORMER_COUNSELLOR: Record<string, string> = {
  slb: 'counsellor-2',
  'counsellor-2': 'slb',
  'counsellor-3': 'counsellor-4',
  'counsellor-4': 'counsellor-3',
  'counsellor-5': 'counsellor-4',
};

/** Students per continuing class (besides student@) whose counsellor changed this school year. */
const CHANGED_COUNSELLOR_PER_CLASS = 2;

function schoolYearEnd(schoolYear: string): string {
  return `${schoolYear.slice(5, 9)}-07-31`;
}

export function buildDemoInstitution(today: Date): DemoInstitution {
  const rng = mulberry32(DEMO_SEED);
  const current = schoolYearOf(today);
  const previous = previousSchoolYear(current);
  const currentStart = schoolYearStart(current);
  const previousStart = schoolYearStart(previous);
  const previousEnd = schoolYearEnd(previous);

  const cohorts: DemoCohort[] = [];
  const users: DemoUser[] = STAFF.map((s) => ({ ...s, studentNumber: null, demoLogin: isDemoAccount(s.email) }));
  const enrolments: DemoEnrolment[] = [];
  const assignments: DemoAssignment[] = [];

  const usedNames = new Set<string>([displayName(DEMO_STUDENT).toLowerCase()]);
  const usedEmails = new Set<string>(users.map((u) => u.email).concat(DEMO_STUDENT.email));
  const usedNumbers = new Set<string>();

  const newStudentNumber = (level: Level): string => {
    for (;;) {
      const n = level === 'vo' ? 100000 + Math.floor(rng() * 900000) : 1000000 + Math.floor(rng() * 9000000);
      const s = String(n);
      if (!usedNumbers.has(s)) {
        usedNumbers.add(s);
        return s;
      }
    }
  };

  const newStudentName = () => {
    for (;;) {
      const r = rng();
      const gender: Gender = r < 0.04 ? 'x' : r < 0.52 ? 'v' : 'm';
      let origin = NAME_ORIGINS[0];
      let w = rng() * NAME_ORIGINS.reduce((sum, o) => sum + o.weight, 0);
      for (const o of NAME_ORIGINS) if ((w -= o.weight) < 0) { origin = o; break; }
      if (!origin) throw new Error('no name origins');
      const firstName = gender === 'x' ? pick(rng, NEUTRAL_FIRST_NAMES) : pick(rng, gender === 'v' ? origin.girls : origin.boys);
      const name = { firstName, ...splitSurname(pick(rng, origin.surnames)) };
      const email = `${emailLocalPart(name.firstName, name.namePrefix, name.lastName)}@student.demo.koers.nl`;
      const full = displayName(name).toLowerCase();
      if (usedNames.has(full) || usedEmails.has(email)) continue;
      usedNames.add(full);
      usedEmails.add(email);
      return { ...name, gender, email };
    }
  };

  let seq = 0;
  for (const cls of CLASSES) {
    const programme = PROGRAMMES.find((p) => p.key === cls.programme);
    if (!programme) throw new Error(`unknown programme ${cls.programme}`);
    const cohortKey = `${current}:${programme.code}-${cls.year}${cls.letter}`;
    cohorts.push({ key: cohortKey, programmeKey: programme.key, name: `${programme.code}-${cls.year}${cls.letter}`, schoolYear: current });
    const continuing = cls.year > programme.firstYear;
    const previousKey = `${previous}:${programme.code}-${cls.year - 1}${cls.letter}`;
    if (continuing) {
      cohorts.push({ key: previousKey, programmeKey: programme.key, name: `${programme.code}-${cls.year - 1}${cls.letter}`, schoolYear: previous });
    }

    const classStudents: string[] = [];
    for (let i = 0; i < cls.size; i++) {
      const isDemoStudent = cls.programme === 'HICT' && cls.year === 2 && i === 0;
      const studentNumber = newStudentNumber(programme.level);
      const person = isDemoStudent ? { ...DEMO_STUDENT } : newStudentName();
      const key = isDemoStudent ? DEMO_STUDENT.key : `student-${String(++seq).padStart(2, '0')}`;
      users.push({ ...person, key, role: 'student', studentNumber, demoLogin: isDemoStudent });
      classStudents.push(key);
      enrolments.push({ studentKey: key, cohortKey, startDate: currentStart, endDate: null });
      if (continuing) enrolments.push({ studentKey: key, cohortKey: previousKey, startDate: previousStart, endDate: previousEnd });
    }

    // Continuing students keep last year's counsellor, except a few (and student@) who changed.
    const changed = new Set<string>();
    if (continuing) {
      const candidates = classStudents.filter((k) => k !== DEMO_STUDENT.key);
      while (changed.size < CHANGED_COUNSELLOR_PER_CLASS && candidates.length > 0) {
        changed.add(candidates.splice(Math.floor(rng() * candidates.length), 1)[0] ?? '');
      }
      if (classStudents.includes(DEMO_STUDENT.key)) changed.add(DEMO_STUDENT.key);
    }
    for (const studentKey of classStudents) {
      const former = FORMER_COUNSELLOR[cls.counsellor];
      if (changed.has(studentKey) && former) {
        assignments.push({ counsellorKey: former, studentKey, startDate: previousStart, endDate: previousEnd, createdByKey: 'admin', endedByKey: 'admin' });
      }
      const start = continuing && !changed.has(studentKey) ? previousStart : currentStart;
      assignments.push({ counsellorKey: cls.counsellor, studentKey, startDate: start, endDate: null, createdByKey: 'admin', endedByKey: null });
    }
  }

  const links: DemoLink[] = [
    { studentKey: DEMO_STUDENT.key, userKey: 'ouder', kind: 'parent', startDate: previousStart, endDate: null },
    { studentKey: DEMO_STUDENT.key, userKey: 'stage', kind: 'supervisor', startDate: currentStart, endDate: null },
  ];

  return {
    name: DEMO_INSTITUTION_NAME,
    currentSchoolYear: current,
    previousSchoolYear: previous,
    sectors: SECTORS.map((s) => ({ ...s })),
    programmes: PROGRAMMES.map(({ firstYear: _firstYear, ...p }) => p),
    cohorts,
    users,
    enrolments,
    assignments,
    links,
  };
}

function isDemoAccount(email: string): boolean {
  return DEMO_ACCOUNTS.some((a) => a.email === email);
}
