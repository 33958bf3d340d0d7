import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { Loading } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import type { RadarLine } from '../competencies/RadarChart';
import { competencyTitle, formatScore, pick, startSelfRating, type Development } from './developmentApi';

// echarts is large: it loads only when there is a rating to draw.
const RadarChart = lazy(() => import('../competencies/RadarChart'));

/** The meetlat explained: what each level means, and the seven competencies with their task and entry level. */
function Meetlat({ data }: { data: Development }) {
  const { t } = useTranslation();
  const { meetlat } = data;
  return (
    <details className="details">
      <summary>{t('development.rating.meetlatTitle')}</summary>
      <ol className="dev-levels">
        {meetlat.labels.map((label, i) => (
          <li key={i}>{pick(label)}</li>
        ))}
      </ol>
      <dl className="dev-competency-list">
        {meetlat.competencies.map((c) => (
          <div key={c.code}>
            <dt>{pick(c.title)}</dt>
            <dd>
              {pick(c.task)} <em>{t('development.rating.entryLevel')}</em> {pick(c.entryLevel)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function RatingChart({ data }: { data: Development }) {
  const { t, i18n } = useTranslation();
  const { meetlat, ratings } = data;
  const latest = ratings[0];
  const previous = ratings[1];
  const axes = useMemo(() => meetlat.competencies.map((c) => competencyTitle(meetlat, c.code, true)), [meetlat]);
  const nowName = latest ? t('development.rating.now', { date: formatDate(latest.submittedAt) }) : '';
  const beforeName = previous ? t('development.rating.before', { date: formatDate(previous.submittedAt) }) : '';
  const lines = useMemo(() => {
    const out: RadarLine[] = [];
    if (latest) out.push({ name: nowName, kind: 'current', values: meetlat.competencies.map((c) => latest.scales.find((s) => s.code === c.code)?.score ?? null) });
    if (previous) out.push({ name: beforeName, kind: 'previous', values: meetlat.competencies.map((c) => previous.scales.find((s) => s.code === c.code)?.score ?? null) });
    return out;
  }, [latest, previous, meetlat, nowName, beforeName]);
  if (!latest) return null;
  return (
    <figure className="radar-figure">
      <Suspense fallback={<Loading label={t('development.rating.chartLoading')} />}>
        <RadarChart key={i18n.language} axes={axes} lines={lines} min={meetlat.min} max={meetlat.max} label={t('development.rating.chartLabel')} />
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

/** Every self-rating as a row: the table alternative to the chart, and the history over time. */
export function RatingsTable({ data }: { data: Development }) {
  const { t } = useTranslation();
  const { meetlat } = data;
  return (
    <TableWrap label={t('development.rating.historyLabel')}>
      <table className="table-compact">
        <caption className="visually-hidden">{t('development.rating.historyLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('development.rating.date')}</th>
            {meetlat.competencies.map((c) => (
              <th key={c.code} scope="col" className="num">
                {pick(c.short)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.ratings.map((r) => (
            <tr key={r.id}>
              <th scope="row">{formatDate(r.submittedAt)}</th>
              {meetlat.competencies.map((c) => (
                <td key={c.code} className="num">
                  {formatScore(r.scales.find((s) => s.code === c.code)?.score)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function RatingsSection({ data }: { data: Development }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: startSelfRating,
    onSuccess: (response) => navigate({ to: '/ontwikkeling/beoordelen/$responseId', params: { responseId: response.id } }),
  });
  const own = data.reader === 'self';
  return (
    <Section title={t('development.rating.title')} description={<p>{t(own ? 'development.rating.intro' : 'development.rating.introLeader')}</p>}>
      {own && <Meetlat data={data} />}
      {own && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
            {data.draft ? t('development.rating.continue', { answered: data.draft.answered, total: data.draft.total }) : t('development.rating.start')}
          </button>
        </div>
      )}
      <FormError error={start.error} />
      {!data.ratingsVisible ? (
        <p className="notice">{t('development.rating.noConsent')}</p>
      ) : data.ratings.length === 0 ? (
        <p className="muted">{t('development.rating.none')}</p>
      ) : (
        <div className="grid grid-2 dev-rating-result">
          <RatingChart data={data} />
          <RatingsTable data={data} />
        </div>
      )}
    </Section>
  );
}
