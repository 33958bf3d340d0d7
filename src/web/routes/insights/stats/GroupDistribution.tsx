import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyGroupStats, CompetencyStats } from '../../../../shared/competencies';
import { TableWrap } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';
import { formatScore, localized } from '../format';
import { bandColour } from './bands';

// echarts is only needed here: loaded on demand so other pages do not carry it.
const DistributionChart = lazy(() => import('./DistributionChart').then((m) => ({ default: m.DistributionChart })));

/** How one class's scores spread over the bands: a small chart and the same numbers as a table. */
export function GroupDistribution({ group, stats, bandLabels }: { group: CompetencyGroupStats; stats: CompetencyStats; bandLabels: string[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const byCode = new Map(group.scales.map((scale) => [scale.code, scale]));
  const rows = useMemo(
    () =>
      stats.scales.map((scale) => ({
        label: localized(scale.title),
        counts: group.scales.find((s) => s.code === scale.code)?.distribution ?? [],
      })),
    // The labels are in the interface language: redraw when it changes.
    [stats.scales, group.scales, i18n.language],
  );

  return (
    <article className="card distribution" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('insights.stats.distributionHeading', { cohort: group.cohort.name, count: group.n ?? 0 })}</h3>
      <div className="distribution-body">
        <div className="distribution-figure" aria-hidden="true">
          <ul className="band-legend">
            {bandLabels.map((label, index) => (
              <li key={label}>
                <span className="band-swatch" style={{ backgroundColor: bandColour(index) }} />
                {label}
              </li>
            ))}
          </ul>
          <Suspense fallback={<div className="distribution-chart" />}>
            <DistributionChart rows={rows} bands={bandLabels} />
          </Suspense>
        </div>
        <TableWrap label={t('insights.stats.distributionOf', { cohort: group.cohort.name })}>
          <table className="table-compact table-sticky">
            <thead>
              <tr>
                <th scope="col" className="sticky-col">
                  {t('insights.stats.competency')}
                </th>
                <th scope="col" className="num">
                  {t('insights.stats.mean')}
                </th>
                {stats.bands.map((band) => (
                  <th scope="col" className="num" key={`${band.from}-${band.to}`}>
                    <span className="visually-hidden">{t('insights.stats.bandScore')} </span>
                    {t('insights.stats.band', { from: formatNumber(band.from), to: formatNumber(band.to) })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.scales.map((scale) => {
                const numbers = byCode.get(scale.code);
                return (
                  <tr key={scale.code}>
                    <th scope="row" className="sticky-col">
                      {localized(scale.title)}
                    </th>
                    <td className="num">{numbers ? formatScore(numbers.mean) : '—'}</td>
                    {stats.bands.map((band, index) => (
                      <td className="num" key={`${band.from}-${band.to}`}>
                        {formatNumber(numbers?.distribution[index] ?? 0)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </article>
  );
}
