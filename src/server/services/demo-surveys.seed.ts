import { mulberry32 } from '../../domain/demo/demo-institution';
import type { InstrumentDefinition } from '../../domain/instruments/definition';
import { STUDENT_MONITOR_CODE } from '../../domain/instruments/builtin/studentenmonitor';
import { scoringKey } from '../../domain/surveys/scoring-key';
import * as instruments from '../repositories/instruments.repository';
import { insertCampaign, setStatus } from '../repositories/survey-campaigns.repository';
import { insertResponses, type NewResponse } from '../repositories/survey-responses.repository';
import type { DemoSeedContext } from './demo-seed-support';
import { definitionOf } from './instruments.service';

/**
 * The demo runs a closed student monitor with a few hundred responses, so a full report can be
 * seen at once. Answers are pseudo-random but structured like the research the monitor follows:
 * a practice- and demand-oriented environment goes with more career competencies, those with more
 * motivation and choice certainty, and more certainty with less thought of quitting. Techniek and
 * Economie score a little lower on the environment. One programme (6 respondents) and one gender
 * label (4) stay below the minimum group size, to show suppression.
 */

export const DEMO_SURVEY_TITLE = 'Studentenmonitor loopbaanleren';

/** Respondents per programme code (sector follows from the programme). HNT is the small group. */
const PER_PROGRAMME: Record<string, number> = { HNT: 6, MT: 44, HICT: 52, HEM: 30, COM: 46, BK: 40, VZW: 28, VP: 50, SW: 48 };
const SECTOR_SHIFT: Record<string, number> = { TECH: -0.35, ECO: -0.3, ZW: 0.25 };

const ENVIRONMENT = new Set(['praktijkgericht', 'vraaggericht', 'dialoog', 'gespreksvorm', 'gespreksinhoud']);
const COMPETENCIES = new Set(['loopbaanreflectie', 'werkexploratie', 'loopbaansturing', 'netwerken']);

export interface SyntheticRespondent {
  sector: string;
  programme: string;
  gender: string;
  year: string;
}

/** Standard normal draws from a seeded uniform generator (Box–Muller). */
function normal(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * Answers with the structure described above for the given respondents; the same seed gives the
 * same answers. `sectorCode` maps a respondent's sector name to TECH/ECO/ZW for the shift.
 */
export function syntheticResponses(
  definition: InstrumentDefinition,
  respondents: readonly SyntheticRespondent[],
  options: { seed: number; sectorCode: (sector: string) => string; missingRate?: number },
): NewResponse[] {
  const random = mulberry32(options.seed);
  const z = normal(random);
  const { min, max } = definition.responseScale;
  const mid = (min + max) / 2;
  const reverse = new Map(definition.items.map((i) => [i.code, i.reverse]));
  const missing = options.missingRate ?? 0.03;
  return respondents.map((r) => {
    const environment = z() + (SECTOR_SHIFT[options.sectorCode(r.sector)] ?? 0);
    const competence = 0.55 * environment + 0.85 * z();
    const outcome = 0.5 * competence + 0.85 * z();
    const answers: Record<string, number> = {};
    for (const scale of definition.scales) {
      const latent = ENVIRONMENT.has(scale.code) ? environment : COMPETENCIES.has(scale.code) ? competence : scale.code === 'uitvalrisico' ? -0.7 * outcome - 0.8 : outcome + 0.3;
      const level = latent + 0.55 * z();
      for (const code of scale.items) {
        if (random() < missing) continue;
        const raw = Math.round(mid + 0.55 * level + 0.55 * z());
        const value = Math.min(max, Math.max(min, raw));
        answers[code] = reverse.get(code) ? min + max - value : value;
      }
    }
    return { labels: { sector: r.sector, programme: r.programme, gender: r.gender, year: r.year }, answers };
  });
}

export async function seedDemoSurveys(seed: DemoSeedContext): Promise<void> {
  const { trx, institutionId, demo, userId, today } = seed;
  const version = await instruments.latestVersionOf(trx, institutionId, STUDENT_MONITOR_CODE);
  if (!version) throw new Error('Demo seed: the student monitor is not published (run migrations first)');
  const definition = definitionOf(version);
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const campaignId = await insertCampaign(trx, {
    institutionId,
    title: DEMO_SURVEY_TITLE,
    description: 'Jaarlijkse meting onder alle studenten: leeromgeving, loopbaangesprekken, loopbaancompetenties, motivatie en keuzezekerheid.',
    audience: 'students',
    anonymity: 'anonymous',
    feedsGuidance: false,
    teamId: null,
    opensOn: day(-90),
    closesOn: day(-60),
    imported: false,
    previousCampaignId: null,
    createdBy: userId('manager'),
    versionIds: [version.id],
    targets: [],
  });
  await setStatus(trx, campaignId, 'closed');

  const sectorName = new Map(demo.sectors.map((s) => [s.key, s.name]));
  const sectorCode = new Map(demo.sectors.map((s) => [s.name, s.key]));
  const random = mulberry32(0x5e7);
  const respondents: SyntheticRespondent[] = [];
  let index = 0;
  for (const programme of demo.programmes) {
    for (let i = 0; i < (PER_PROGRAMME[programme.code] ?? 0); i++) {
      index += 1;
      respondents.push({
        sector: sectorName.get(programme.sectorKey) ?? programme.sectorKey,
        programme: programme.name,
        // Every 90th respondent gives "x": four in all, below the minimum of 10.
        gender: index % 90 === 0 ? 'x' : random() < 0.52 ? 'v' : 'm',
        year: String(1 + Math.floor(random() * 3)),
      });
    }
  }
  const rows = syntheticResponses(definition, respondents, { seed: 0x5eed, sectorCode: (s) => sectorCode.get(s) ?? '' });
  await insertResponses(trx, campaignId, rows, { key: scoringKey([definition]), submittedAt: new Date(`${day(-70)}T10:00:00Z`) });
}
