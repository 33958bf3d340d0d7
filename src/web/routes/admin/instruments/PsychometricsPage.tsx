import '../../../styles/insights.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Psychometrics } from '../../../../shared/competencies';
import { isApiError } from '../../../api/client';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import { localized } from '../../insights/format';
import { psychometricsQuery, instrumentsQuery } from './queries';
import { ScaleReliability } from './ScaleReliability';

/** Reliability of one questionnaire version: Cronbach's alpha per scale and item-total correlations. */
export function PsychometricsPage({ instrumentId }: { instrumentId: string }) {
  const { t } = useTranslation();
  const list = useQuery(instrumentsQuery);
  const query = useQuery(psychometricsQuery(instrumentId));
  const version = list.data?.items.find((item) => item.id === instrumentId);
  const title = version
    ? t('insights.psychometrics.title', { title: localized(version.title), version: version.version })
    : t('insights.psychometrics.titleFallback');

  return (
    <Page
      title={title}
      intro={<p>{t('insights.psychometrics.intro')}</p>}
      actions={
        <Link to="/admin/instrumenten" className="button button-secondary">
          {t('insights.psychometrics.back')}
        </Link>
      }
    >
      <div aria-busy={query.isFetching || list.isFetching}>
        {isApiError(query.error, 'not_found') ? (
          <EmptyState title={t('insights.psychometrics.notFound')} />
        ) : (
          <QueryState query={query}>{(data) => <PsychometricsContent data={data} />}</QueryState>
        )}
      </div>
    </Page>
  );
}

function PsychometricsContent({ data }: { data: Psychometrics }) {
  const { t } = useTranslation();
  if (data.scales === null) {
    return (
      <EmptyState title={t('insights.psychometrics.tooFew', { min: formatNumber(data.minResponses), n: formatNumber(data.responses) })}>
        <p>{t('insights.psychometrics.tooFewText')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <div className="card prose">
        <p>
          <strong>{t('insights.psychometrics.basedOn', { count: data.responses })}</strong>
        </p>
        <h2 className="h3">{t('insights.psychometrics.howToRead')}</h2>
        <p>{t('insights.psychometrics.alphaExplained')}</p>
        <p>{t('insights.psychometrics.itemTotalExplained')}</p>
      </div>
      {data.scales.map((scale) => (
        <ScaleReliability key={scale.code} scale={scale} />
      ))}
    </div>
  );
}
