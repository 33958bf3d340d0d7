import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { displayName, sortName } from '../../domain/people/names';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STUDENT_KEY, buildDemoInstitution } from '../../domain/demo/demo-institution';
import { seedDemoConversations } from './demo-conversations.seed';
import { seedDemoDevelopment } from './demo-development.seed';
import { seedDemoIntakes } from './demo-intake.seed';
import { seedDemoMeasurements } from './demo-measurements.seed';
import { seedDemoReferrals } from './demo-referrals.seed';
import { seedDemoStudyProgress } from './demo-study-progress.seed';
import { seedDemoSurveys } from './demo-surveys.seed';
import { seedDemoLobScan } from './demo-lobscan.seed';
import { seedDemoPortfolio } from './demo-portfolio.seed';
import { seedDemoShowcase } from './demo-showcase.seed';

/*
 * Writes the demo institution (see domain/demo/demo-institution.ts) into the database in one
 * transaction, one multi-row INSERT per table (in chunks), mapping generated ids back by key.
 * Only the fixed demo accounts get a password; the hash is computed once, before the transaction.
 */

const CHUNK = 500;

async function inChunks<T, R>(rows: readonly T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

/** Maps each item's key to the id returned for its natural key; the result throws on an unknown key. */
function idsByKey<T extends { key: string }>(
  items: readonly T[],
  naturalKey: (item: T) => string,
  idByNaturalKey: Map<string, string>,
  what: string,
): (key: string) => string {
  const ids = new Map<string, string>();
  for (const item of items) {
    const id = idByNaturalKey.get(naturalKey(item));
    if (id === undefined) throw new Error(`Demo seed: no id returned for ${what} '${item.key}'`);
    ids.set(item.key, id);
  }
  return (key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Demo seed: unknown ${what} '${key}'`);
    return id;
  };
}

export async function hasAnyInstitution(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('institution').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(
  db: Kysely<DB>,
  options: { hashPassword: (plain: string) => Promise<string>; today?: Date },
): Promise<{ institutionId: string; accounts: { email: string; role: string }[] }> {
  const demo = buildDemoInstitution(options.today ?? new Date());
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);

  const institutionId = await db.transaction().execute(async (trx: Transaction<DB>) => {
    const institution = await trx
      .insertInto('institution')
      .values({ name: demo.name, is_demo: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    const institutionId = institution.id;

    const sectorRows = await inChunks(demo.sectors, (chunk) =>
      trx
        .insertInto('sector')
        .values(chunk.map((s) => ({ institution_id: institutionId, name: s.name, code: s.code })))
        .returning(['id', 'code'])
        .execute(),
    );
    const sectorId = idsByKey(demo.sectors, (s) => s.code, new Map(sectorRows.map((r) => [r.code, r.id])), 'sector');

    const programmeRows = await inChunks(demo.programmes, (chunk) =>
      trx
        .insertInto('programme')
        .values(
          chunk.map((p) => ({
            institution_id: institutionId,
            sector_id: sectorId(p.sectorKey),
            name: p.name,
            code: p.code,
            level: p.level,
          })),
        )
        .returning(['id', 'code'])
        .execute(),
    );
    const programmeId = idsByKey(demo.programmes, (p) => p.code, new Map(programmeRows.map((r) => [r.code, r.id])), 'programme');

    // A cohort is unique by (programme, school year, name).
    const cohortNaturalKey = (programmeId: string, schoolYear: string, name: string) => `${programmeId}|${schoolYear}|${name}`;
    const cohortRows = await inChunks(demo.cohorts, (chunk) =>
      trx
        .insertInto('cohort')
        .values(chunk.map((c) => ({ programme_id: programmeId(c.programmeKey), name: c.name, school_year: c.schoolYear })))
        .returning(['id', 'programme_id', 'school_year', 'name'])
        .execute(),
    );
    const cohortId = idsByKey(
      demo.cohorts,
      (c) => cohortNaturalKey(programmeId(c.programmeKey), c.schoolYear, c.name),
      new Map(cohortRows.map((r) => [cohortNaturalKey(r.programme_id, r.school_year, r.name), r.id])),
      'cohort',
    );

    // Every demo user has a unique e-mail address, which maps the returned ids back to keys.
    const userRows = await inChunks(demo.users, (chunk) =>
      trx
        .insertInto('app_user')
        .values(
          chunk.map((u) => ({
            institution_id: institutionId,
            role: u.role,
            email: u.email,
            first_name: u.firstName,
            name_prefix: u.namePrefix,
            last_name: u.lastName,
            display_name: displayName(u),
            sort_name: sortName(u),
            student_number: u.studentNumber,
            gender: u.gender,
            password_hash: u.demoLogin ? passwordHash : null,
          })),
        )
        .returning(['id', 'email'])
        .execute(),
    );
    const userId = idsByKey(demo.users, (u) => u.email, new Map(userRows.map((r) => [r.email ?? '', r.id])), 'user');

    await inChunks(demo.enrolments, (chunk) =>
      trx
        .insertInto('enrolment')
        .values(
          chunk.map((e) => ({
            student_id: userId(e.studentKey),
            cohort_id: cohortId(e.cohortKey),
            start_date: e.startDate,
            end_date: e.endDate,
          })),
        )
        .execute(),
    );

    await inChunks(demo.assignments, (chunk) =>
      trx
        .insertInto('assignment')
        .values(
          chunk.map((a) => ({
            counsellor_id: userId(a.counsellorKey),
            student_id: userId(a.studentKey),
            start_date: a.startDate,
            end_date: a.endDate,
            created_by: userId(a.createdByKey),
            ended_by: a.endedByKey === null ? null : userId(a.endedByKey),
          })),
        )
        .execute(),
    );

    await inChunks(demo.links, (chunk) =>
      trx
        .insertInto('student_link')
        .values(
          chunk.map((l) => ({
            student_id: userId(l.studentKey),
            user_id: userId(l.userKey),
            kind: l.kind,
            start_date: l.startDate,
            end_date: l.endDate,
          })),
        )
        .execute(),
    );

    const seed = { trx, institutionId, demo, userId, today: options.today ?? new Date(), demoStudentKey: DEMO_STUDENT_KEY };
    await seedDemoMeasurements(seed);
    await seedDemoConversations(seed);
    await seedDemoReferrals(seed);
    await seedDemoDevelopment(seed);
    await seedDemoIntakes(seed);
    await seedDemoStudyProgress(seed);
    await seedDemoSurveys(seed);
    await seedDemoLobScan(seed);
    await seedDemoPortfolio(seed);
    // After the portfolio seed: showcase pages reuse the evidence it made.
    await seedDemoShowcase(seed);
    return institutionId;
  });

  return { institutionId, accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })) };
}
