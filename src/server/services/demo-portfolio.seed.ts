import type { DemoSeedContext } from './demo-seed-support';

/*
 * The POP and evidence for the demo: the demo student has two goals (one changed once, so the
 * history shows), actions, a progress review by her counsellor, a STARRTT reflection linked to a
 * goal with feedback from the counsellor, an experience, and a private draft. A handful of her
 * classmates with the same counsellor get a goal and a reflection, so the guidance view has data.
 */

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function seedDemoPortfolio(seed: DemoSeedContext): Promise<void> {
  const { trx, institutionId, today } = seed;
  const lisa = seed.userId(seed.demoStudentKey);
  const counsellorKey = seed.demo.assignments.find((a) => a.studentKey === seed.demoStudentKey && a.endDate === null)?.counsellorKey;
  const counsellor = counsellorKey ? seed.userId(counsellorKey) : null;
  const day = (offset: number) => iso(new Date(today.getTime() + offset * DAY));
  const at = (offset: number) => new Date(today.getTime() + offset * DAY);

  const goal = async (studentId: string, title: string, description: string, dueIn: number, competencies: string[], createdAgo: number) => {
    const row = await trx
      .insertInto('portfolio_goal')
      .values({ institution_id: institutionId, student_id: studentId, title, description, due_on: day(dueIn), created_at: at(-createdAgo), updated_at: at(-createdAgo) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('portfolio_goal_competency').values(competencies.map((competency) => ({ goal_id: row.id, competency }))).execute();
    return row.id;
  };
  const evidence = async (v: {
    studentId: string;
    kind: 'reflection' | 'experience';
    title: string;
    template?: 'starrtt' | 'cycle' | 'free';
    experienceType?: string;
    organisation?: string;
    body: Record<string, string>;
    status: 'draft' | 'final';
    forGuidance?: boolean;
    ago: number;
    competencies: string[];
    goals?: string[];
  }) => {
    const row = await trx
      .insertInto('portfolio_evidence')
      .values({
        institution_id: institutionId,
        student_id: v.studentId,
        kind: v.kind,
        title: v.title,
        template: v.template ?? null,
        experience_type: v.experienceType ?? null,
        organisation: v.organisation ?? null,
        happened_on: day(-v.ago),
        body: JSON.stringify(v.body),
        status: v.status,
        for_guidance: v.forGuidance ?? true,
        created_at: at(-v.ago),
        updated_at: at(-v.ago),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (v.competencies.length) await trx.insertInto('portfolio_evidence_competency').values(v.competencies.map((competency) => ({ evidence_id: row.id, competency }))).execute();
    if (v.goals?.length) await trx.insertInto('portfolio_evidence_goal').values(v.goals.map((goal_id) => ({ evidence_id: row.id, goal_id }))).execute();
    return row.id;
  };

  const visits = await goal(lisa, 'Twee zorginstellingen bezoeken en een verslag schrijven', 'Ik weet dat het gelukt is als ik van elk bezoek een kort verslag in mijn portfolio heb.', 45, ['werkexploratie', 'netwerken'], 40);
  await trx
    .insertInto('portfolio_goal_revision')
    .values({
      goal_id: visits,
      snapshot: JSON.stringify({ title: 'Meer weten over de zorg', description: '', dueOn: null, status: 'active', competencies: ['werkexploratie'] }),
      changed_by: lisa,
      changed_at: at(-38),
    })
    .execute();
  const strengths = await goal(lisa, 'Drie sterke punten opschrijven met een voorbeeld', 'Ik vraag mijn stagebegeleider en twee klasgenoten om hun kijk.', 20, ['kwaliteitenreflectie'], 15);
  await trx
    .insertInto('portfolio_goal_action')
    .values([
      { goal_id: visits, description: 'Zorgcentrum De Linde mailen voor een meeloopdag', due_on: day(-20), status: 'done' },
      { goal_id: visits, description: 'Een tweede instelling kiezen en bellen', due_on: day(10), status: 'open' },
      { goal_id: strengths, description: 'Stagebegeleider om twee sterke punten vragen', due_on: day(7), status: 'open' },
    ])
    .execute();
  if (counsellor) {
    await trx
      .insertInto('portfolio_goal_review')
      .values({ goal_id: visits, author_id: counsellor, progress: 'on_track', note: 'Eerste bezoek gedaan; het verslag is helder. Plan het tweede bezoek voor de toetsweek.', created_at: at(-12) })
      .execute();
  }

  const starrtt = await evidence({
    studentId: lisa,
    kind: 'reflection',
    template: 'starrtt',
    title: 'Meeloopdag in het verpleeghuis',
    body: {
      situatie: 'Een dag meegelopen op een afdeling van Zorgcentrum De Linde, met een verzorgende.',
      taak: 'Ik wilde zien hoe een werkdag eruitziet en of het werk bij mij past.',
      actie: 'Ik hielp bij het ontbijt, praatte met bewoners en stelde vragen over de opleiding.',
      resultaat: 'Een bewoner vertelde me haar hele levensverhaal; de verzorgende zei dat ik goed luisterde.',
      reflectie: 'Het contact met mensen gaf me energie. De vroege dienst viel me zwaar.',
      transfer: 'Bij mijn volgende bezoek vraag ik ook naar avonddiensten, en ik let op hoe ik me voel aan het eind van de dag.',
      tips: 'Neem een lijstje vragen mee; je vergeet ze anders in de drukte.',
    },
    status: 'final',
    ago: 21,
    competencies: ['werkexploratie', 'motievenreflectie'],
    goals: [visits],
  });
  await evidence({
    studentId: lisa,
    kind: 'experience',
    experienceType: 'open_day',
    organisation: 'ROC Midden',
    title: 'Open dag opleiding verpleegkunde',
    body: { what: 'Praktijklokalen bekeken en met twee studenten gepraat.', learned: 'Ik werd vooral enthousiast bij de praktijklessen.' },
    status: 'final',
    ago: 60,
    competencies: ['werkexploratie'],
  });
  await evidence({
    studentId: lisa,
    kind: 'reflection',
    template: 'cycle',
    title: 'Groepsopdracht die misliep',
    body: { terugblikken: 'Onze presentatie was niet af omdat niemand de planning bijhield.' },
    status: 'draft',
    forGuidance: false,
    ago: 3,
    competencies: ['kwaliteitenreflectie'],
    goals: [strengths],
  });
  if (counsellor) {
    const { display_name: counsellorName } = await trx.selectFrom('app_user').select('display_name').where('id', '=', counsellor).executeTakeFirstOrThrow();
    const request = await trx
      .insertInto('portfolio_feedback_request')
      .values({ institution_id: institutionId, student_id: lisa, evidence_id: starrtt, requested_from: counsellor, name: counsellorName, question: 'Heb ik genoeg uitgelegd wat ik ga doen met wat ik leerde?', expires_at: at(7), created_at: at(-20), answered_at: at(-18) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('portfolio_feedback')
      .values({ request_id: request.id, author_name: counsellorName, body: 'Je transfer is concreet: je weet wat je de volgende keer vraagt. Schrijf er nog bij wanneer je dat doet.', created_at: at(-18) })
      .execute();
  }

  // A few classmates with the same counsellor, so the counsellor's guidance view is not empty.
  const classmates = seed.demo.assignments.filter((a) => a.counsellorKey === counsellorKey && a.endDate === null && a.studentKey !== seed.demoStudentKey).slice(0, 5);
  for (const [i, a] of classmates.entries()) {
    const studentId = seed.userId(a.studentKey);
    const g = await goal(studentId, 'Een gesprek voeren met iemand uit het werkveld', 'Ik schrijf drie dingen op die ik leerde.', 30 + i * 5, ['netwerken'], 20 + i);
    await evidence({
      studentId,
      kind: 'reflection',
      template: 'free',
      title: 'Wat ik wil leren dit jaar',
      body: { text: 'Ik wil beter leren plannen en ontdekken welk soort werk bij mij past.' },
      status: 'final',
      ago: 10 + i,
      competencies: ['motievenreflectie'],
      goals: [g],
    });
  }
}
