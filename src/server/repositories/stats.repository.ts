import { sql } from 'kysely';
import { activeOn } from './relationships.repository';
import type { Queryable } from './types';

/** Aggregates computed in SQL; nothing here returns rows about one person. */

export async function caseloadByCohort(db: Queryable, counsellorId: string, today: string) {
  const { rows } = await sql<{ name: string | null; school_year: string | null; count: number }>`
    SELECT c.name, c.school_year, count(*)::int AS count
    FROM assignment a
    LEFT JOIN enrolment e ON e.student_id = a.student_id AND e.end_date IS NULL
    LEFT JOIN cohort c ON c.id = e.cohort_id
    WHERE a.counsellor_id = ${counsellorId} AND ${activeOn(today, 'a')}
    GROUP BY c.name, c.school_year
    ORDER BY c.school_year DESC NULLS LAST, c.name`.execute(db);
  return rows;
}

export async function studentsPerSector(db: Queryable, institutionId: string) {
  // Distinct (sector, student) pairs hashed first: a count(DISTINCT) per sector would sort every enrolment.
  const { rows } = await sql<{ sector: string; students: number }>`
    SELECT s.name AS sector, coalesce(x.students, 0)::int AS students
    FROM sector s
    LEFT JOIN (
      SELECT d.sector_id, count(*) AS students
      FROM (
        SELECT DISTINCT p.sector_id, e.student_id
        FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme p ON p.id = c.programme_id
        WHERE e.end_date IS NULL AND p.institution_id = ${institutionId}
      ) d
      GROUP BY d.sector_id
    ) x ON x.sector_id = s.id
    WHERE s.institution_id = ${institutionId}
    ORDER BY s.name`.execute(db);
  return rows;
}

export async function institutionCounts(db: Queryable, institutionId: string) {
  const { rows } = await sql<{ sectors: number; programmes: number; cohorts: number }>`
    SELECT
      (SELECT count(*)::int FROM sector WHERE institution_id = ${institutionId}) AS sectors,
      (SELECT count(*)::int FROM programme WHERE institution_id = ${institutionId}) AS programmes,
      (SELECT count(*)::int FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE p.institution_id = ${institutionId}) AS cohorts`.execute(
    db,
  );
  return rows[0] ?? { sectors: 0, programmes: 0, cohorts: 0 };
}

export async function linkedStudents(db: Queryable, userId: string, today: string) {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT u.id, u.display_name AS name FROM student_link l JOIN app_user u ON u.id = l.student_id
    WHERE l.user_id = ${userId} AND ${activeOn(today, 'l')}
    ORDER BY u.sort_name`.execute(db);
  return rows;
}
