import type { Bilingual } from '../conversations/text';

/*
 * The first 100 days: milestones a programme sets for its new students, each due at the end of a
 * week counted from the start of the student's first enrolment in the programme (not from the
 * school year: a student who starts in February gets their own first 100 days). Whether one is
 * met follows from facts Koers already has; only 'manual' ones are ticked by the counsellor.
 */

export const MILESTONE_KINDS = ['conversation', 'test_results', 'reflection', 'intake', 'manual'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export type ProgrammeLevel = 'vo' | 'mbo' | 'hbo';

export interface MilestoneTemplate {
  name: Bilingual;
  week: number;
  kind: MilestoneKind;
}

/** A milestone's state today: met (also when late), past its due date unmet, or still ahead. */
export type MilestoneState = 'done' | 'missed' | 'upcoming';

/** The journey and its signal stop a year after the start: by then other signals take over. */
export const JOURNEY_DAYS = 100;
export const JOURNEY_SIGNAL_DAYS = 365;

const m = (nl: string, en: string, week: number, kind: MilestoneKind): MilestoneTemplate => ({ name: { nl, en }, week, kind });

/** Used when a programme has set no milestones of its own. No 'manual' ones: those need a programme's own wording. */
export const DEFAULT_MILESTONES: Record<ProgrammeLevel, readonly MilestoneTemplate[]> = {
  hbo: [
    m('Intake afgerond', 'Intake completed', 2, 'intake'),
    m('Eerste gesprek met je SLB’er', 'First talk with your study career counsellor', 3, 'conversation'),
    m('Eerste toetsresultaten binnen', 'First test results in', 8, 'test_results'),
    m('Reflectie op het eerste blok', 'Reflection on the first block', 10, 'reflection'),
    m('Tweede gesprek: zit ik op de juiste plek?', 'Second talk: am I in the right place?', 13, 'conversation'),
  ],
  mbo: [
    m('Intakegesprek afgerond', 'Intake conversation completed', 2, 'intake'),
    m('Eerste gesprek met je loopbaanbegeleider', 'First talk with your career counsellor', 4, 'conversation'),
    m('Eerste toetsresultaten binnen', 'First test results in', 8, 'test_results'),
    m('Reflectie op de eerste periode', 'Reflection on the first period', 10, 'reflection'),
    m('Tweede loopbaangesprek', 'Second career conversation', 14, 'conversation'),
  ],
  vo: [
    m('Kennismaking met je mentor', 'Getting to know your mentor', 3, 'conversation'),
    m('Eerste cijfers binnen', 'First marks in', 8, 'test_results'),
    m('Reflectie op de eerste periode', 'Reflection on the first period', 10, 'reflection'),
  ],
};

const DAY = 86_400_000;

export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The last day of week `week`, counting the start day as the first day of week 1. */
export function milestoneDueOn(journeyStart: string, week: number): string {
  return addDays(journeyStart, week * 7 - 1);
}

export function milestoneState(dueOn: string, metOn: string | null, today: string): MilestoneState {
  if (metOn !== null) return 'done';
  return dueOn < today ? 'missed' : 'upcoming';
}

/** Whether a missed milestone still raises a caseload signal: only within the first year. */
export function journeySignalApplies(journeyStart: string, today: string): boolean {
  return journeyStart <= today && today < addDays(journeyStart, JOURNEY_SIGNAL_DAYS);
}

/** Day number in the journey (day 1 is the start), or null before it began. */
export function journeyDay(journeyStart: string, today: string): number | null {
  const d = Math.floor((Date.parse(today.slice(0, 10)) - Date.parse(journeyStart.slice(0, 10))) / DAY) + 1;
  return d >= 1 ? d : null;
}

export interface MilestoneFact {
  dueOn: string;
  metOn: string | null;
}

export interface MilestoneSummary {
  done: number;
  missed: number;
  upcoming: number;
  total: number;
}

export function summarise(items: readonly MilestoneFact[], today: string): MilestoneSummary {
  const out = { done: 0, missed: 0, upcoming: 0, total: items.length };
  for (const i of items) out[milestoneState(i.dueOn, i.metOn, today)] += 1;
  return out;
}

/** Order on a timeline: by week, then by the programme's own order. */
export function byWeek<T extends { week: number; position: number }>(a: T, b: T): number {
  return a.week - b.week || a.position - b.position;
}
