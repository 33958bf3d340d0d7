import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/client';
import { meQuery } from '../api/queries';
import i18n, { rememberLanguage } from '../i18n';
import { AppErrorPage, AppLayout } from './AppLayout';
import { LoginPage } from './auth/LoginPage';
import { SetPasswordPage } from './auth/SetPasswordPage';
import { NotFoundRoute } from './NotFoundPage';

export interface RouterContext {
  queryClient: QueryClient;
}

export const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Only same-site paths are followed after login. */
export function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login') ? target : '/';
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundRoute,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>) => ({ redirect: optionalString(search.redirect) }),
  // Someone who is still signed in goes straight on.
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.fetchQuery({ ...meQuery, staleTime: 0 }).catch(() => null);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: function LoginRoute() {
    const { redirect: target } = loginRoute.useSearch();
    return <LoginPage redirectTo={safeRedirect(target)} />;
  },
});

/** The target of the invitation mail's one-time link: `/wachtwoord-instellen?token=…`. */
export const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wachtwoord-instellen',
  validateSearch: (search: Record<string, unknown>) => ({ token: optionalString(search.token) }),
  component: function SetPasswordRoute() {
    const { token } = setPasswordRoute.useSearch();
    return <SetPasswordPage token={token} />;
  },
});

/** Everything below needs a session; without one the visitor goes to login and comes back. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      if (i18n.language !== me.language) {
        rememberLanguage(me.language);
        await i18n.changeLanguage(me.language);
      }
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
  errorComponent: AppErrorPage,
});
