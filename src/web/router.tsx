import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { adminRoute } from './routes/admin/adminRoutes';
import { appChildRoutes } from './routes/appRoutes';
import { appRoute, loginRoute, rootRoute, setPasswordRoute } from './routes/base';
import { scanRoute } from './routes/competencies/competencyRoutes';
import { surveyLinkRoute } from './routes/surveys/surveyRoutes';
import { NotFoundRoute } from './routes/NotFoundPage';
import { sharedLinkRoute } from './routes/shared-page/SharedLinkPage';
import { feedbackLinkRoute } from './routes/portfolio/PortfolioRoutes';

const routeTree = rootRoute.addChildren([loginRoute, setPasswordRoute, scanRoute, sharedLinkRoute, feedbackLinkRoute, surveyLinkRoute, appRoute.addChildren([...appChildRoutes, adminRoute])]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    scrollRestoration: true,
    defaultNotFoundComponent: NotFoundRoute,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
