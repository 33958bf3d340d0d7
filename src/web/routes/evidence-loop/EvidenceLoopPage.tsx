import { queryOptions, useQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EvidenceLoop } from '../../../shared/evidence-loop';
import { api } from '../../api/client';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import '../../styles/lobscan.css';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';

const evidenceLoopQuery = () => queryOptions({ queryKey: ['evidence-loop'], queryFn: () => api<EvidenceLoop>('/evidence-loop') });

const fmt = (v: number | null, lang: string, digits = 2) =>
  v === null ? '–' : v.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The study's analysis on the institution's own data, explained for a team meeting. */
export function EvidenceLoopPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const query = useQuery(evidenceLoopQuery());
  return (
    <Page title={t('lobscan.evidence.title')} intro={<p>{t('lobscan.evidence.intro')}</p>}>
      <QueryState query={query}>
        {(data) => (
          <>
            <Section title={t('lobscan.evidence.explanationTitle')}>
              <ul className="evidence-explanation">
                {data.explanation.findings[lang].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Section>
            <Section title={t('lobscan.evidence.limitsTitle')}>
              <ul className="evidence-explanation">
                {data.explanation.limits[lang].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Section>
            {data.status === 'ok' && (
              <Section
                title={t('lobscan.evidence.programmesTitle')}
                description={<p>{t('lobscan.evidence.programmesIntro', { min: data.minGroupSize, count: data.programmesLeftOut })}</p>}
              >
                <TableWrap label={t('lobscan.evidence.programmesTitle')}>
                  <table className="table-compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('lobscan.evidence.programme')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.students')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.growth')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.conversations')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.withFeedback')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.correlation')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.practice')}</th>
                        <th scope="col" className="num">{t('lobscan.evidence.demand')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.programmes.map((p) => (
                        <tr key={p.id ?? 'other'}>
                          <th scope="row">{p.id === null ? t('lobscan.evidence.other') : p.name}</th>
                          <td className="num">{p.n}</td>
                          <td className="num">{fmt(p.meanGrowth, lang)}</td>
                          <td className="num">{fmt(p.meanConversations, lang, 1)}</td>
                          <td className="num">{p.withFeedback}</td>
                          <td className="num">{fmt(p.r, lang)}</td>
                          <td className="num">{fmt(p.practiceOriented, lang)}</td>
                          <td className="num">{fmt(p.demandOriented, lang)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
                <p className="muted">{data.learningEnvironmentSource ? t('lobscan.evidence.contextFrom', { title: data.learningEnvironmentSource.title }) : t('lobscan.evidence.noContext')}</p>
              </Section>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}

export const evidenceLoopRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/evidence-loop',
  component: function EvidenceLoopRoute() {
    return (
      <RequireRole roles={['manager', 'admin']}>
        <EvidenceLoopPage />
      </RequireRole>
    );
  },
});
