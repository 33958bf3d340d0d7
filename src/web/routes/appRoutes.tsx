import { createRoute } from '@tanstack/react-router';
import { RequireRole } from './NotFoundPage';
import { AccountPage } from './account/AccountPage';
import { appRoute } from './base';
import { competenciesRoute, fillResponseRoute } from './competencies/competencyRoutes';
import { guidanceRoutes } from './guidance/guidanceRoutes';
import { HomePage } from './home/HomePage';
import { studyProgressRoutes } from './transition/studyProgressRoutes';
import { insightRoutes } from './insights/insightRoutes';
import { StudentFilePage } from './students/StudentFilePage';
import { StudentsPage } from './students/StudentsPage';
import { cadenceRoutes } from './admin/cadence/cadenceRoutes';
import { conversationRoutes } from './conversations/conversationRoutes';
import { developmentRoutes } from './development/developmentRoutes';
import { portfolioRoutes } from './portfolio/PortfolioRoutes';
import { surveyReportRoutes } from './surveys/report/surveyReportRoutes';
import { surveyRoutes } from './surveys/surveyRoutes';
import { showcaseRoutes } from './portfolio/ShowcaseRoutes';
import { dossierRoutes } from './portfolio/DossierRoutes';
import { lobScanRoutes } from './lobscan/lobScanRoutes';
import { evidenceLoopRoute } from './evidence-loop/EvidenceLoopPage';
import { intakeRoutes } from './transition/intakeRoutes';

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

/** The list of students exists for counsellors (their caseload) and admins. */
function StudentsListGuard() {
  return (
    <RequireRole roles={['counsellor', 'admin']}>
      <StudentsPage />
    </RequireRole>
  );
}

const studentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/students', component: StudentsListGuard });

const studentFileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/students/$studentId',
  component: function StudentFileRoute() {
    const { studentId } = studentFileRoute.useParams();
    return <StudentFilePage studentId={studentId} />;
  },
});

const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/account', component: AccountPage });

export const appChildRoutes = [homeRoute, studentsRoute, studentFileRoute, accountRoute, competenciesRoute, fillResponseRoute, ...insightRoutes, ...guidanceRoutes, ...conversationRoutes, ...cadenceRoutes, ...developmentRoutes, ...showcaseRoutes, ...surveyRoutes, ...surveyReportRoutes, ...portfolioRoutes, ...dossierRoutes, ...studyProgressRoutes, ...lobScanRoutes, evidenceLoopRoute, ...intakeRoutes] as const;
