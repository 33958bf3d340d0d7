import { mulberry32, type DemoInstitution } from './demo-institution';

/*
 * Conversation history for the demo: every current student with a counsellor has talks that were
 * prepared, held and closed with actions, and most have one coming up; every fifth student has
 * had nothing yet this school year, so the overdue list is not empty. Texts are short examples of
 * what students and counsellors really write, in Dutch (the demo's language).
 */

export interface DemoNote {
  tier: 'student' | 'team' | 'private';
  phase: 'terugblikken' | 'bewustwording' | 'alternatieven' | 'acties';
  body: string;
}

export interface DemoConversation {
  studentKey: string;
  counsellorKey: string;
  type: 'kennismaking' | 'voortgang' | 'loopbaangesprek' | 'bpv';
  status: 'proposed' | 'planned' | 'held';
  startsAt: Date;
  durationMinutes: number;
  location: string;
  proposedByStudent: boolean;
  agenda: string;
  experience: string;
  studentSummary: string;
  topics: string[];
  notes: DemoNote[];
  actions: { what: string; owner: 'student' | 'counsellor'; dueDate: string; status: 'open' | 'done' }[];
  feedback: { whoseAgenda: 'mine' | 'both' | 'counsellor'; helpingVsReflective: number; topics: string[] } | null;
}

const AGENDAS = [
  'Ik twijfel of de richting wel bij me past en wil het hebben over wat ik echt leuk vind.',
  'Mijn stage begint over twee maanden en ik weet nog niet waar ik wil solliciteren.',
  'Ik wil praten over hoe ik mijn planning beter in de hand houd.',
  'Ik wil weten welke vervolgopleidingen er zijn na dit jaar.',
  'Feedback van mijn stagebegeleider: ik neem te weinig initiatief. Wat kan ik daarmee?',
];
const EXPERIENCES = [
  'Bij het project van vorige week kreeg ik de leiding over de presentatie en dat ging beter dan ik dacht.',
  'Tijdens de meeloopdag bij een zorginstelling merkte ik dat ik het contact met mensen mis in mijn opleiding.',
  'Ik heb een gesprek gehad met een oud-student die nu als developer werkt.',
  'Op mijn bijbaan kreeg ik een compliment over hoe ik een lastige klant hielp.',
  'Ik haalde een onvoldoende voor een vak waar ik juist veel tijd in had gestoken.',
];
const SUMMARIES = [
  'We hebben besproken wat me energie geeft. Ik ga twee bedrijven benaderen voor een stage.',
  'Ik weet nu beter waarom ik twijfel: ik mis het werken met mensen. Ik ga een meeloopdag regelen.',
  'Ik ga mijn weekplanning elke zondag maken en die in het volgende gesprek laten zien.',
];
const NOTES: DemoNote[] = [
  { tier: 'student', phase: 'terugblikken', body: 'Presentatie in het project: trots op hoe hij/zij de groep meenam.' },
  { tier: 'student', phase: 'bewustwording', body: 'Energie komt van contact met mensen, minder van alleen achter een scherm.' },
  { tier: 'student', phase: 'alternatieven', body: 'Opties: stage bij een webbureau, bij een zorg-ICT-afdeling of bij de gemeente.' },
  { tier: 'team', phase: 'bewustwording', body: 'Let op: noemt vaker vermoeidheid; volgend gesprek navragen hoe het thuis gaat.' },
  { tier: 'private', phase: 'terugblikken', body: 'Werkaantekening: mijn eigen vragen waren vooral gesloten, volgende keer meer doorvragen.' },
];
const ACTIONS = [
  'Twee stagebedrijven mailen met een korte motivatie',
  'Een meeloopdag plannen bij een zorginstelling',
  'Weekplanning maken en meenemen naar het volgende gesprek',
  'Met een oud-student in het werkveld een gesprek van een half uur voeren',
  'Drie vervolgopleidingen vergelijken op een A4',
];
const COMPETENCIES = ['kwaliteitenreflectie', 'motievenreflectie', 'werkexploratie', 'loopbaansturing', 'netwerken'];
const DAY = 86_400_000;

