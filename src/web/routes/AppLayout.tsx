import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/queries';
import { AppShell } from '../components/AppShell';
import { Page } from '../components/Page';
import { ErrorState } from '../components/States';

/** The signed-in layout; `me` is loaded by the route's beforeLoad. */
export function AppLayout() {
  const { data: me } = useQuery(meQuery);
  return (
    <AppShell me={me ?? null}>
      <Outlet />
    </AppShell>
  );
}

/** Shown when the session check itself fails (server unreachable, 500 …). */
export function AppErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <AppShell me={null}>
      <Page title={t('errors.pageTitle')}>
        <ErrorState error={error} onRetry={() => void router.invalidate()} />
      </Page>
    </AppShell>
  );
}
