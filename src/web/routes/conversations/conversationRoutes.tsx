import '../../styles/conversations.css';
import '../../styles/conversation-conduct.css';
import '../../styles/conversation-outcomes.css';
import { createRoute, Navigate } from '@tanstack/react-router';
import { useMe } from '../../api/queries';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { ClosePage } from './ClosePage';
import { ConductPage } from './ConductPage';
import { ConversationPage } from './ConversationPage';
import { ConversationsPage } from './ConversationsPage';
import { InsightPage } from './InsightPage';
import { OverviewPage } from './OverviewPage';
import { conversationPaths } from './paths';

/** `/gesprekken`: a student's own talks; a counsellor lands on the caseload overview instead. */
function OwnConversations() {
  const me = useMe();
  if (me.role === 'counsellor') return <Navigate to={conversationPaths.overview} replace />;
  return (
    <RequireRole roles={['student']}>
      <ConversationsPage studentId={me.id} />
    </RequireRole>
  );
}

const ownConversationsRoute = createRoute({ getParentRoute: () => appRoute, path: '/gesprekken', component: OwnConversations });

const studentConversationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/students/$studentId/gesprekken',
  component: function StudentConversationsRoute() {
    const { studentId } = studentConversationsRoute.useParams();
    return (
      <RequireRole roles={['student', 'counsellor']}>
        <ConversationsPage studentId={studentId} />
      </RequireRole>
    );
  },
});

const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/gesprekken/overzicht',
  component: function ConversationOverviewRoute() {
    return (
      <RequireRole roles={['counsellor']}>
        <OverviewPage />
      </RequireRole>
    );
  },
});

const conversationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/gesprekken/$conversationId',
  component: function ConversationRoute() {
    const { conversationId } = conversationRoute.useParams();
    return (
      <RequireRole roles={['student', 'counsellor']}>
        <ConversationPage key={conversationId} conversationId={conversationId} />
      </RequireRole>
    );
  },
});

const conductRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/gesprekken/$conversationId/voeren',
  component: function ConductRoute() {
    const { conversationId } = conductRoute.useParams();
    return (
      <RequireRole roles={['counsellor']}>
        <ConductPage key={conversationId} conversationId={conversationId} />
      </RequireRole>
    );
  },
});

const closeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/gesprekken/$conversationId/afronden',
  component: function CloseRoute() {
    const { conversationId } = closeRoute.useParams();
    return (
      <RequireRole roles={['counsellor']}>
        <ClosePage key={conversationId} conversationId={conversationId} />
      </RequireRole>
    );
  },
});

/** Aggregates only, for those who steer the team: managers and administrators. */
const insightRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inzicht/gesprekken',
  component: function ConversationInsightRoute() {
    return (
      <RequireRole roles={['manager', 'admin']}>
        <InsightPage />
      </RequireRole>
    );
  },
});

export const conversationRoutes = [
  ownConversationsRoute,
  studentConversationsRoute,
  overviewRoute,
  conversationRoute,
  conductRoute,
  closeRoute,
  insightRoute,
] as const;
