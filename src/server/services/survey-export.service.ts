import { Readable } from 'node:stream';
import yazl from 'yazl';
import { GROUP_DIMENSIONS, OTHER_LEVEL, type GroupDimension } from '../../shared/survey-report';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import { exportPage } from '../repositories/survey-report-export.repository';
import * as repo from '../repositories/survey-report.repository';
import { codebookCsv, dataHeader, dataLine, groupCoding, readme, rScript, spssSyntax, valueLabelsCsv, type Columns } from './survey-export-files';
import { isShown, loadCampaign } from './survey-report-campaign';

/*
 * The anonymised response data of a campaign as a zip for R or SPSS. Privacy rule (decision 016):
 * rows are never dropped, but a group label of fewer respondents than the minimum is replaced by
 * the shared code 99 "overig", so no data row reveals membership of a small group. Rows are read
 * in pages of PAGE respondents; the data file is written as it is read.
 */

const PAGE = 2000;

export interface SurveyExport {
  filename: string;
  stream: Readable;
}

export async function exportSurvey(ctx: AppContext, actor: Actor, campaignId: string): Promise<SurveyExport> {
  const layout = await loadCampaign(ctx, actor, campaignId);
  const min = layout.campaign.min_group_size;
  const counts = await repo.responseCounts(ctx.db, campaignId);
  if (!isShown(counts.submitted, min)) throw new AppError('survey_too_few_responses');
  const groupRows = await repo.groupCounts(ctx.db, campaignId);
  const other = `${OTHER_LEVEL} (groepen kleiner dan ${min})`;
  const columns: Columns = {
    groups: GROUP_DIMENSIONS.map((d) => groupCoding(d, groupRows.filter((r) => r.dimension === d), min, other)),
    items: layout.items,
    scales: layout.scales,
  };
  const pivot = await repo.pivotColumns(ctx.db, campaignId);
  const positions = { items: layout.items.map((i) => repo.positionOf(pivot.items, i.code)), scales: layout.scales.map((s) => repo.positionOf(pivot.scales, s.code)) };

  async function* data(): AsyncGenerator<string> {
    yield `${dataHeader(columns)}\n`;
    let after: string | null = null;
    let respondent = 0;
    for (;;) {
      const rows = await exportPage(ctx.db, { campaignId, positions, after, limit: PAGE });
      if (rows.length === 0) return;
      let chunk = '';
      for (const row of rows) {
        const labels: Record<GroupDimension, string | null> = { sector: row.sector, programme: row.programme, gender: row.gender, year: row.year };
        chunk += `${dataLine(columns, ++respondent, { labels, answers: row.answers, scores: row.scores })}\n`;
      }
      yield chunk;
      after = rows[rows.length - 1]?.id ?? null;
    }
  }

  const zip = new yazl.ZipFile();
  zip.addReadStream(Readable.from(data()), 'data.csv');
  zip.addBuffer(Buffer.from(codebookCsv(columns)), 'codebook.csv');
  zip.addBuffer(Buffer.from(valueLabelsCsv(columns)), 'value_labels.csv');
  zip.addBuffer(Buffer.from(spssSyntax(columns, layout.campaign.title)), 'labels.sps');
  zip.addBuffer(Buffer.from(rScript(columns)), 'load.R');
  zip.addBuffer(Buffer.from(readme(min)), 'LEESMIJ.txt');
  zip.end();
  const slug = layout.campaign.title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'campagne';
  return { filename: `kwaliteitsmonitor-${slug}.zip`, stream: Readable.from(zip.outputStream) };
}
