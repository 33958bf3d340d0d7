import { createRoute } from '@tanstack/react-router';
import '../../styles/questionnaire.css';
import '../../styles/competencies.css';
import { appRoute, rootRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { CompetenciesPage } from './CompetenciesPage';
import { FillResponsePage } from './FillResponsePage';
import { ScanPage } from './ScanPage';

/** The student's own page; counsellors see a student's competencies in the student file. */
export const competenciesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/competenties',
  component: function CompetenciesRoute() {
    return (
      <RequireRole roles={['student']}>
        <CompetenciesPage />
      </RequireRole>
    );
  },
});

/** Filling in: the student's self-assessment, or a counsellor's competence scan of a student. */
export const fillResponseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/competenties/invullen/$responseId',
  component: function FillResponseRoute() {
    const { responseId } = fillResponseRoute.useParams();
    return (
      <RequireRole roles={['student', 'counsellor']}>
        <FillResponsePage responseId={responseId} />
      </RequireRole>
    );
  },
});

/** Public: an external placement supervisor's personal link to the scan, outside the signed-in app. */
export const scanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scan/$token',
  component: function ScanRoute() {
    const { token } = scanRoute.useParams();
    return <ScanPage token={token} />;
  },
});
