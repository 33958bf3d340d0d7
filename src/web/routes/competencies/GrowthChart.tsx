import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../shared/competencies';
import { Loading } from '../../components/States';
import { formatDate } from '../../lib/format';
import type { RadarLine } from './RadarChart';
import { scoreOf } from './scores';

// echarts is large: it loads only when a result is actually shown.
const RadarChart = lazy(() => import('./RadarChart'));

/** Radar of the latest measurement, with the one before it as a dashed outline to show growth. */
export function GrowthChart({
  scales,
  latest,
  previous,
  min,
  max,
}: {
  scales: { code: string; title: string }[];
  latest: Measurement;
  previous: Measurement | undefined;
  min: number;
  max: number;
}) {
  const { t, i18n } = useTranslation();
  const nowName = t('competencies.result.now', { date: formatDate(latest.submittedAt) });
  const beforeName = previous ? t('competencies.result.before', { date: formatDate(previous.submittedAt) }) : '';
  const axes = useMemo(() => scales.map((scale) => scale.title), [scales]);
  const lines = useMemo(() => {
    const out: RadarLine[] = [{ name: nowName, kind: 'current', values: scales.map((s) => scoreOf(latest.scales, s.code)) }];
    if (previous) out.push({ name: beforeName, kind: 'previous', values: scales.map((s) => scoreOf(previous.scales, s.code)) });
    return out;
  }, [scales, latest, previous, nowName, beforeName]);

  return (
    <figure className="radar-figure">
      <Suspense fallback={<Loading label={t('competencies.result.chartLoading')} />}>
        <RadarChart
          key={i18n.language}
          axes={axes}
          lines={lines}
          min={min}
          max={max}
          label={t(previous ? 'competencies.result.chartLabelGrowth' : 'competencies.result.chartLabel', { min, max })}
        />
      </Suspense>
      <figcaption>
        <ul className="radar-legend">
          <li>
            <span className="legend-swatch legend-current" aria-hidden="true" /> {nowName}
          </li>
          {previous && (
            <li>
              <span className="legend-swatch legend-previous" aria-hidden="true" /> {beforeName}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
