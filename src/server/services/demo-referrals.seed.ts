import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DB } from '../db/schema';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';

/*
 * Referrals for the demo: one in each status, spread over the demo counsellor's caseload, so the
 * second-line dashboard, the caseload signals and the student's step plan can be seen at once.
 */

const DAY = 86_400_000;

interface Spec {
  status: 'ingediend' | 'in_behandeling' | 'stappenplan' | 'afgerond' | 'terugverwezen';
  reason: string;
  description: string;
  daysAgo: number;
  contactAfter: number | null;
  feedback: string;
  steps: [string, string, boolean][];
}

const SPECS: Spec[] = [
  { status: 'ingediend', reason: 'studievoortgang', description: 'Loopt bij drie vakken achter en zegt het overzicht kwijt te zijn.', daysAgo: 14, contactAfter: null, feedback: '', steps: [] },
  { status: 'in_behandeling', reason: 'persoonlijk', description: 'Vertelt over zorgen thuis; wil graag met iemand praten.', daysAgo: 9, contactAfter: 3, feedback: '', steps: [] },
  {
    status: 'stappenplan',
    reason: 'psychisch',
    description: 'Geeft aan slecht te slapen en veel te piekeren over de stage.',
    daysAgo: 30,
    contactAfter: 4,
    feedback: '',
    steps: [
      ['Intakegesprek bij de zorgcoach', 'Zorgcoach', true],
      ['Slaapdagboek bijhouden gedurende twee weken', 'Student', false],
      ['Samen met de SLB\'er de stageplanning doorlopen', 'SLB\'er', false],
    ],
  },
  { status: 'afgerond', reason: 'financieel', description: 'Heeft vragen over studiefinanciering en een bijbaan die te veel uren kost.', daysAgo: 80, contactAfter: 2, feedback: 'Doorverwezen naar de studentendecaan; regeling getroffen. Graag in het volgende gesprek vragen hoe het met de bijbaan gaat.', steps: [['Gesprek met de studentendecaan', 'Zorgcoach', true]] },
  { status: 'terugverwezen', reason: 'studiekeuze', description: 'Twijfelt sterk of de opleiding past; overweegt te switchen.', daysAgo: 60, contactAfter: 5, feedback: 'Geen zorgvraag: het gaat om studiekeuze. Terug naar de eerste lijn; een loopbaangesprek met de keuzevragen ligt voor de hand.', steps: [] },
];

export async function seedDemoReferrals(seed: DemoSeedContext): Promise<number> {
  const { trx, institutionId, demo, userId, today } = seed;
  const specialist = demo.users.find((u) => u.role === 'specialist');
  if (!specialist) return 0;
  // Students of the demo counsellor (slb@), the demo student first: the examples land where people look.
  const counsellor = demo.users.find((u) => u.email === 'slb@demo.koers.nl');
  const caseload = demo.assignments.filter((a) => a.endDate === null && a.counsellorKey === counsellor?.key).map((a) => a.studentKey);
  const ordered = [...new Set([seed.demoStudentKey, ...caseload])].filter((k) => caseload.includes(k));
  const referrals: Insertable<DB['referral']>[] = [];
  const steps: Insertable<DB['referral_step']>[] = [];
  const events: Insertable<DB['referral_event']>[] = [];
  SPECS.forEach((spec, i) => {
    // The demo student gets the step plan, so logging in as student@ shows one.
    const studentKey = spec.status === 'stappenplan' ? seed.demoStudentKey : ordered[(i + 1) % ordered.length];
    if (!studentKey || !counsellor) return;
    const id = randomUUID();
    const submitted = new Date(today.getTime() - spec.daysAgo * DAY);
    const contact = spec.contactAfter === null ? null : new Date(submitted.getTime() + spec.contactAfter * DAY);
    const closed = spec.status === 'afgerond' || spec.status === 'terugverwezen' ? new Date(submitted.getTime() + 30 * DAY) : null;
    referrals.push({
      id,
      institution_id: institutionId,
      student_id: userId(studentKey),
      referrer_id: userId(counsellor.key),
      specialist_id: spec.status === 'ingediend' ? null : userId(specialist.key),
      line: 'second',
      reason: spec.reason,
      description: spec.description,
      consent: 'given',
      parents_may_see: spec.status === 'stappenplan',
      status: spec.status,
      feedback: spec.feedback,
      submitted_at: submitted,
      first_contact_at: contact,
      closed_at: closed,
    });
    spec.steps.forEach(([what, who, done], position) => steps.push({ referral_id: id, position, what, who, done }));
    const trail: [string | null, string, Date][] = [[null, 'ingediend', submitted]];
    if (spec.status !== 'ingediend') trail.push(['ingediend', 'in_behandeling', contact ?? submitted]);
    if (spec.status === 'stappenplan') trail.push(['in_behandeling', 'stappenplan', new Date((contact ?? submitted).getTime() + DAY)]);
    if (closed) trail.push(['in_behandeling', spec.status, closed]);
    for (const [from, to, at] of trail)
      events.push({ referral_id: id, at, actor_id: to === 'ingediend' ? userId(counsellor.key) : userId(specialist.key), from_status: from, to_status: to, note: closed && to === spec.status ? spec.feedback : '' });
  });
  await insertInChunks(referrals, (x) => trx.insertInto('referral').values(x).execute());
  await insertInChunks(steps, (x) => trx.insertInto('referral_step').values(x).execute());
  await insertInChunks(events, (x) => trx.insertInto('referral_event').values(x).execute());
  return referrals.length;
}
