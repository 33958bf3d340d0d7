import '../../styles/insights.css';
import { createRoute } from '@tanstack/react-router';
import { appRoute, optionalString } from '../base';
import { RequireRole } from '../NotFoundPage';
import { CaseloadCompetenciesPage, type CaseloadSearch } from './caseload/CaseloadCompetenciesPage';
import { CompetencyStatsPage } from './stats/CompetencyStatsPage';

function validateCaseloadSearch(search: Record<string, unknown>): CaseloadSearch {
  const page = Number(search.page);
  return {
    sort: optionalString(search.sort),
    dir: search.dir === 'desc' ? 'desc' : search.dir === 'asc' ? 'asc' : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

const caseloadCompetenciesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/competenties/caseload',
  validateSearch: validateCaseloadSearch,
  component: function CaseloadCompetenciesRoute() {
    const search = caseloadCompetenciesRoute.useSearch();
    return (
      <RequireRole roles={['counsellor']}>
        <CaseloadCompetenciesPage search={search} />
      </RequireRole>
    );
  },
});

/** Aggregates only, for those who steer programmes: managers and administrators. */
const competencyStatsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inzicht/competenties',
  component: function CompetencyStatsRoute() {
    return (
      <RequireRole roles={['manager', 'admin']}>
        <CompetencyStatsPage />
      </RequireRole>
    );
  },
});

export const insightRoutes = [caseloadCompetenciesRoute, competencyStatsRoute] as const;
