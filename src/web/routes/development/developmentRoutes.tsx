import { createRoute } from '@tanstack/react-router';
import '../../styles/development.css';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { DevelopmentPage } from './DevelopmentPage';
import { EvaluationFillPage, EvaluationPage } from './EvaluationPage';
import { MemberPage } from './MemberPage';
import { RatePage } from './RatePage';
import { TeamOverviewPage } from './TeamOverviewPage';
import { TeamPage } from './TeamPage';

/** Counsellor professionalisation: own development, rating (self or a colleague), the team leader's pages. */
const developmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ontwikkeling',
  component: function DevelopmentRoute() {
    return (
      <RequireRole roles={['counsellor']}>
        <DevelopmentPage />
      </RequireRole>
    );
  },
});

const rateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ontwikkeling/beoordelen/$responseId',
  component: function RateRoute() {
    const { responseId } = rateRoute.useParams();
    return (
      <RequireRole roles={['counsellor', 'manager']}>
        <RatePage responseId={responseId} />
      </RequireRole>
    );
  },
});

const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  component: function TeamRoute() {
    return (
      <RequireRole roles={['manager']}>
        <TeamPage />
      </RequireRole>
    );
  },
});

const teamOverviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/$teamId',
  component: function TeamOverviewRoute() {
    const { teamId } = teamOverviewRoute.useParams();
    return (
      <RequireRole roles={['manager']}>
        <TeamOverviewPage teamId={teamId} />
      </RequireRole>
    );
  },
});

const memberRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/medewerker/$counsellorId',
  component: function MemberRoute() {
    const { counsellorId } = memberRoute.useParams();
    return (
      <RequireRole roles={['manager']}>
        <MemberPage counsellorId={counsellorId} />
      </RequireRole>
    );
  },
});

// The end-of-year evaluation of guidance, for students.
const evaluationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/evaluatie',
  component: function EvaluationRoute() {
    return (
      <RequireRole roles={['student']}>
        <EvaluationPage />
      </RequireRole>
    );
  },
});

const evaluationFillRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/evaluatie/$responseId',
  component: function EvaluationFillRoute() {
    const { responseId } = evaluationFillRoute.useParams();
    return (
      <RequireRole roles={['student']}>
        <EvaluationFillPage responseId={responseId} />
      </RequireRole>
    );
  },
});

export const developmentRoutes = [developmentRoute, rateRoute, teamRoute, teamOverviewRoute, memberRoute, evaluationRoute, evaluationFillRoute] as const;
