import { validateInstrument, type InstrumentDefinition } from '../../domain/instruments/definition';
import type { Localized } from '../../shared/survey-report';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/survey-report.repository';

/*
 * What the report, the export and the PDF share about a campaign: its row (with the institution's
 * minimum group size) and the items and scales of its instruments in questionnaire order.
 */

export interface CampaignItem {
  code: string;
  text: Localized;
  scale: string;
  reverse: boolean;
  min: number;
  max: number;
  labels: Localized[];
}

export interface CampaignScale {
  code: string;
  title: Localized;
  items: string[];
}

export interface CampaignLayout {
  campaign: repo.CampaignRow;
  instruments: InstrumentDefinition[];
  items: CampaignItem[];
  scales: CampaignScale[];
}

export async function loadCampaign(ctx: AppContext, actor: Actor, campaignId: string): Promise<CampaignLayout> {
  const campaign = await repo.findCampaign(ctx.db, actor.institutionId, campaignId);
  if (!campaign) throw new AppError('not_found');
  const instruments: InstrumentDefinition[] = [];
  for (const raw of await repo.campaignDefinitions(ctx.db, campaignId)) {
    const parsed = validateInstrument(raw);
    // Definitions are validated when published; a broken one would be a bug, not something to report around.
    if (!parsed.ok) throw new Error(`survey campaign ${campaignId} has an invalid instrument: ${parsed.problems[0]?.path ?? ''}`);
    instruments.push(parsed.instrument);
  }
  const items: CampaignItem[] = [];
  const scales: CampaignScale[] = [];
  for (const instrument of instruments) {
    const { min, max, labels } = instrument.responseScale;
    const byCode = new Map(instrument.items.map((i) => [i.code, i]));
    for (const scale of instrument.scales) {
      scales.push({ code: scale.code, title: scale.title, items: [...scale.items] });
      for (const code of scale.items) {
        const item = byCode.get(code);
        if (item) items.push({ code, text: item.text, scale: scale.code, reverse: item.reverse, min, max, labels });
      }
    }
  }
  return { campaign, instruments, items, scales };
}

/** Whether a group of this size may be shown. */
export const isShown = (n: number, minGroupSize: number) => n >= minGroupSize;
