import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { createContext } from '../src/server/boot';
import type { AppContext } from '../src/server/context';
import { openPostgres } from '../src/server/db/database';
import { scratchPostgres } from '../src/server/db/scratch';
import { ConfigError } from '../src/server/env';
import { seedDemo } from '../src/server/services/demo-seed.service';
import { loginAs } from './helpers/app';
import { testEnv } from './helpers/test-env';

/*
 * With DATABASE_READ_URL, heavy aggregate reads go to a read replica while everything else stays
 * on the primary. The "replica" here is a snapshot of the primary (CREATE DATABASE … TEMPLATE) that
 * is then made to differ, so each answer shows which database it came from. Needs a PostgreSQL
 * server, like the scale-out test (CI provides one for both runs).
 */
const server = process.env.DATABASE_URL || process.env.KOERS_TEST_POSTGRES_URL;
const MONITOR = 'Studentenmonitor loopbaanleren';

describe.runIf(server)('a read replica for reports', () => {
  let primary: Awaited<ReturnType<typeof scratchPostgres>>;
  let replica: Awaited<ReturnType<typeof scratchPostgres>>;
  let ctx: AppContext;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    primary = await scratchPostgres(server as string, 'koers_primary');
    const seeding = await createContext(testEnv({ DATABASE_URL: primary.url }), await openPostgres(primary.url, 2));
    await seedDemo(seeding.db, { hashPassword: (p) => seeding.passwords.hash(p) });
    await seeding.queue.stop();
    await seeding.database.close();
    replica = await scratchPostgres(server as string, 'koers_replica', primary.name);
    // The replica differs from the primary: every referral there has the reason "overig".
    const r = await openPostgres(replica.url, 1);
    await sql`UPDATE referral SET reason = 'overig'`.execute(r.db);
    // … no respondent to the demo student monitor, and no self-assessment counted in any class.
    await sql`DELETE FROM survey_response WHERE campaign_id IN (SELECT id FROM survey_campaign WHERE title = ${MONITOR})`.execute(r.db);
    await sql`DELETE FROM self_assessment_cohort_score`.execute(r.db);
    await r.close();
    ctx = await createContext(testEnv({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url }));
    app = await buildApp(ctx);
    await app.ready();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await ctx?.queue.stop();
    await ctx?.database.close();
    await replica?.drop();
    await primary?.drop();
  });

  it('serves the guidance figures from the replica and everything else from the primary', async () => {
    const current = async (db: AppContext['db']) => (await sql<{ name: string }>`SELECT current_database() AS name`.execute(db)).rows[0]?.name;
    expect(await current(ctx.reportsDb)).toBe(replica.name);
    expect(await current(ctx.db)).toBe(primary.name);

    const onPrimary = await sql<{ reason: string }>`SELECT DISTINCT reason FROM referral`.execute(ctx.db);
    expect(onPrimary.rows.length).toBeGreaterThan(1);

    const cookie = await loginAs(app, 'manager@demo.koers.nl');
    const res = await app.inject({ method: 'GET', url: '/api/stats/guidance', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    // Counts below the minimum group size are suppressed, but every reason reported is the replica's.
    const reasons = (res.json() as { referrals: { reason: string }[] }).referrals.map((r) => r.reason);
    expect(reasons).toEqual(['overig']);
  });

  it('serves the survey report and the competency figures from the replica, after checking access on the primary', async () => {
    const cookie = await loginAs(app, 'manager@demo.koers.nl');
    const campaign = await ctx.db.selectFrom('survey_campaign').select('id').where('title', '=', MONITOR).executeTakeFirstOrThrow();
    const onPrimary = await ctx.db.selectFrom('survey_response').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', campaign.id).executeTakeFirstOrThrow();
    expect(Number(onPrimary.n)).toBeGreaterThan(100);
    const report = await app.inject({ method: 'GET', url: `/api/surveys/${campaign.id}/report`, headers: { cookie } });
    expect(report.statusCode, report.body).toBe(200);
    expect((report.json() as { responses: { submitted: number }; suppressed: boolean })).toMatchObject({ responses: { submitted: 0 }, suppressed: true });

    const stats = await app.inject({ method: 'GET', url: '/api/stats/competencies', headers: { cookie } });
    expect(stats.statusCode).toBe(200);
    expect((stats.json() as { groups: unknown[] }).groups).toEqual([]);
    const onPrimaryStats = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM self_assessment_cohort_score`.execute(ctx.db)).rows[0]?.n;
    expect(onPrimaryStats).toBeGreaterThan(0);
  });

  it('refuses a replica without a primary at start-up', () => {
    expect(() => testEnv({ DATABASE_READ_URL: 'postgres://replica/koers', DATABASE_URL: '' })).toThrow(ConfigError);
  });
});
