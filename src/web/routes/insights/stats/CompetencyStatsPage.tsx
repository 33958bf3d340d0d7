import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyGroupStats, CompetencyStats } from '../../../../shared/competencies';
import { api } from '../../../api/client';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import { ProgrammeStats } from './ProgrammeStats';

/** Groups in the server's order, gathered under their programme. */
function byProgramme(groups: CompetencyGroupStats[]): { id: string; name: string; groups: CompetencyGroupStats[] }[] {
  const out = new Map<string, { id: string; name: string; groups: CompetencyGroupStats[] }>();
  for (const group of groups) {
    const entry = out.get(group.programme.id) ?? { ...group.programme, groups: [] };
    entry.groups.push(group);
    out.set(group.programme.id, entry);
  }
  return [...out.values()];
}

/** Manager and admin: career competencies per programme and class, aggregates only. */
export function CompetencyStatsPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['insights', 'stats'],
    queryFn: ({ signal }) => api<CompetencyStats>('/stats/competencies', { signal }),
  });

  return (
    <Page title={t('insights.stats.title')} intro={<p>{t('insights.stats.intro')}</p>}>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>{(stats) => <StatsContent stats={stats} />}</QueryState>
      </div>
    </Page>
  );
}

function StatsContent({ stats }: { stats: CompetencyStats }) {
  const { t } = useTranslation();
  // Stable between renders: the charts redraw only when the bands or the language change.
  const bandLabels = useMemo(
    () => stats.bands.map((band) => t('insights.stats.band', { from: formatNumber(band.from), to: formatNumber(band.to) })),
    [stats.bands, t],
  );
  const first = stats.bands[0];
  const last = stats.bands[stats.bands.length - 1];

  return (
    <>
      <div className="card prose stats-explanation">
        <p>{t('insights.stats.explanation')}</p>
        <p>{t('insights.stats.privacy', { min: stats.minGroupSize })}</p>
        {first && last && (
          <p>
            {t('insights.stats.bandsExplained', {
              first: bandLabels[0] ?? '',
              from: formatNumber(first.from),
              to: formatNumber(first.to),
              max: formatNumber(last.to),
            })}
          </p>
        )}
      </div>
      {stats.groups.length === 0 ? (
        <EmptyState title={t('insights.stats.empty')}>
          <p>{t('insights.stats.emptyText')}</p>
        </EmptyState>
      ) : (
        <div className="stack">
          {byProgramme(stats.groups).map((programme) => (
            <ProgrammeStats key={programme.id} programme={programme.name} groups={programme.groups} stats={stats} bandLabels={bandLabels} />
          ))}
        </div>
      )}
    </>
  );
}
