import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { meQuery, useMe } from '../api/queries';
import { AppShell, useInShell } from '../components/AppShell';
import { Page } from '../components/Page';
import { Loading } from '../components/States';

/** Unknown paths: inside the app shell when signed in, in the public frame otherwise. */
export function NotFoundRoute() {
  const inShell = useInShell();
  const me = useQuery({ ...meQuery, enabled: !inShell });
  if (inShell) return <NotFoundPage />;
  if (me.isPending) return <Loading />;
  return (
    <AppShell me={me.data ?? null}>
      <NotFoundPage />
    </AppShell>
  );
}

/** A page that only explains and offers the way back to the start page. */
function MessagePage({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <div className="card prose">
        <p>{text}</p>
        <p>
          <Link to="/" className="button">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </Page>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('notFound.title')} text={t('notFound.text')} />;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
}

/** Pages that belong to some roles only; the server checks too, this explains it in the app. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  return roles.includes(me.role) ? <>{children}</> : <ForbiddenPage />;
}
