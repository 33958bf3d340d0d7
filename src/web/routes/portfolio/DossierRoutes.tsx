import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { DossierExportPage } from './DossierExportPage';
import { DossierImportPage } from './DossierImportPage';

/** The student's loopbaandossier, and importing one at intake (the student can also import their own through the API). */
const exportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portfolio/loopbaandossier',
  component: () => (
    <RequireRole roles={['student']}>
      <DossierExportPage />
    </RequireRole>
  ),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/intake/loopbaandossier',
  component: () => (
    <RequireRole roles={['counsellor', 'admin']}>
      <DossierImportPage />
    </RequireRole>
  ),
});

export const dossierRoutes = [exportRoute, importRoute] as const;
