import { createRoute } from '@tanstack/react-router';
import { AccountPage } from './account/AccountPage';
import { appRoute } from './base';
import { HomePage } from './home/HomePage';
import { StudentFilePage } from './students/StudentFilePage';
import { StudentsPage } from './students/StudentsPage';

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const studentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/students', component: StudentsPage });

const studentFileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/students/$studentId',
  component: function StudentFileRoute() {
    const { studentId } = studentFileRoute.useParams();
    return <StudentFilePage studentId={studentId} />;
  },
});

const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/account', component: AccountPage });

export const appChildRoutes = [homeRoute, studentsRoute, studentFileRoute, accountRoute] as const;
