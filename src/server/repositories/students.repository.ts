import { sql } from 'kysely';
import type { StudentScope } from '../policies/policy';
import { activeOn } from './relationships.repository';
import { afterInClassListOrder, searchCondition } from './users.repository';
import type { Queryable } from './types';

export interface StudentListQuery {
  institutionId: string;
  scope: StudentScope;
  q?: string;
  limit: number;
  after?: { sortName: string; id: string };
  today: string;
}

/**
 * Adds `cur`: a student's current (open) enrolment with its class and programme, as a lateral
 * join so a page of students costs one query.
 */
export function withCurrentEnrolment(db: Queryable) {
  return db.selectFrom('app_user').leftJoinLateral(
    (eb) =>
      eb
        .selectFrom('enrolment as e')
        .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
        .innerJoin('programme as p', 'p.id', 'c.programme_id')
        .select(['c.name as cohort', 'c.school_year', 'p.name as programme', 'p.code as programme_code'])
        .whereRef('e.student_id', '=', 'app_user.id')
        .where('e.end_date', 'is', null)
        .orderBy('e.start_date', 'desc')
        .limit(1)
        .as('cur'),
    (join) => join.onTrue(),
  );
}

/** One page of students with their current programme and class, in class-list order. */
export function listStudents(db: Queryable, f: StudentListQuery) {
  let q = withCurrentEnrolment(db)
    .select(['app_user.id', 'app_user.student_number', 'app_user.display_name', 'app_user.sort_name', 'cur.programme', 'cur.cohort'])
    .where('app_user.institution_id', '=', f.institutionId)
    .where('app_user.role', '=', 'student')
    .orderBy('app_user.sort_name')
    .orderBy('app_user.id')
    .limit(f.limit + 1);
  if (f.scope.kind === 'caseload') {
    const counsellorId = f.scope.counsellorId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('assignment')
          .select(sql`1`.as('one'))
          .whereRef('assignment.student_id', '=', 'app_user.id')
          .where('assignment.counsellor_id', '=', counsellorId)
          .where(activeOn(f.today, 'assignment')),
      ),
    );
  }
  if (f.q) q = q.where((eb) => searchCondition(eb, f.q ?? ''));
  if (f.after) q = q.where(afterInClassListOrder(f.after));
  return q.execute();
}

export function findStudent(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'student_number', 'display_name', 'email', 'gender'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('role', '=', 'student')
    .executeTakeFirst();
}

export function studentEnrolments(db: Queryable, studentId: string) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
    .innerJoin('programme as p', 'p.id', 'c.programme_id')
    .select([
      'e.id',
      'e.start_date',
      'e.end_date',
      'c.id as cohort_id',
      'c.name as cohort',
      'c.school_year',
      'p.id as programme_id',
      'p.name as programme',
      'p.level',
    ])
    .where('e.student_id', '=', studentId)
    .orderBy('e.start_date', 'desc')
    .execute();
}

export function studentCounsellors(db: Queryable, studentId: string) {
  return db
    .selectFrom('assignment as a')
    .innerJoin('app_user as u', 'u.id', 'a.counsellor_id')
    .select(['a.id as assignment_id', 'u.id', 'u.display_name', 'u.email', 'a.start_date', 'a.end_date'])
    .where('a.student_id', '=', studentId)
    .orderBy('a.start_date', 'desc')
    .execute();
}
