import type { InstrumentDefinition } from '../instruments/definition';
import { mulberry32, type DemoInstitution } from './demo-institution';

/*
 * Competence measurements for the demo, so growth and the 360° comparison can be seen at once:
 * two self-assessments per current student (one about five months ago, one two weeks ago) and, for
 * every fourth student and the demo student, a scan by their counsellor and by a placement
 * supervisor. Answers come from a latent level per competency plus noise, with a little growth
 * between the two self-assessments, so scores, changes and reliability look like real data.
 */

export interface DemoMeasurement {
  studentKey: string;
  instrumentCode: string;
  source: 'self' | 'counsellor' | 'supervisor';
  /** The account that filled it in; null for the supervisor, who answers through a link. */
  respondentKey: string | null;
  supervisor: { name: string; email: string } | null;
  submittedAt: Date;
  answers: Record<string, number>;
}

const SUPERVISORS = [
  ['Marco Hendriks', 'm.hendriks@bedrijf.example'],
  ['Ineke Bos', 'i.bos@zorggroep.example'],
  ['Rachid Amrani', 'r.amrani@techniek.example'],
  ['Lotte Verbeek', 'l.verbeek@kantoor.example'],
] as const;

const DAY = 86_400_000;

export function buildDemoMeasurements(
  demo: DemoInstitution,
  instruments: { self: InstrumentDefinition; scan: InstrumentDefinition },
  today: Date,
  demoStudentKey: string,
): DemoMeasurement[] {
  const random = mulberry32(0x5c0e);
  const normal = () => {
    // Box–Muller: the answers need a bell shape for the reliability figures to mean something.
    const u = Math.max(random(), 1e-9);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const counsellorOf = new Map(demo.assignments.filter((a) => a.endDate === null).map((a) => [a.studentKey, a.counsellorKey]));
  const current = new Set(demo.enrolments.filter((e) => e.endDate === null).map((e) => e.studentKey));
  const students = demo.users.filter((u) => u.role === 'student' && current.has(u.key));

  const answer = (instrument: InstrumentDefinition, level: Record<string, number>, noise: number) => {
    const { min, max } = instrument.responseScale;
    const out: Record<string, number> = {};
    for (const scale of instrument.scales) {
      for (const code of scale.items) {
        const raw = (level[scale.code] ?? 3) + normal() * noise;
        const value = Math.min(max, Math.max(min, Math.round(raw)));
        const reverse = instrument.items.find((i) => i.code === code)?.reverse ?? false;
        out[code] = reverse ? min + max - value : value;
      }
    }
    return out;
  };

  const out: DemoMeasurement[] = [];
  students.forEach((student, index) => {
    const base = 2.6 + normal() * 0.45;
    const level: Record<string, number> = {};
    const later: Record<string, number> = {};
    for (const scale of instruments.self.scales) {
      level[scale.code] = base + normal() * 0.35;
      later[scale.code] = (level[scale.code] ?? 3) + 0.15 + random() * 0.5;
    }
    const first = new Date(today.getTime() - (150 + Math.floor(random() * 20)) * DAY);
    const second = new Date(today.getTime() - (10 + Math.floor(random() * 10)) * DAY);
    const self = (submittedAt: Date, l: Record<string, number>): DemoMeasurement => ({
      studentKey: student.key,
      instrumentCode: instruments.self.code,
      source: 'self',
      respondentKey: student.key,
      supervisor: null,
      submittedAt,
      answers: answer(instruments.self, l, 0.7),
    });
    out.push(self(first, level), self(second, later));

    const counsellor = counsellorOf.get(student.key);
    if (counsellor && (index % 4 === 0 || student.key === demoStudentKey)) {
      // Others see the student a little differently: that difference is the conversation material.
      const seen = (shift: number) => Object.fromEntries(Object.entries(later).map(([k, v]) => [k, v + shift + normal() * 0.5]));
      const [name, email] = SUPERVISORS[index % SUPERVISORS.length] ?? SUPERVISORS[0];
      out.push(
        { studentKey: student.key, instrumentCode: instruments.scan.code, source: 'counsellor', respondentKey: counsellor, supervisor: null, submittedAt: new Date(second.getTime() + 2 * DAY), answers: answer(instruments.scan, seen(-0.1), 0.6) },
        { studentKey: student.key, instrumentCode: instruments.scan.code, source: 'supervisor', respondentKey: null, supervisor: { name, email }, submittedAt: new Date(second.getTime() + 4 * DAY), answers: answer(instruments.scan, seen(0.2), 0.6) },
      );
    }
  });
  return out;
}
