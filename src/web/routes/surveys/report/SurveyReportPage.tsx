import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GROUP_DIMENSIONS, type CompareBy, type GroupDimension, type SurveyReport } from '../../../../shared/survey-report';
import { api, apiPath, type Query } from '../../../api/client';
import { SelectField } from '../../../components/Fields';
import { Page, Section } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { formatDate } from '../../../lib/format';
import { ComparisonTable } from './ComparisonTable';
import { CorrelationTable } from './CorrelationTable';
import { ItemTable } from './ItemTable';
import { RegressionPanel, type RegressionChoice } from './RegressionPanel';
import { ScaleCards } from './ScaleCards';

export interface ReportSearch {
  groupBy?: CompareBy;
  outcome?: string;
  predictors?: string;
  controls?: string;
}

const queryOf = (search: ReportSearch): Query => ({ groupBy: search.groupBy, outcome: search.outcome, predictors: search.predictors, controls: search.controls });

/** Manager and admin: the report of one campaign, with downloads of the same figures and the data. */
export function SurveyReportPage({ campaignId, search, onSearch }: { campaignId: string; search: ReportSearch; onSearch: (s: ReportSearch) => void }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['surveys', campaignId, 'report', search],
    queryFn: ({ signal }) => api<SurveyReport>(`/surveys/${campaignId}/report`, { signal }, queryOf(search)),
    placeholderData: keepPreviousData,
  });
  const report = query.data;
  const title = report ? t('survey-report.title', { title: report.campaign.title }) : t('survey-report.titleLoading');
  const actions = report && !report.suppressed && (
    <>
      <a className="button button-secondary" href={apiPath(`/surveys/${campaignId}/report.pdf`, queryOf(search))} download>
        {t('survey-report.download.pdf')}
      </a>
      <a className="button button-secondary" href={apiPath(`/surveys/${campaignId}/export.zip`)} download>
        {t('survey-report.download.zip')}
      </a>
    </>
  );
  return (
    <Page title={title} intro={report && <p>{t('survey-report.intro', { min: report.minGroupSize })}</p>} actions={actions}>
      <div aria-busy={query.isFetching} className="stack survey-report">
        <QueryState query={query}>{(r) => <ReportContent report={r} search={search} onSearch={onSearch} />}</QueryState>
      </div>
    </Page>
  );
}

function ReportContent({ report, search, onSearch }: { report: SurveyReport; search: ReportSearch; onSearch: (s: ReportSearch) => void }) {
  const { t } = useTranslation();
  const { submitted, invited } = report.responses;
  const choice: RegressionChoice = {
    outcome: search.outcome,
    predictors: search.predictors?.split(',').filter(Boolean) ?? [],
    controls: (search.controls?.split(',').filter((c): c is GroupDimension => (GROUP_DIMENSIONS as readonly string[]).includes(c)) ?? []),
  };
  return (
    <>
      <div className="card survey-overview">
        <p>
          {t('survey-report.period', { from: formatDate(report.campaign.opensOn), to: formatDate(report.campaign.closesOn) })} ·{' '}
          {invited
            ? t('survey-report.responsesOfInvited', { count: submitted, invited, rate: Math.round((100 * submitted) / invited) })
            : t('survey-report.responses', { count: submitted })}
        </p>
        {report.suppressed && (
          <p className="notice" role="status">
            {t('survey-report.suppressedAll', { min: report.minGroupSize })}
          </p>
        )}
      </div>
      {!report.suppressed && (
        <>
          <Section title={t('survey-report.groups.title')}>
            <div className="survey-group-lists">
              {GROUP_DIMENSIONS.map((d) => (
                <div key={d}>
                  <h3>{t(`survey-report.groups.${d}`)}</h3>
                  <ul>
                    {report.groups[d].map((g) => (
                      <li key={g.label ?? ''} className={g.suppressed ? 'is-suppressed' : undefined}>
                        {g.label ?? t('survey-report.unknown')}:{' '}
                        {g.suppressed ? <em>{t('survey-report.suppressed')}</em> : t('survey-report.groups.count', { count: g.n })}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
            <SelectField
              label={t('survey-report.groupBy.label')}
              value={report.groupBy}
              onChange={(e) => onSearch({ ...search, groupBy: e.target.value === 'programme' ? 'programme' : 'sector' })}
            >
              <option value="sector">{t('survey-report.groupBy.sector')}</option>
              <option value="programme">{t('survey-report.groupBy.programme')}</option>
            </SelectField>
          </Section>
          <ScaleCards report={report} />
          <ComparisonTable report={report} />
          <CorrelationTable report={report} />
          <RegressionPanel
            report={report}
            choice={choice}
            onRun={(c) => onSearch({ ...search, outcome: c.outcome, predictors: c.predictors.join(',') || undefined, controls: c.controls.join(',') || undefined })}
          />
          <ItemTable report={report} />
        </>
      )}
    </>
  );
}