export function buildDemoConversations(demo: DemoInstitution, today: Date, demoStudentKey: string): DemoConversation[] {
  const random = mulberry32(0xc0ffee);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const at = (daysFromNow: number, hour: number) => {
    const d = new Date(today.getTime() + daysFromNow * DAY);
    // Schools hold these talks on weekdays: a Saturday or Sunday moves to the Monday after.
    const day = d.getUTCDay();
    if (day === 6 || day === 0) d.setTime(d.getTime() + (day === 6 ? 2 : 1) * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const counsellorOf = new Map(demo.assignments.filter((a) => a.endDate === null).map((a) => [a.studentKey, a.counsellorKey]));
  const current = new Set(demo.enrolments.filter((e) => e.endDate === null).map((e) => e.studentKey));
  const out: DemoConversation[] = [];

  demo.users
    .filter((u) => u.role === 'student' && current.has(u.key) && counsellorOf.has(u.key))
    .forEach((student, index) => {
      const counsellorKey = counsellorOf.get(student.key) as string;
      const isDemo = student.key === demoStudentKey;
      const overdue = !isDemo && index % 5 === 4;
      // Held talks: one last school year for everybody, one this year unless the student is overdue.
      const heldDays = overdue ? [-200 - Math.floor(random() * 60)] : [-200 - Math.floor(random() * 60), -20 - Math.floor(random() * 40)];
      heldDays.forEach((days, i) => {
        const startsAt = at(days, 9 + Math.floor(random() * 7));
        const topics = COMPETENCIES.filter(() => random() < 0.45);
        out.push({
          studentKey: student.key,
          counsellorKey,
          type: i === 0 ? 'kennismaking' : pick(['voortgang', 'loopbaangesprek', 'bpv'] as const),
          status: 'held',
          startsAt,
          durationMinutes: pick([20, 30, 45]),
          location: pick(['Lokaal B2.14', 'Spreekkamer 3', 'Online']),
          proposedByStudent: random() < 0.3,
          agenda: pick(AGENDAS),
          experience: pick(EXPERIENCES),
          studentSummary: random() < 0.8 ? pick(SUMMARIES) : '',
          topics: topics.length ? topics : ['loopbaansturing'],
          notes: NOTES.filter((n) => n.tier !== 'private' || random() < 0.5).slice(0, 2 + Math.floor(random() * 3)),
          actions: [0, 1].slice(0, 1 + Math.floor(random() * 2)).map((k) => ({
            what: ACTIONS[(index + k + i) % ACTIONS.length] as string,
            owner: k === 1 && random() < 0.3 ? 'counsellor' : 'student',
            dueDate: iso(new Date(startsAt.getTime() + (14 + k * 14) * DAY)),
            // Actions from the older talk are mostly done; recent ones still open.
            status: i === 0 && random() < 0.8 ? 'done' : 'open',
          })),
          feedback:
            random() < 0.85
              ? { whoseAgenda: pick(['mine', 'mine', 'both', 'counsellor'] as const), helpingVsReflective: 2 + Math.floor(random() * 4), topics: COMPETENCIES.length ? pick([['studievoortgang'], ['zelfbeeld_toekomstbeeld', 'acties_werk_loopbaan'], ['studievoortgang', 'acties_werk_loopbaan']]) : [] }
              : null,
        });
      });
      if (isDemo || random() < 0.5) {
        out.push({
          studentKey: student.key,
          counsellorKey,
          type: 'loopbaangesprek',
          status: isDemo || random() < 0.6 ? 'planned' : 'proposed',
          startsAt: at(3 + Math.floor(random() * 20), 10 + Math.floor(random() * 5)),
          durationMinutes: 30,
          location: 'Spreekkamer 3',
          proposedByStudent: random() < 0.4,
          agenda: isDemo || random() < 0.5 ? pick(AGENDAS) : '',
          experience: isDemo ? pick(EXPERIENCES) : '',
          studentSummary: '',
          topics: [],
          notes: [],
          actions: [],
          feedback: null,
        });
      }
    });
  return out;
}
