import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { SignalSettingsPage } from './SignalSettingsPage';
import { TestResultsPage } from './TestResultsPage';

/*
 * Built for the admin layout route, which hands itself in: the layout is not exported, and taking
 * it as an argument keeps this file free of an import cycle with adminRoutes.tsx. The layout
 * already checks that the user is an administrator.
 */
export function signalRoutes<TParent extends AnyRoute>(parent: () => TParent) {
  const settings = createRoute({ getParentRoute: parent, path: 'signalen', component: SignalSettingsPage });
  const testResults = createRoute({ getParentRoute: parent, path: 'toetsresultaten', component: TestResultsPage });
  return [settings, testResults] as const;
}
