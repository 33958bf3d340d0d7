import { describe, it, expect } from 'vitest';
import { openPGlite } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { buildDemoInstitution } from '../src/domain/demo/demo-institution';
import { hasAnyInstitution, seedDemo } from '../src/server/services/demo-seed.service';

const today = new Date('2026-03-10T12:00:00Z');
const hashPassword = async (plain: string) => `hash:${plain}`;

async function seededDb() {
  const database = await openPGlite();
  await migrateToLatest(database.db);
  const before = await hasAnyInstitution(database.db);
  const result = await seedDemo(database.db, { hashPassword, today });
  return { database, before, result };
}

describe('seedDemo', () => {
  it('writes a plausible demo institution', async () => {
    const { database, before, result } = await seededDb();
    const { db } = database;
    try {
      expect(before).toBe(false);
      expect(await hasAnyInstitution(db)).toBe(true);
      expect(result.accounts.map((a) => a.email)).toEqual([
        'admin@demo.koers.nl', 'slb@demo.koers.nl', 'student@demo.koers.nl', 'manager@demo.koers.nl',
        'zorg@demo.koers.nl', 'ouder@demo.koers.nl', 'stage@demo.koers.nl',
      ]);

      const institution = await db.selectFrom('institution').selectAll().where('id', '=', result.institutionId).executeTakeFirstOrThrow();
      expect(institution.is_demo).toBe(true);

      const sectors = await db.selectFrom('sector').select('code').execute();
      expect(sectors.length).toBeGreaterThanOrEqual(3);
      const levels = await db.selectFrom('programme').select('level').distinct().execute();
      expect(new Set(levels.map((l) => l.level))).toEqual(new Set(['vo', 'mbo', 'hbo']));
      const years = await db.selectFrom('cohort').select('school_year').distinct().execute();
      expect(years.map((y) => y.school_year).sort()).toEqual(['2024-2025', '2025-2026']);

      const roles = await db.selectFrom('app_user').select(['role', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('role').execute();
      const count = (role: string) => roles.find((r) => r.role === role)?.n ?? 0;
      expect(count('student')).toBeGreaterThanOrEqual(60);
      expect(count('counsellor')).toBeGreaterThanOrEqual(4);
      expect(count('specialist')).toBe(1);
      expect(count('manager')).toBe(1);
      expect(count('admin')).toBe(1);

      // Only the fixed demo accounts can log in; they share one hash.
      const withPassword = await db.selectFrom('app_user').select(['email', 'password_hash']).where('password_hash', 'is not', null).execute();
      expect(withPassword.map((u) => u.email).sort()).toEqual(result.accounts.map((a) => a.email).sort());
      for (const u of withPassword) expect(u.password_hash).toBe('hash:koers-demo');

      const student = await db.selectFrom('app_user').selectAll().where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow();
      expect(student.display_name).toBe('Lisa Meijer');
      expect(student.sort_name).toBe('meijer lisa');
      const slbCaseload = await db
        .selectFrom('assignment')
        .innerJoin('app_user as c', 'c.id', 'assignment.counsellor_id')
        .select('assignment.student_id')
        .where('c.email', '=', 'slb@demo.koers.nl')
        .where('assignment.end_date', 'is', null)
        .execute();
      expect(slbCaseload.length).toBeGreaterThanOrEqual(20);
      expect(slbCaseload.map((a) => a.student_id)).toContain(student.id);

      const activeAssignments = await db
        .selectFrom('app_user as s')
        .leftJoin('assignment as a', (j) => j.onRef('a.student_id', '=', 's.id').on('a.end_date', 'is', null))
        .select(['s.id', (eb) => eb.fn.count<number>('a.id').as('n')])
        .where('s.role', '=', 'student')
        .groupBy('s.id')
        .execute();
      expect(activeAssignments.every((r) => r.n === 1)).toBe(true);
      const activeEnrolments = await db
        .selectFrom('app_user as s')
        .leftJoin('enrolment as e', (j) => j.onRef('e.student_id', '=', 's.id').on('e.end_date', 'is', null))
        .select(['s.id', (eb) => eb.fn.count<number>('e.id').as('n')])
        .where('s.role', '=', 'student')
        .groupBy('s.id')
        .execute();
      expect(activeEnrolments.every((r) => r.n === 1)).toBe(true);

      const history = await db.selectFrom('enrolment').select('end_date').where('end_date', 'is not', null).execute();
      expect(history.length).toBeGreaterThan(0);
      expect(history.every((h) => h.end_date === '2025-07-31')).toBe(true);

      const links = await db
        .selectFrom('student_link')
        .innerJoin('app_user as u', 'u.id', 'student_link.user_id')
        .select(['u.email', 'student_link.kind', 'student_link.student_id'])
        .execute();
      expect(links.map((l) => [l.email, l.kind]).sort()).toEqual([['ouder@demo.koers.nl', 'parent'], ['stage@demo.koers.nl', 'supervisor']]);
      expect(links.every((l) => l.student_id === student.id)).toBe(true);

      const numbers = await db.selectFrom('app_user').select('student_number').where('role', '=', 'student').execute();
      expect(new Set(numbers.map((n) => n.student_number)).size).toBe(numbers.length);
    } finally {
      await database.close();
    }
  }, 180_000);

  it('is deterministic: the generator and two fresh databases agree', async () => {
    expect(buildDemoInstitution(today)).toEqual(buildDemoInstitution(today));
    const numbers = async () => {
      const { database } = await seededDb();
      try {
        const rows = await database.db.selectFrom('app_user').select('student_number').where('role', '=', 'student').orderBy('student_number').execute();
        return rows.map((r) => r.student_number);
      } finally {
        await database.close();
      }
    };
    const first = await numbers();
    expect(first).toHaveLength(72);
    expect(await numbers()).toEqual(first);
  }, 180_000);
});
