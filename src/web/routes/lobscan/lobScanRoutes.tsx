import { createRoute } from '@tanstack/react-router';
import '../../styles/lobscan.css';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { LobScanListPage, LobScanPage } from './LobScanPage';

/** The LOB-scan: for team members (counsellors) and team leaders (managers). */
const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/lob-scan',
  component: function LobScanListRoute() {
    return (
      <RequireRole roles={['counsellor', 'manager']}>
        <LobScanListPage />
      </RequireRole>
    );
  },
});

const detailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/lob-scan/$campaignId',
  component: function LobScanRoute() {
    const { campaignId } = detailRoute.useParams();
    return (
      <RequireRole roles={['counsellor', 'manager']}>
        <LobScanPage campaignId={campaignId} />
      </RequireRole>
    );
  },
});

export const lobScanRoutes = [listRoute, detailRoute] as const;
