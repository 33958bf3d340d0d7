import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../components/Page';
import { EmptyState, Loading, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { LobScanPlan, PreviousPlan } from './LobScanPlan';
import { lobScanQuery, lobScansQuery, score, type LobScanResults } from './lobScanApi';

// echarts loads only when a radar is shown.
const RadarChart = lazy(() => import('../competencies/RadarChart'));

/** The LOB-scan cycles of my teams. */
export function LobScanListPage() {
  const { t } = useTranslation();
  const query = useQuery(lobScansQuery());
  return (
    <Page title={t('lobscan.title')} intro={<p>{t('lobscan.intro')}</p>}>
      <p className="notice">{t('lobscan.notice')}</p>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('lobscan.none')} />
          ) : (
            <ul className="lobscan-list">
              {data.items.map((c) => (
                <li key={c.id}>
                  <Link to="/lob-scan/$campaignId" params={{ campaignId: c.id }}>
                    {c.title}
                  </Link>{' '}
                  <span className="muted">
                    {t('lobscan.listMeta', { team: c.team.name, from: formatDate(c.opensOn), to: formatDate(c.closesOn), count: c.respondents })} · {t(`lobscan.status.${c.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

function ThemeTable({ data }: { data: LobScanResults }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <TableWrap label={t('lobscan.tableTitle')}>
      <table className="table-compact">
        <caption className="visually-hidden">{t('lobscan.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lobscan.theme')}</th>
            <th scope="col" className="num">{t('lobscan.teamMean')}</th>
            <th scope="col" className="num">{t('lobscan.range')}</th>
            {data.members.map((m) => (
              <th key={m.number} scope="col" className="num">{t('lobscan.member', { number: m.number })}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.themes.map((theme, i) => (
            <tr key={theme.code}>
              <th scope="row">{theme.title[lang]}</th>
              <td className="num">{score(theme.mean, lang)}</td>
              <td className="num">{theme.min === null ? '–' : `${score(theme.min, lang)}–${score(theme.max, lang)}`}</td>
              {data.members.map((m) => (
                <td key={m.number} className="num">{score(m.scores[i] ?? null, lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Small multiples: each member's line against the team mean, one radar per member. */
function Radars({ data }: { data: LobScanResults }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const axes = data.themes.map((th) => th.title[lang]);
  const team = data.themes.map((th) => th.mean);
  return (
    <div className="lobscan-radars">
      {data.members.map((m) => {
        const name = t('lobscan.member', { number: m.number });
        return (
          <figure key={m.number} className="lobscan-radar">
            <figcaption>{name}</figcaption>
            <Suspense fallback={<Loading />}>
            <RadarChart
              axes={axes}
              min={data.scale.min}
              max={data.scale.max}
              label={t('lobscan.radarLabel', { name })}
              lines={[
                { name: t('lobscan.teamMean'), values: team, kind: 'previous' },
                { name, values: m.scores, kind: 'current' },
              ]}
            />
            </Suspense>
          </figure>
        );
      })}
    </div>
  );
}

export function LobScanPage({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const query = useQuery(lobScanQuery(campaignId));
  return (
    <QueryState query={query}>
      {(data) => (
        <Page title={data.campaign.title} intro={<p>{t('lobscan.detailIntro', { team: data.campaign.team.name, count: data.members.length, invited: data.invited })}</p>}>
          <p className="notice">{t('lobscan.notice')}</p>
          <Section title={t('lobscan.resultsTitle')} description={<p>{t('lobscan.legend')}</p>}>
            {data.members.length === 0 ? <EmptyState title={t('lobscan.noAnswers')} /> : <><Radars data={data} /><ThemeTable data={data} /></>}
          </Section>
          {data.members.length > 0 && (
            <Section title={t('lobscan.discussTitle')}>
              <p>{t('lobscan.lowest', { themes: data.discuss.lowest.map((c) => data.themes.find((th) => th.code === c)?.title[lang] ?? c).join(', ') })}</p>
              {data.discuss.disagreement.length > 0 && (
                <p>{t('lobscan.disagreement', { themes: data.discuss.disagreement.map((c) => data.themes.find((th) => th.code === c)?.title[lang] ?? c).join(', ') })}</p>
              )}
            </Section>
          )}
          {data.previous && <PreviousPlan data={data} />}
          <LobScanPlan data={data} />
        </Page>
      )}
    </QueryState>
  );
}
