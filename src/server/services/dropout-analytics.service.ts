import { dropoutCsv, groupFigures, type Reason } from '../../domain/transition/dropout';
import type { DropoutAnalysis, DropoutGroupBy } from '../../shared/study-progress';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import { minGroupSize } from '../repositories/competencies.repository';
import * as repo from '../repositories/dropout-analytics.repository';
import { audit } from './audit.service';

/** The manager's dropout and switch figures: aggregates only, small groups suppressed. */

export async function dropoutAnalysis(ctx: AppContext, actor: Actor, groupBy: DropoutGroupBy): Promise<DropoutAnalysis> {
  const [min, counts, reasons] = await Promise.all([
    minGroupSize(ctx.db, actor.institutionId),
    repo.groupCounts(ctx.reportsDb, actor.institutionId, groupBy),
    repo.reasonCounts(ctx.reportsDb, actor.institutionId, groupBy),
  ]);
  const groups = counts.map((c) => {
    const own: Partial<Record<Reason, number>> = {};
    for (const r of reasons) if (r.key === c.key) own[r.reason as Reason] = r.count;
    return groupFigures({ ...c, reasons: own }, min);
  });
  const all = { key: 'total', starters: 0, switches: 0, dropouts: 0, reasons: {} as Partial<Record<Reason, number>> };
  for (const c of counts) {
    all.starters += c.starters;
    all.switches += c.switches;
    all.dropouts += c.dropouts;
  }
  for (const r of reasons) all.reasons[r.reason as Reason] = (all.reasons[r.reason as Reason] ?? 0) + r.count;
  return { groupBy, minGroupSize: min, groups, total: groupFigures(all, min) };
}

const REASON_LABELS: Record<'nl' | 'en', Record<Reason, string>> = {
  nl: {
    expectations: 'verwachtingen kwamen niet uit',
    study_skills: 'studievaardigheden ontbraken',
    wrong_choice: 'verkeerde studiekeuze',
    level: 'niveau te hoog',
    personal: 'persoonlijke omstandigheden',
    other: 'anders',
  },
  en: {
    expectations: 'expectations did not match reality',
    study_skills: 'missing study skills',
    wrong_choice: 'wrong choice',
    level: 'level too high',
    personal: 'personal circumstances',
    other: 'other',
  },
};

const GROUP_HEADER: Record<'nl' | 'en', Record<DropoutGroupBy, string>> = {
  nl: { year: 'studiejaar', programme: 'opleiding', gender: 'geslacht', prior_education: 'vooropleiding' },
  en: { year: 'academic year', programme: 'programme', gender: 'gender', prior_education: 'prior education' },
};

/** The same figures as CSV for Excel; exporting aggregates is audited like reading a file. */
export async function dropoutCsvExport(ctx: AppContext, actor: Actor, groupBy: DropoutGroupBy, ip: string): Promise<{ filename: string; csv: string }> {
  const analysis = await dropoutAnalysis(ctx, actor, groupBy);
  await audit(ctx.db, actor, 'dropout.export', { entityType: 'institution', entityId: actor.institutionId, detail: { groupBy } }, ip);
  return { filename: `uitval-${groupBy}.csv`, csv: dropoutCsv(GROUP_HEADER[actor.language][groupBy], [...analysis.groups, { ...analysis.total, key: actor.language === 'en' ? 'total' : 'totaal' }], REASON_LABELS[actor.language]) };
}
