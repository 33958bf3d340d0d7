import { displayName, sortName } from '../../domain/people/names';
import type { RosterRecord } from '../../domain/roster/validate';
import * as sync from '../repositories/roster-sync.repository';
import type { Queryable } from '../repositories/types';

/*
 * Brings one chunk of valid roster rows into the database, set-based, inside the caller's
 * transaction. Idempotent: running the same rows again changes nothing and counts them unchanged.
 *  - students: upsert by (institution, student number), written only when a value differs;
 *  - enrolment: kept when the student is already in that cohort, otherwise the open enrolment
 *    ends on the row's start date and a new one starts;
 *  - counsellor: when the row names one, kept if already assigned, otherwise other open
 *    assignments end on the start date and a new one starts (history is never overwritten).
 */

export interface ChunkCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface SyncContext {
  institutionId: string;
  /** The admin who started the import: recorded as creator/ender of assignments. */
  actorId: string;
  columns: sync.SyncColumns;
}

const cohortKey = (programmeId: string, schoolYear: string, name: string) => `${programmeId}\u0000${schoolYear}\u0000${name}`;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export async function syncChunk(db: Queryable, c: SyncContext, records: RosterRecord[]): Promise<ChunkCounts> {
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };

  const written = await sync.upsertStudents(
    db,
    c.institutionId,
    records.map((r) => ({
      studentNumber: r.studentNumber,
      firstName: r.firstName,
      namePrefix: r.namePrefix,
      lastName: r.lastName,
      displayName: displayName(r),
      sortName: sortName(r),
      email: r.email,
      gender: r.gender,
    })),
    c.columns,
  );
  const insertedNumbers = new Set(written.filter((w) => w.inserted).map((w) => w.student_number));
  const changed = new Set(written.filter((w) => w.written).map((w) => w.student_number));
  const idByNumber = new Map(written.map((w) => [w.student_number, w.id]));
  const studentIds = records.map((r) => {
    const id = idByNumber.get(r.studentNumber);
    // Validation rules this out (not_a_student); failing loudly rolls the chunk back.
    if (!id) throw new Error(`Roster import: no student account for row ${r.row}`);
    return id;
  });

  // Cohorts: found or created by (programme, school year, name).
  const wanted = new Map(records.map((r) => [cohortKey(r.programmeId, r.schoolYear, r.cohortName), r]));
  const cohorts = await sync.ensureCohorts(
    db,
    [...wanted.values()].map((r) => ({ programmeId: r.programmeId, schoolYear: r.schoolYear, name: r.cohortName })),
  );
  const cohortIds = new Map(cohorts.map((k) => [cohortKey(k.programme_id, k.school_year, k.name), k.id]));

  // Enrolments.
  const openEnrolments = groupBy(await sync.openEnrolments(db, studentIds), (e) => e.student_id);
  const endEnrolments: { id: string; endDate: string }[] = [];
  const newEnrolments: { studentId: string; cohortId: string; startDate: string }[] = [];
  records.forEach((r, i) => {
    const sid = studentIds[i] ?? '';
    const cohortId = cohortIds.get(cohortKey(r.programmeId, r.schoolYear, r.cohortName));
    if (!cohortId) throw new Error(`Roster import: cohort missing for row ${r.row}`);
    const open = openEnrolments.get(sid) ?? [];
    if (open.some((e) => e.cohort_id === cohortId)) return;
    for (const e of open) endEnrolments.push({ id: e.id, endDate: r.startDate });
    newEnrolments.push({ studentId: sid, cohortId, startDate: r.startDate });
    changed.add(r.studentNumber);
  });
  await sync.endEnrolments(db, endEnrolments);
  await sync.insertEnrolments(db, newEnrolments);

  // Counsellor assignments, only for rows that name a counsellor.
  const withCounsellor = records.map((r, i) => ({ r, sid: studentIds[i] ?? '' })).filter((x) => x.r.counsellorId !== null);
  if (withCounsellor.length > 0) {
    const openAssignments = groupBy(await sync.openAssignments(db, withCounsellor.map((x) => x.sid)), (a) => a.student_id);
    const endAssignments: { id: string; endDate: string }[] = [];
    const newAssignments: { studentId: string; counsellorId: string; startDate: string }[] = [];
    for (const { r, sid } of withCounsellor) {
      const counsellorId = r.counsellorId ?? '';
      const open = openAssignments.get(sid) ?? [];
      const others = open.filter((a) => a.counsellor_id !== counsellorId);
      const assigned = open.length > others.length;
      for (const a of others) endAssignments.push({ id: a.id, endDate: r.startDate });
      if (!assigned) newAssignments.push({ studentId: sid, counsellorId, startDate: r.startDate });
      if (others.length > 0 || !assigned) changed.add(r.studentNumber);
    }
    await sync.endAssignments(db, c.actorId, endAssignments);
    await sync.insertAssignments(db, c.actorId, newAssignments);
  }

  let inserted = 0;
  let updated = 0;
  for (const r of records) {
    if (insertedNumbers.has(r.studentNumber)) inserted++;
    else if (changed.has(r.studentNumber)) updated++;
  }
  return { inserted, updated, unchanged: records.length - inserted - updated };
}
