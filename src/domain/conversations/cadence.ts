import type { Level } from '../../shared/roles';
import { addDays, addMonths, daysInMonth, formatIsoDay, parseIsoDay, requireIsoDay } from './days';
import type { Bilingual } from './text';

/*
 * How often a student should have a conversation, and whether they are behind. Sources differ by
 * sector: the career-conversation guide asks for at least four talks of half an hour per pupil per
 * year in secondary school; the mbo report describes at least two individual progress talks a
 * year; hbo practice is one to four a year. The defaults below follow that, and an admin sets the
 * real norm per programme and school year.
 *
 * Expected talks are spread evenly over the school year (1 August – 31 July): with four a year,
 * one is due by the end of each quarter (31 October, 31 January, 30 April, 31 July). A student is
 * overdue once a due date has passed and fewer talks were held than were due by then. The due
 * date itself still counts as on time.
 */

export interface CadenceNorm {
  conversationsPerYear: number;
  minutesEach: number;
  description?: Bilingual;
}

/** A norm set for one programme in one school year ("2026-2027"). */
export interface ProgrammeCadenceNorm extends CadenceNorm {
  programmeId: string;
  schoolYear: string;
}

export interface CadenceStatus {
  /** Conversations held this school year up to and including today. */
  held: number;
  /** Conversations whose due date lies before today. */
  expectedByNow: number;
  overdue: boolean;
  /**
   * The due date of the next conversation the student still needs (number held + 1). When the
   * student is overdue this date has already passed, which is what a reminder should say. Null
   * once the year's norm has been met.
   */
  nextDueBy: string | null;
}

export const DEFAULT_CADENCE_NORMS: Readonly<Record<Level, CadenceNorm>> = {
  vo: {
    conversationsPerYear: 4,
    minutesEach: 30,
    description: {
      nl: 'Minstens vier gesprekken van een half uur per leerling per jaar: minder is te weinig om de reflectiecyclus echt rond te maken.',
      en: 'At least four half-hour talks per pupil per year: fewer is too little to complete the reflection cycle properly.',
    },
  },
  mbo: {
    conversationsPerYear: 2,
    minutesEach: 45,
    description: {
      nl: 'Minstens twee langere, reflectieve gesprekken per jaar; een gesprek van tien minuten achter een scherm biedt geen ruimte voor diepgang.',
      en: 'At least two longer, reflective talks a year; ten minutes at a screen leaves no room for depth.',
    },
  },
  hbo: {
    conversationsPerYear: 2,
    minutesEach: 45,
    description: {
      nl: 'Minstens twee reflectieve gesprekken per studiejaar, naast de gesprekken die de studievoortgang vraagt.',
      en: 'At least two reflective talks per study year, besides the ones that study progress calls for.',
    },
  },
};

/** The programme's own norm for that school year when there is one, otherwise the level default. */
export function resolveCadenceNorm(
  norms: readonly ProgrammeCadenceNorm[],
  programme: { id: string; level: Level },
  schoolYear: string,
): CadenceNorm {
  const own = norms.find((n) => n.programmeId === programme.id && n.schoolYear === schoolYear);
  if (!own) return DEFAULT_CADENCE_NORMS[programme.level];
  const { conversationsPerYear, minutesEach, description } = own;
  return description === undefined ? { conversationsPerYear, minutesEach } : { conversationsPerYear, minutesEach, description };
}

/**
 * The k-th of n evenly spaced points in the school year, measured in months from the start, so
 * that divisors of twelve land on month ends. Other counts (5, 7 …) fall part-way into a month.
 */
function boundary(start: Date, k: number, n: number): Date {
  const months = (12 * k) / n;
  const whole = Math.floor(months);
  const monthStart = addMonths(start, whole);
  return addDays(monthStart, Math.round((months - whole) * daysInMonth(monthStart)));
}

// A caseload asks for the same few norms and school year once per student; the answer never changes.
const dueDatesSeen = new Map<string, readonly string[]>();

/** The date by which each of the year's conversations is due, in order. */
export function cadenceDueDates(norm: Pick<CadenceNorm, 'conversationsPerYear'>, schoolYearStart: string): string[] {
  const n = Math.max(0, Math.floor(norm.conversationsPerYear));
  const key = `${n} ${schoolYearStart}`;
  let due = dueDatesSeen.get(key);
  if (!due) {
    const start = requireIsoDay(schoolYearStart, 'schoolYearStart');
    due = Array.from({ length: n }, (_, i) => formatIsoDay(addDays(boundary(start, i + 1, n), -1)));
    if (dueDatesSeen.size > 1_000) dueDatesSeen.clear();
    dueDatesSeen.set(key, due);
  }
  return [...due];
}

/**
 * Where a student stands against the norm on `today`. `heldDates` are YYYY-MM-DD days (of an ISO
 * timestamp only the date part is read). The caller may pass more than this year's; dates outside
 * this school year, after today or unreadable are ignored, so a talk from last July or a mistyped
 * record never counts towards this year.
 */
export function cadenceStatus(norm: CadenceNorm, schoolYearStart: string, today: string, heldDates: readonly string[]): CadenceStatus {
  const start = requireIsoDay(schoolYearStart, 'schoolYearStart');
  const todayDate = requireIsoDay(today, 'today');
  const from = formatIsoDay(start);
  const to = formatIsoDay(todayDate);
  const yearEnd = formatIsoDay(addDays(addMonths(start, 12), -1));
  const held = heldDates.filter((d) => {
    // A real day's text is its own ISO form, so it is compared as read.
    const iso = d.slice(0, 10);
    return parseIsoDay(iso) !== null && iso >= from && iso <= to && iso <= yearEnd;
  }).length;
  const due = cadenceDueDates(norm, schoolYearStart);
  const expectedByNow = due.filter((d) => d < to).length;
  return { held, expectedByNow, overdue: held < expectedByNow, nextDueBy: due[held] ?? null };
}
