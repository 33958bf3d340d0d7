import { afterInClassListOrder } from './users.repository';
import { withCurrentEnrolment } from './students.repository';
import type { Queryable } from './types';

/**
 * One page of the student export in class-list order (keyset on sort name and id, which the
 * (institution_id, role, sort_name, id) index serves), with each student's current enrolment.
 */
export function studentExportPage(db: Queryable, f: { institutionId: string; limit: number; after?: { sortName: string; id: string } }) {
  let q = withCurrentEnrolment(db)
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
  if (f.after) q = q.where(afterInClassListOrder(f.after));
  return q.execute();
}
