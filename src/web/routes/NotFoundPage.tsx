import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/queries';
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

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <div className="card prose">
        <p>{t('notFound.text')}</p>
        <p>
          <Link to="/" className="button">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </Page>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')}>
      <div className="card prose">
        <p>{t('forbidden.text')}</p>
        <p>
          <Link to="/" className="button">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </Page>
  );
}
