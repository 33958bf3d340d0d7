import '../../../styles/conversation-outcomes.css';
import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../base';
import { RequireRole } from '../../NotFoundPage';
import { CadenceNormsPage } from './CadenceNormsPage';

/*
 * Hung under the app route with its full path (the admin layout route is not exported), so it
 * carries the administrator check itself, like the pages of the admin layout do through it.
 */
const cadenceNormsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/gespreksnormen',
  component: function CadenceNormsRoute() {
    return (
      <RequireRole roles={['admin']}>
        <CadenceNormsPage />
      </RequireRole>
    );
  },
});

export const cadenceRoutes = [cadenceNormsRoute] as const;
