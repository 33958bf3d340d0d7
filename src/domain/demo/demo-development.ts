import type { InstrumentDefinition } from '../instruments/definition';
import { mulberry32, type DemoInstitution } from './demo-institution';

/*
 * The demo's counsellor professionalisation: one team per sector led by the team leader, two
 * self-ratings per counsellor (seven months and three weeks ago, a little growth where they
 * trained), a development plan and log each, a yearly review for slb@, and 360° ratings of slb@
 * by a colleague and the team leader. Three of the five counsellors consent to showing their
 * ratings to the team leader, so the team overview shows both named and withheld ratings.
 */

export interface DemoTeam { name: string; leaderKey: string; memberKeys: string[] }
export interface DemoRating { subjectKey: string; raterKey: string; source: 'self' | 'colleague' | 'manager'; submittedAt: Date; answers: Record<string, number> }
export interface DemoGoal { counsellorKey: string; what: string; dueDate: string; competencies: string[]; status: 'open' | 'done' }
export interface DemoActivity { counsellorKey: string; kind: 'training' | 'intervisie'; title: string; heldOn: string; hours: number | null; competencies: string[]; reflection: string }
export interface DemoReview { counsellorKey: string; leaderKey: string; heldOn: string; leaderNotes: string; counsellorNotes: string }
export interface DemoRequest { subjectKey: string; raterKey: string; relation: 'colleague' | 'manager'; ratingIndex: number | null; createdAt: Date }

export interface DemoDevelopment {
  teams: DemoTeam[];
  consenting: string[];
  ratings: DemoRating[];
  goals: DemoGoal[];
  activities: DemoActivity[];
  reviews: DemoReview[];
  requests: DemoRequest[];
}

const DAY = 86_400_000;
const LEADER = 'manager';
const CONSENTING = ['slb', 'counsellor-3', 'counsellor-4'];

