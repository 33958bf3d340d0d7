import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { IntakePage } from './IntakePage';
import { MilestonesAdminPage } from './MilestonesAdminPage';

/** The intake of a student (counsellor, admin, the student themself) and the admin's milestones per programme. */
const intakeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/students/$studentId/intake',
  component: function IntakeRoute() {
    const { studentId } = intakeRoute.useParams();
    return (
      <RequireRole roles={['counsellor', 'admin', 'student']}>
        <IntakePage studentId={studentId} />
      </RequireRole>
    );
  },
});

const milestonesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/mijlpalen',
  component: () => (
    <RequireRole roles={['admin']}>
      <MilestonesAdminPage />
    </RequireRole>
  ),
});

export const intakeRoutes = [intakeRoute, milestonesRoute] as const;
