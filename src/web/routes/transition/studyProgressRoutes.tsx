import '../../styles/study-progress.css';
import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { BsaFirstYearsPage } from './BsaFirstYearsPage';
import { BsaNormsPage } from './BsaNormsPage';
import { BsaStudentPage } from './BsaStudentPage';
import { DropoutPage } from './DropoutPage';

const firstYearsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/studievoortgang',
  component: () => (
    <RequireRole roles={['counsellor', 'admin']}>
      <BsaFirstYearsPage />
    </RequireRole>
  ),
});

const studentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/studievoortgang/$studentId',
  component: function StudyProgressStudentRoute() {
    const { studentId } = studentRoute.useParams();
    return (
      <RequireRole roles={['counsellor', 'admin']}>
        <BsaStudentPage studentId={studentId} />
      </RequireRole>
    );
  },
});

const normsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/bsa-normen',
  component: () => (
    <RequireRole roles={['admin']}>
      <BsaNormsPage />
    </RequireRole>
  ),
});

/** Aggregates only: managers and administrators. */
const dropoutRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inzicht/uitval',
  component: () => (
    <RequireRole roles={['manager', 'admin']}>
      <DropoutPage />
    </RequireRole>
  ),
});

export const studyProgressRoutes = [firstYearsRoute, studentRoute, normsRoute, dropoutRoute] as const;
