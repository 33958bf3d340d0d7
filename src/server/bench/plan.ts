import { sql, type RawBuilder } from 'kysely';
import { schoolYearOf } from '../../domain/dates/school-year';

/*
 * The shape of a synthetic institution, derived from its size and seed only, and the hashing
 * helper that makes every generated value a pure function of (seed, row key): PostgreSQL computes
 * the rows itself, so the same seed gives the same institution on PGlite and on PostgreSQL.
 */

export const SIZES = { XS: 60, S: 1_000, M: 10_000, L: 50_000 } as const;
export type BenchSize = keyof typeof SIZES;
export const PUBLIC_SIZES: readonly BenchSize[] = ['S', 'M', 'L'];
export const BENCH_PASSWORD = 'koers-bench-wachtwoord';

export interface Plan {
  size: BenchSize;
  seed: number;
  students: number;
  programmes: number;
  /** Parallel classes per programme, school year and study year. */
  groups: number;
  /** Students of counsellor 1 (the caseload of 500). */
  bigCaseload: number;
  /** Further counsellors, each with about 30 students. */
  counsellors: number;
  specialists: number;
  /** Students per chunk: each chunk is a handful of set-based statements. */
  chunk: number;
  /** First of the five school years; the fifth is the current one. */
  firstYear: number;
  now: Date;
  /** Label in e-mail addresses, so two generated institutions never collide. */
  tag: string;
}

export function planFor(size: BenchSize, seed: number, now = new Date()): Plan {
  const students = SIZES[size];
  const programmes = Math.min(60, Math.max(4, Math.round(Math.sqrt(students) / 2)));
  const bigCaseload = Math.min(500, Math.floor(students / 2));
  return {
    size,
    seed,
    students,
    programmes,
    groups: Math.min(26, Math.max(1, Math.round(students / (programmes * 5 * 25)))),
    bigCaseload,
    counsellors: Math.max(1, Math.round((students - bigCaseload) / 30)),
    specialists: Math.max(2, Math.round(students / 2_000)),
    chunk: 2_500,
    firstYear: Number(schoolYearOf(now).slice(0, 4)) - 4,
    now,
    tag: `${size.toLowerCase()}${seed}`,
  };
}

/** A non-negative pseudo-random integer from a text key: the same key and seed give the same number. */
export function hashOf(seed: number, key: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(hashtextextended(${key}, ${seed}::bigint) & 2147483647)::int`;
}

/** 1 August of school year index `y` (0 = four years ago, 4 = now). */
export function yearStart(plan: Plan, y: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`make_date(${plan.firstYear}::int + ${y}, 8, 1)`;
}
