/**
 * The quality monitor's report over a campaign of 20,000 respondents (13 scales, 55 items: about
 * 1.1 million answers). Standalone:
 *   npx tsx bench/survey-report.ts                 (PGlite)
 *   DATABASE_URL=postgres://… npx tsx bench/survey-report.ts   (fresh database on that server)
 * It seeds the demo, adds the campaign with the same structured pseudo-random answers as the demo
 * campaign (set-based inserts), then times the whole report (all SQL aggregates plus the domain
 * statistics, with a regression), the database part of it alone (every aggregate, as the report
 * fetches them), and the zip export. `npm run bench` runs the same report scenario over HTTP
 * (src/cli/bench-scenarios.ts). Figures go to stdout and bench/results/survey-report-<engine>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STUDENT_MONITOR_CODE } from '../src/domain/instruments/builtin/studentenmonitor';
import { mulberry32 } from '../src/domain/demo/demo-institution';
import { scoringKey } from '../src/domain/surveys/scoring-key';
import type { AppContext } from '../src/server/context';
import type { Actor } from '../src/server/policies/policy';
import * as instruments from '../src/server/repositories/instruments.repository';
import { insertCampaign, setStatus } from '../src/server/repositories/survey-campaigns.repository';
import { insertResponses } from '../src/server/repositories/survey-responses.repository';
import { syntheticResponses, type SyntheticRespondent } from '../src/server/services/demo-surveys.seed';
import { definitionOf } from '../src/server/services/instruments.service';

export const REPORT_QUERY = { groupBy: 'programme', outcome: 'keuzezekerheid', predictors: ['werkexploratie', 'loopbaansturing', 'netwerken'], controls: ['gender', 'sector'] } as const;
export const REPORT_URL_QUERY = 'groupBy=programme&outcome=keuzezekerheid&predictors=werkexploratie,loopbaansturing,netwerken&controls=gender,sector';

const SECTORS = ['TECH', 'ECO', 'ZW', 'ONDERWIJS', 'KUNST'];

/** A closed student-monitor campaign with `respondents` responses in the institution; returns its id. */
export async function seedLargeCampaign(ctx: AppContext, institutionId: string, createdBy: string, respondents: number): Promise<string> {
  const version = await instruments.latestVersionOf(ctx.db, institutionId, STUDENT_MONITOR_CODE);
  if (!version) throw new Error('student monitor not published');
  const definition = definitionOf(version);
  const id = await insertCampaign(ctx.db, {
    institutionId, title: `Benchmark ${respondents} respondenten`, description: '', audience: 'students', anonymity: 'anonymous', feedsGuidance: false,
    teamId: null, opensOn: '2026-01-05', closesOn: '2026-02-05', imported: false, previousCampaignId: null, createdBy, versionIds: [version.id], targets: [],
  });
  await setStatus(ctx.db, id, 'closed');
  const random = mulberry32(20_000);
  const people: SyntheticRespondent[] = Array.from({ length: respondents }, () => {
    const sector = SECTORS[Math.floor(random() * SECTORS.length)] ?? 'TECH';
    return { sector, programme: `${sector}-${1 + Math.floor(random() * 6)}`, gender: random() < 0.5 ? 'v' : 'm', year: String(1 + Math.floor(random() * 4)) };
  });
  const key = scoringKey([definition]);
  // In slices, so the answers of 20,000 people are never all in memory at once.
  for (let start = 0; start < people.length; start += 2000) {
    const rows = syntheticResponses(definition, people.slice(start, start + 2000), { seed: start + 1, sectorCode: (s) => s });
    await insertResponses(ctx.db, id, rows, { key });
  }
  return id;
}

async function main(): Promise<void> {
  const { loadEnv } = await import('../src/server/env');
  const { createContext } = await import('../src/server/boot');
  const { seedDemo } = await import('../src/server/services/demo-seed.service');
  const { surveyReport, reportSums } = await import('../src/server/services/survey-report.service');
  const { loadCampaign } = await import('../src/server/services/survey-report-campaign');
  const { pivotColumns } = await import('../src/server/repositories/survey-report.repository');
  const { exportSurvey } = await import('../src/server/services/survey-export.service');
  const { freshDatabase } = await import('../test/helpers/database');
  const respondents = Number(process.env.BENCH_RESPONDENTS ?? 20_000);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const env = loadEnv({ ...process.env, NODE_ENV: 'test', KOERS_ARGON2_MEMORY_KIB: '8192' });
  const database = await freshDatabase();
  const ctx = await createContext(env, database);
  try {
    await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
    const m = await ctx.db.selectFrom('app_user').select(['id', 'institution_id', 'display_name']).where('email', '=', 'manager@demo.koers.nl').executeTakeFirstOrThrow();
    const actor: Actor = { id: m.id, institutionId: m.institution_id, role: 'manager', name: m.display_name, email: null, language: 'nl', sessionId: 'bench' };
    let t0 = performance.now();
    const id = await seedLargeCampaign(ctx, m.institution_id, m.id, respondents);
    const seedSeconds = (performance.now() - t0) / 1000;
    const query = { ...REPORT_QUERY, predictors: [...REPORT_QUERY.predictors], controls: [...REPORT_QUERY.controls] };
    const times: number[] = [];
    const rss0 = process.memoryUsage().rss;
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      await surveyReport(ctx, actor, id, query);
      times.push(performance.now() - t0);
    }
    const sqlTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      const layout = await loadCampaign(ctx, actor, id);
      await reportSums(ctx, layout, await pivotColumns(ctx.db, id), query);
      sqlTimes.push(performance.now() - t0);
    }
    t0 = performance.now();
    const { stream } = await exportSurvey(ctx, actor, id);
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    const exportMs = performance.now() - t0;
    const spread = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), min: Math.round(sorted[0] ?? 0), max: Math.round(sorted[sorted.length - 1] ?? 0), runs };
    };
    const result = {
      date: new Date().toISOString(),
      engine: ctx.database.engine,
      respondents,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      reportMs: spread(times),
      aggregatesMs: spread(sqlTimes),
      exportMs: Math.round(exportMs),
      exportKiB: Math.round(bytes / 1024),
      rssGrowthMb: Math.round((process.memoryUsage().rss - rss0) / 2 ** 20),
    };
    console.log(JSON.stringify(result, null, 2));
    const out = path.resolve(import.meta.dirname, 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `survey-report-${ctx.database.engine}.json`), JSON.stringify(result, null, 2));
  } finally {
    await ctx.queue.stop();
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
