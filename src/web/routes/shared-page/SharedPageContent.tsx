import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/States';
import type { PageItemView, SharedPageView } from '../../../shared/showcase';
import { formatDate } from '../../lib/format';
import { fileHref, type FileSource } from '../portfolio/ShowcaseApi';

// echarts is large: loaded only when a page has a chart.
const RadarChart = lazy(() => import('../competencies/RadarChart'));

/** A showcase page as its viewers see it: only what the student put on it. */
export function SharedPageContent({ page, files }: { page: SharedPageView; files: FileSource }) {
  const { t } = useTranslation();
  return (
    <div className="showcase-page">
      {page.intro && <p className="showcase-intro">{page.intro}</p>}
      {page.chart && (
        <section className="card" aria-labelledby="showcase-chart">
          <h2 id="showcase-chart">{t('showcase.view.chart')}</h2>
          <p className="muted">{t('showcase.view.chartNote', { date: formatDate(page.chart.submittedAt) })}</p>
          <div className="showcase-chart">
            <Suspense fallback={<Loading />}>
              <RadarChart
              axes={page.chart.scales.map((s) => s.label)}
              lines={[{ name: t('showcase.view.chart'), values: page.chart.scales.map((s) => s.score), kind: 'current' }]}
              min={page.chart.min}
              max={page.chart.max}
              label={t('showcase.view.chart')}
              />
            </Suspense>
          </div>
          <ul className="showcase-scores">
            {page.chart.scales.map((s) => (
              <li key={s.code}>
                {s.label}: <strong>{s.score === null ? '–' : s.score.toFixed(1)}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      {page.items.length === 0 && <p className="muted">{t('showcase.view.empty')}</p>}
      {page.items.map((item) => (
        <ItemCard key={`${item.kind}-${item.id}`} item={item} files={files} />
      ))}
    </div>
  );
}

function ItemCard({ item, files }: { item: PageItemView; files: FileSource }) {
  const { t } = useTranslation();
  const meta = [t(`showcase.kind.${item.kind}`), item.template, item.experienceType, item.organisation, item.date && formatDate(item.date)].filter(Boolean);
  return (
    <article className="card showcase-item">
      <h2>{item.title || t(`showcase.kind.${item.kind}`)}</h2>
      <p className="muted">{meta.join(' · ')}</p>
      {item.sections.map((s) => (
        <div key={s.key} className="showcase-section">
          <h3>{s.label}</h3>
          <p>{s.text}</p>
        </div>
      ))}
      {item.files.length > 0 && (
        <ul className="showcase-files">
          {item.files.map((f) => (
            <li key={f.id}>
              <a href={fileHref(files, f.id)} download={f.name}>
                {t('showcase.view.download', { name: f.name })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
