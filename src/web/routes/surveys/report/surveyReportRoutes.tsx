import '../../../styles/survey-report.css';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { appRoute, optionalString } from '../../base';
import { RequireRole } from '../../NotFoundPage';
import { SurveyReportPage, type ReportSearch } from './SurveyReportPage';

function validateSearch(search: Record<string, unknown>): ReportSearch {
  return {
    groupBy: search.groupBy === 'programme' ? 'programme' : search.groupBy === 'sector' ? 'sector' : undefined,
    outcome: optionalString(search.outcome),
    predictors: optionalString(search.predictors),
    controls: optionalString(search.controls),
  };
}

/** Aggregates only, for those who steer programmes: managers and administrators. */
const surveyReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kwaliteitsmonitor/$campaignId/rapport',
  validateSearch,
  component: function SurveyReportRoute() {
    const { campaignId } = surveyReportRoute.useParams();
    const search = surveyReportRoute.useSearch();
    const navigate = useNavigate();
    return (
      <RequireRole roles={['manager', 'admin']}>
        <SurveyReportPage
          campaignId={campaignId}
          search={search}
          onSearch={(next) => void navigate({ to: '/kwaliteitsmonitor/$campaignId/rapport', params: { campaignId }, search: next })}
        />
      </RequireRole>
    );
  },
});

export const surveyReportRoutes = [surveyReportRoute] as const;
