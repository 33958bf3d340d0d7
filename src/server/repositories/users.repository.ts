import { sql } from 'kysely';
import type { Role } from '../../shared/roles';
import type { Queryable } from './types';

export interface NewUser {
  institutionId: string;
  role: Role;
  email: string | null;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  displayName: string;
  sortName: string;
  studentNumber: string | null;
  gender: 'v' | 'm' | 'x' | null;
  language: 'nl' | 'en';
  passwordHash: string | null;
}

const userColumns = [
  'id',
  'institution_id',
  'role',
  'email',
  'display_name',
  'language',
  'password_hash',
  'active',
  'student_number',
] as const;

export function findUserByEmail(db: Queryable, email: string) {
  return db
    .selectFrom('app_user')
    .select(userColumns)
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Queryable, id: string) {
  return db.selectFrom('app_user').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Queryable, u: NewUser): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({
      institution_id: u.institutionId,
      role: u.role,
      email: u.email,
      first_name: u.firstName,
      name_prefix: u.namePrefix,
      last_name: u.lastName,
      display_name: u.displayName,
      sort_name: u.sortName,
      student_number: u.studentNumber,
      gender: u.gender,
      language: u.language,
      password_hash: u.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePasswordHash(db: Queryable, userId: string, hash: string): Promise<void> {
  await db.updateTable('app_user').set({ password_hash: hash, updated_at: new Date() }).where('id', '=', userId).execute();
}

export async function updateLanguage(db: Queryable, userId: string, language: 'nl' | 'en'): Promise<void> {
  await db.updateTable('app_user').set({ language, updated_at: new Date() }).where('id', '=', userId).execute();
}

export async function setActive(db: Queryable, userId: string, active: boolean): Promise<void> {
  await db.updateTable('app_user').set({ active, updated_at: new Date() }).where('id', '=', userId).execute();
}

export interface UserListFilter {
  institutionId: string;
  role?: Role;
  q?: string;
  limit: number;
  after?: { sortName: string; id: string };
}

export function listUsers(db: Queryable, f: UserListFilter) {
  let q = db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'sort_name', 'email', 'role', 'student_number', 'active'])
    .where('institution_id', '=', f.institutionId)
    .orderBy('sort_name')
    .orderBy('id')
    .limit(f.limit + 1);
  if (f.role) q = q.where('role', '=', f.role);
  if (f.q) q = q.where((eb) => searchCondition(eb, f.q ?? ''));
  if (f.after) q = q.where(afterInClassListOrder(f.after));
  return q.execute();
}

/**
 * Keyset condition for the next page in class-list order (sort name, then id): a row comparison
 * that the (institution_id, role, sort_name, id) index serves directly.
 */
export function afterInClassListOrder(after: { sortName: string; id: string }) {
  return sql<boolean>`(app_user.sort_name, app_user.id) > (${after.sortName}, ${after.id}::uuid)`;
}

/** Matches name, e-mail or student number; the pattern is escaped so user input stays literal. */
export function searchCondition(eb: any, text: string) {
  // `any`: this builder is shared by queries on app_user under different aliases.
  const pattern = `%${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return eb.or([
    eb(sql`lower(app_user.display_name)`, 'like', pattern),
    eb(sql`lower(coalesce(app_user.email, ''))`, 'like', pattern),
    eb(sql`coalesce(app_user.student_number, '')`, 'like', pattern),
  ]);
}

export async function emailExists(db: Queryable, email: string): Promise<boolean> {
  return (await findUserByEmail(db, email)) !== undefined;
}

export async function countUsersByRole(db: Queryable, institutionId: string) {
  const rows = await db
    .selectFrom('app_user')
    .select(['role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('institution_id', '=', institutionId)
    .where('active', '=', true)
    .groupBy('role')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.role, r.n])) as Partial<Record<Role, number>>;
}

/** A user of this institution only: ids from another institution look the same as unknown ids. */
export function findUserInInstitution(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select([...userColumns, 'sort_name'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

export function findUsersInInstitution(db: Queryable, institutionId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('app_user')
    .select(['id', 'role', 'display_name', 'student_number'])
    .where('institution_id', '=', institutionId)
    .where('id', 'in', ids)
    .execute();
}

export async function studentNumberTaken(db: Queryable, institutionId: string, studentNumber: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('student_number', '=', studentNumber)
    .executeTakeFirst();
  return row !== undefined;
}

/** Serialises changes to one user's enrolments or assignments: concurrent requests wait here. */
export async function lockUser(db: Queryable, id: string): Promise<void> {
  await db.selectFrom('app_user').select('id').where('id', '=', id).forUpdate().execute();
}
