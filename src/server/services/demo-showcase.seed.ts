import { hashToken, newToken } from './tokens';
import type { DemoSeedContext } from './demo-seed-support';

/*
 * Showcase pages for the demo: the demo student and three classmates each have a page built from
 * their own evidence, shared with their counsellor, with a few views in the log. The demo student
 * also has a link for a placement company. Runs after the portfolio seed and reuses its evidence;
 * a student without evidence gets one reflection and one experience first.
 */

const DAY = 86_400_000;

interface PageSpec {
  title: string;
  intro: string;
  reflection: { title: string; text: string };
  experience: { title: string; organisation: string; what: string; learned: string };
}

const LISA: PageSpec = {
  title: 'Mijn weg naar de zorg',
  intro: 'Op deze pagina laat ik zien wat ik het afgelopen jaar heb ontdekt over werken met mensen, en waarom ik voor de zorg kies.',
  reflection: {
    title: 'Wat ik leerde op de open dag',
    text: 'Tijdens de open dag merkte ik dat ik vooral enthousiast werd bij de praktijklokalen. Ik wil graag iets doen waarbij ik mensen direct help, en ik merk dat ik rustig blijf als het druk is.',
  },
  experience: { title: 'Meeloopdag verpleeghuis', organisation: 'Zorgcentrum De Linde', what: 'Een dag meegelopen met een verzorgende op de afdeling.', learned: 'Ik vind het contact met bewoners leuk; de vroege dienst viel me zwaar.' },
};

const CLASSMATES: PageSpec[] = [
  {
    title: 'Mijn stage bij een webbureau',
    intro: 'Wat ik deed en leerde tijdens mijn eerste stage.',
    reflection: { title: 'Feedback van mijn stagebegeleider', text: 'Ik kreeg te horen dat ik te weinig vragen stel. Volgende keer plan ik elke ochtend een kort overleg.' },
    experience: { title: 'Eerste stageweek', organisation: 'Pixelwerk', what: 'Een contactformulier gebouwd en getest.', learned: 'Ik werk graag in een klein team.' },
  },
  {
    title: 'Waarom ik ICT kies',
    intro: 'Mijn motieven en wat ik wil leren.',
    reflection: { title: 'Wat mij drijft', text: 'Ik vind het mooi om iets te bouwen dat anderen echt gebruiken. Daarom wil ik me verdiepen in gebruikersonderzoek.' },
    experience: { title: 'Vrijwilliger bij de bibliotheek', organisation: 'Bibliotheek Centrum', what: 'Ouderen geholpen met hun telefoon.', learned: 'Uitleggen in gewone taal gaat me goed af.' },
  },
  {
    title: 'Mijn netwerk',
    intro: 'Met wie ik praatte over mijn toekomst.',
    reflection: { title: 'Gesprek met een alumnus', text: 'Een oud-student vertelde over werken als tester. Ik ga kijken of ik een dag mag meelopen.' },
    experience: { title: 'Netwerkavond opleiding', organisation: 'Hogeschool', what: 'Met drie bedrijven gesproken.', learned: 'Ik durf meer dan ik dacht.' },
  },
];

async function evidenceFor(seed: DemoSeedContext, studentId: string, spec: PageSpec): Promise<string[]> {
  const existing = await seed.trx
    .selectFrom('portfolio_evidence')
    .select('id')
    .where('student_id', '=', studentId)
    .where('status', '=', 'final')
    .where('kind', 'in', ['reflection', 'experience'])
    .orderBy('updated_at', 'desc')
    .limit(3)
    .execute();
  if (existing.length > 0) return existing.map((e) => e.id);
  const happened = (days: number) => new Date(seed.today.getTime() - days * DAY).toISOString().slice(0, 10);
  const rows = await seed.trx
    .insertInto('portfolio_evidence')
    .values([
      { institution_id: seed.institutionId, student_id: studentId, kind: 'reflection', template: 'free', title: spec.reflection.title, body: JSON.stringify({ text: spec.reflection.text }), status: 'final', happened_on: happened(20) },
      {
        institution_id: seed.institutionId,
        student_id: studentId,
        kind: 'experience',
        experience_type: 'shadowing',
        title: spec.experience.title,
        organisation: spec.experience.organisation,
        body: JSON.stringify({ what: spec.experience.what, learned: spec.experience.learned }),
        status: 'final',
        happened_on: happened(45),
      },
    ])
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function seedDemoShowcase(seed: DemoSeedContext): Promise<void> {
  const counsellorOf = new Map(seed.demo.assignments.filter((a) => a.endDate === null).map((a) => [a.studentKey, a.counsellorKey]));
  const classmates = seed.demo.users.filter((u) => u.role === 'student' && u.key !== seed.demoStudentKey && counsellorOf.get(u.key) === counsellorOf.get(seed.demoStudentKey));
  const students = [{ key: seed.demoStudentKey, spec: LISA }, ...classmates.slice(0, CLASSMATES.length).map((u, i) => ({ key: u.key, spec: CLASSMATES[i] ?? LISA }))];

  for (const [n, { key, spec }] of students.entries()) {
    const studentId = seed.userId(key);
    const evidence = await evidenceFor(seed, studentId, spec);
    const updated = new Date(seed.today.getTime() - (3 + n) * DAY);
    const page = await seed.trx
      .insertInto('showcase_page')
      .values({ institution_id: seed.institutionId, student_id: studentId, title: spec.title, intro: spec.intro, created_at: updated, updated_at: updated })
      .returning('id')
      .executeTakeFirstOrThrow();
    await seed.trx
      .insertInto('showcase_page_item')
      .values(evidence.map((id, position) => ({ page_id: page.id, position, evidence_id: id })))
      .execute();
    const counsellorKey = counsellorOf.get(key);
    if (!counsellorKey) continue;
    const counsellorId = seed.userId(counsellorKey);
    const share = await seed.trx
      .insertInto('showcase_share')
      .values({ page_id: page.id, user_id: counsellorId, created_at: updated })
      .returning('id')
      .executeTakeFirstOrThrow();
    await seed.trx
      .insertInto('showcase_view')
      .values({ page_id: page.id, share_id: share.id, viewer_id: counsellorId, viewed_at: new Date(updated.getTime() + DAY / 2) })
      .execute();
    if (key !== seed.demoStudentKey) continue;
    // Nobody knows this link's secret (only its hash is kept): it shows how a link looks in the list.
    const link = await seed.trx
      .insertInto('showcase_share')
      .values({ page_id: page.id, token_hash: hashToken(newToken()), label: 'Stagebedrijf Zorgcentrum De Linde', expires_at: new Date(seed.today.getTime() + 21 * DAY), created_at: updated })
      .returning('id')
      .executeTakeFirstOrThrow();
    await seed.trx
      .insertInto('showcase_view')
      .values([1, 2].map((d) => ({ page_id: page.id, share_id: link.id, viewer_id: null, viewed_at: new Date(updated.getTime() + d * DAY) })))
      .execute();
  }
}
