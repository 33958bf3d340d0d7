import type { CaseloadRow } from '../../shared/guidance';

/*
 * Caseload rows kept per app process (decision 022). An entry answers only for the same key (day,
 * language, thresholds) and while the digest of its students' change stamps — read from the database on
 * every request — is the same, so a change committed through any process is seen at once. The
 * bound is in students, not counsellors: a few large caseloads must not push out memory the
 * server needs for everything else (about 1 KB per student).
 */

export const CACHED_STUDENTS = 20_000;

interface Entry<T> {
  key: string;
  digest: string;
  rows: readonly T[];
}

export class CaseloadCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private students = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly bound = CACHED_STUDENTS) {}

  /** The rows kept for this counsellor if they were made for the same key and digest. */
  get(counsellorId: string, key: string, digest: string): readonly T[] | undefined {
    const entry = this.entries.get(counsellorId);
    if (!entry || entry.key !== key || entry.digest !== digest) {
      this.misses++;
      return undefined;
    }
    // Map order is use order: the first entry is the one used longest ago.
    this.entries.delete(counsellorId);
    this.entries.set(counsellorId, entry);
    this.hits++;
    return entry.rows;
  }

  set(counsellorId: string, key: string, digest: string, rows: readonly T[]): void {
    this.drop(counsellorId);
    if (rows.length > this.bound) return;
    while (this.students + rows.length > this.bound) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    this.entries.set(counsellorId, { key, digest, rows });
    this.students += rows.length;
  }

  get size(): { counsellors: number; students: number } {
    return { counsellors: this.entries.size, students: this.students };
  }

  private drop(counsellorId: string): void {
    const entry = this.entries.get(counsellorId);
    if (!entry) return;
    this.entries.delete(counsellorId);
    this.students -= entry.rows.length;
  }
}

// One cache per database handle: two databases in one process (tests, the benchmark) never share.
/** A caseload row with the key it sorts by on name. */
export type KeptRow = CaseloadRow & { sortName: string };

const caches = new WeakMap<object, CaseloadCache<KeptRow>>();

export function caseloadCacheFor(owner: object): CaseloadCache<KeptRow> {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new CaseloadCache<KeptRow>();
    caches.set(owner, cache);
  }
  return cache;
}
