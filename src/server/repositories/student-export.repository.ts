import type { Queryable } from './types';

/**
 * One page of the student export in class-list order (keyset on sort name and id, which the
 * (institution_id, role, sort_name, id) index serves), with each student's current enrolment.
 */
export function studentExportPage(db: Queryable, f: { institutionId: string; limit: number; after?: { sortName: string; id: string } }) {
  let q = db
    .selectFrom('app_user')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('enrolment as e')
          .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
          .innerJoin('programme as p', 'p.id', 'c.programme_id')
          .select(['c.name as cohort', 'c.school_year', 'p.code as programme_code'])
          .whereRef('e.student_id', '=', 'app_user.id')
          .where('e.end_date', 'is', null)
          .orderBy('e.start_date', 'desc')
          .limit(1)
          .as('cur'),
      (join) => join.onTrue(),
    )
    .select([
      'app_user.id',
      'app_user.sort_name',
      'app_user.student_number',
      'app_user.first_name',
      'app_user.name_prefix',
      'app_user.last_name',
      'app_user.email',
      'cur.programme_code',
      'cur.cohort',
      'cur.school_year',
    ])
    .where('app_user.institution_id', '=', f.institutionId)
    .where('app_user.role', '=', 'student')
    .orderBy('app_user.sort_name')
    .orderBy('app_user.id')
    .limit(f.limit);
  if (f.after) {
    const { sortName, id } = f.after;
    q = q.where((eb) =>
      eb.or([eb('app_user.sort_name', '>', sortName), eb.and([eb('app_user.sort_name', '=', sortName), eb('app_user.id', '>', id)])]),
    );
  }
  return q.execute();
}