/** Per counsellor: the competency they train in (and grow on), and their plan. */
const PLANS: Record<string, { focus: string; goals: [string, number, string[]][]; training: [string, string[]]; intervisie: string }> = {
  slb: {
    focus: 'coachen',
    goals: [
      ['Ik voer voor de voorjaarsvakantie met 5 eerstejaars een loopbaangesprek volgens de reflectiecyclus en bespreek 2 ervan in de intervisiegroep.', 75, ['coachen', 'communiceren']],
      ['Ik controleer voor 1 april de ontwikkelingsplannen van mijn 12 eerstejaars op SMART-doelen en geef ieder schriftelijke feedback.', 110, ['plannen_organiseren']],
    ],
    training: ['Training loopbaangesprekken voeren (3 dagdelen)', ['coachen', 'communiceren']],
    intervisie: 'Intervisie: casus twijfel over studiekeuze',
  },
  'counsellor-2': {
    focus: 'oordeelsvorming',
    goals: [['Ik beoordeel in periode 3 samen met een collega 4 portfolio’s los van elkaar en vergelijk onze onderbouwing in een gesprek van 30 minuten.', 60, ['oordeelsvorming']]],
    training: ['Workshop portfoliobeoordeling', ['oordeelsvorming', 'monitoren']],
    intervisie: 'Intervisie: een negatief studieadvies onderbouwen',
  },
  'counsellor-3': {
    focus: 'administratie',
    goals: [['Ik maak voor 1 maart een verwijsoverzicht (decaan, zorgcoach, administratie) en deel het in het teamoverleg.', 45, ['administratie']]],
    training: ['Scholing studentvolgsysteem voor begeleiders', ['administratie']],
    intervisie: 'Intervisie: samenwerken met de zorgcoach',
  },
  'counsellor-4': {
    focus: 'communiceren',
    goals: [['Ik oefen in de training van mei 2 slechtnieuwsgesprekken met een acteur en vraag daarna bij 3 studenten feedback op mijn gesprekken.', 130, ['communiceren']]],
    training: ['Training slechtnieuwsgesprekken', ['communiceren']],
    intervisie: 'Intervisie: gesprek met ouders over stage',
  },
  'counsellor-5': {
    focus: 'monitoren',
    goals: [['Ik bespreek elke periode met al mijn 13 leerlingen de uitkomst van hun competentiescan en leg per leerling 1 vervolgstap vast.', 90, ['monitoren', 'adviseren']]],
    training: ['Cursus werken met de competentiescan', ['monitoren']],
    intervisie: 'Intervisie: leerlingen die niet willen kiezen',
  },
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The demo counsellors of each sector: who guides students in one of its programmes now. */
function teamsBySector(demo: DemoInstitution): DemoTeam[] {
  const sectorOfCohort = new Map(
    demo.cohorts.map((c) => [c.key, demo.programmes.find((p) => p.key === c.programmeKey)?.sectorKey ?? '']),
  );
  const cohortOfStudent = new Map(demo.enrolments.filter((e) => e.endDate === null).map((e) => [e.studentKey, e.cohortKey]));
  return demo.sectors.map((sector) => {
    const members = new Set<string>();
    for (const a of demo.assignments) {
      if (a.endDate !== null) continue;
      if (sectorOfCohort.get(cohortOfStudent.get(a.studentKey) ?? '') === sector.key) members.add(a.counsellorKey);
    }
    return { name: `Team ${sector.name}`, leaderKey: LEADER, memberKeys: [...members].sort() };
  });
}

export function buildDemoDevelopment(demo: DemoInstitution, instrument: InstrumentDefinition, today: Date): DemoDevelopment {
  const random = mulberry32(0x51b7);
  const { min, max } = instrument.responseScale;
  const clamp = (x: number) => Math.min(max, Math.max(min, Math.round(x)));
  const counsellors = Object.keys(PLANS).filter((key) => demo.users.some((u) => u.key === key));
  const ago = (days: number) => new Date(today.getTime() - days * DAY);

  const answersFor = (levels: Record<string, number>) => {
    const answers: Record<string, number> = {};
    for (const scale of instrument.scales) for (const item of scale.items) answers[item] = clamp((levels[scale.code] ?? 3) + (random() - 0.5) * 1.4);
    return answers;
  };

  const ratings: DemoRating[] = [];
  const goals: DemoGoal[] = [];
  const activities: DemoActivity[] = [];
  const levelsOf = new Map<string, Record<string, number>>();
  for (const key of counsellors) {
    const plan = PLANS[key];
    if (!plan) continue;
    const before: Record<string, number> = {};
    for (const scale of instrument.scales) before[scale.code] = scale.code === plan.focus ? 2.1 + random() * 0.5 : 2.7 + random() * 1.5;
    const now = Object.fromEntries(Object.entries(before).map(([code, level]) => [code, code === plan.focus ? level + 0.9 : level + random() * 0.3]));
    levelsOf.set(key, now);
    ratings.push({ subjectKey: key, raterKey: key, source: 'self', submittedAt: ago(215), answers: answersFor(before) });
    ratings.push({ subjectKey: key, raterKey: key, source: 'self', submittedAt: ago(21), answers: answersFor(now) });
    plan.goals.forEach(([what, dueIn, competencies]) => goals.push({ counsellorKey: key, what, dueDate: isoDay(new Date(today.getTime() + dueIn * DAY)), competencies, status: 'open' }));
    goals.push({ counsellorKey: key, what: 'Ik volg voor de zomer de training die bij mijn zwakste competentie past en noteer 3 dingen die ik daarna anders doe.', dueDate: isoDay(ago(40)), competencies: [plan.focus], status: 'done' });
    activities.push({ counsellorKey: key, kind: 'training', title: plan.training[0], heldOn: isoDay(ago(120)), hours: 10.5, competencies: plan.training[1], reflection: 'Ik stel nu meer open vragen en laat de student vaker zelf samenvatten.' });
    activities.push({ counsellorKey: key, kind: 'intervisie', title: plan.intervisie, heldOn: isoDay(ago(35)), hours: 1.5, competencies: [plan.focus], reflection: 'Collega’s hielpen mij zien dat ik te snel met oplossingen kom.' });
  }

  // 360° for slb@: a colleague and the team leader rated; one request to a colleague is still open.
  const slbNow = levelsOf.get('slb') ?? {};
  const shifted = (delta: number) => Object.fromEntries(Object.entries(slbNow).map(([c, l]) => [c, l + delta]));
  const requests: DemoRequest[] = [];
  if (counsellors.includes('slb')) {
    ratings.push({ subjectKey: 'slb', raterKey: 'counsellor-2', source: 'colleague', submittedAt: ago(12), answers: answersFor(shifted(0.3)) });
    requests.push({ subjectKey: 'slb', raterKey: 'counsellor-2', relation: 'colleague', ratingIndex: ratings.length - 1, createdAt: ago(19) });
    ratings.push({ subjectKey: 'slb', raterKey: LEADER, source: 'manager', submittedAt: ago(9), answers: answersFor(shifted(-0.2)) });
    requests.push({ subjectKey: 'slb', raterKey: LEADER, relation: 'manager', ratingIndex: ratings.length - 1, createdAt: ago(19) });
    requests.push({ subjectKey: 'slb', raterKey: 'counsellor-3', relation: 'colleague', ratingIndex: null, createdAt: ago(5) });
    requests.push({ subjectKey: 'counsellor-2', raterKey: 'slb', relation: 'colleague', ratingIndex: null, createdAt: ago(3) });
    requests.push({ subjectKey: 'counsellor-4', raterKey: LEADER, relation: 'manager', ratingIndex: null, createdAt: ago(6) });
  }

  const reviews: DemoReview[] = counsellors.includes('slb')
    ? [
        {
          counsellorKey: 'slb',
          leaderKey: LEADER,
          heldOn: isoDay(ago(130)),
          leaderNotes: 'Sterk in adviseren en administratie. Afgesproken: training loopbaangesprekken en twee gesprekken inbrengen in intervisie.',
          counsellorNotes: 'Ik wil vooral leren minder snel oplossingen aan te dragen.',
        },
      ]
    : [];

  return { teams: teamsBySector(demo), consenting: CONSENTING.filter((k) => counsellors.includes(k)), ratings, goals, activities, reviews, requests };
}
