import { createRoute, Outlet, redirect } from '@tanstack/react-router';
import { appRoute, optionalString } from '../base';
import { RequireRole } from '../NotFoundPage';
import { AssignmentsPage } from './assignments/AssignmentsPage';
import { AuditPage } from './audit/AuditPage';
import { ImportDetailPage } from './imports/ImportDetailPage';
import { ImportsPage } from './imports/ImportsPage';
import { InstrumentsPage } from './instruments/InstrumentsPage';
import { PsychometricsPage } from './instruments/PsychometricsPage';
import { signalRoutes } from './signals/signalRoutes';
import { OutboxPage } from './outbox/OutboxPage';
import { StructurePage } from './structure/StructurePage';
import { TeamsAdminPage } from './teams/TeamsAdminPage';
import { UsersPage } from './users/UsersPage';

/** Functioneel beheer: only for administrators. */
function AdminGuard() {
  return (
    <RequireRole roles={['admin']}>
      <Outlet />
    </RequireRole>
  );
}

const adminLayout = createRoute({ getParentRoute: () => appRoute, path: '/admin', component: AdminGuard });

const adminIndex = createRoute({
  getParentRoute: () => adminLayout,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/' });
  },
});

const structureRoute = createRoute({ getParentRoute: () => adminLayout, path: 'structure', component: StructurePage });
const usersRoute = createRoute({ getParentRoute: () => adminLayout, path: 'users', component: UsersPage });

const assignmentsRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: 'assignments',
  validateSearch: (search: Record<string, unknown>) => ({ counsellorId: optionalString(search.counsellorId) }),
  component: function AssignmentsRoute() {
    const { counsellorId } = assignmentsRoute.useSearch();
    return <AssignmentsPage counsellorId={counsellorId} />;
  },
});

const importsRoute = createRoute({ getParentRoute: () => adminLayout, path: 'imports', component: ImportsPage });
const importDetailRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: 'imports/$importId',
  component: function ImportDetailRoute() {
    const { importId } = importDetailRoute.useParams();
    return <ImportDetailPage importId={importId} />;
  },
});

const instrumentsRoute = createRoute({ getParentRoute: () => adminLayout, path: 'instrumenten', component: InstrumentsPage });
const psychometricsRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: 'instrumenten/$instrumentId',
  component: function PsychometricsRoute() {
    const { instrumentId } = psychometricsRoute.useParams();
    return <PsychometricsPage instrumentId={instrumentId} />;
  },
});

const auditRoute = createRoute({ getParentRoute: () => adminLayout, path: 'audit', component: AuditPage });
const outboxRoute = createRoute({ getParentRoute: () => adminLayout, path: 'outbox', component: OutboxPage });
const teamsRoute = createRoute({ getParentRoute: () => adminLayout, path: 'teams', component: TeamsAdminPage });

export const adminRoute = adminLayout.addChildren([
  adminIndex,
  structureRoute,
  usersRoute,
  assignmentsRoute,
  importsRoute,
  importDetailRoute,
  instrumentsRoute,
  psychometricsRoute,
  auditRoute,
  outboxRoute,
  teamsRoute,
  ...signalRoutes(() => adminLayout),
]);
