import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { SharedPageContent } from '../shared-page/SharedPageContent';
import { sharedPage, sharedWithMe, showcaseKeys } from './ShowcaseApi';

/** "Gedeeld met mij": pages students shared with the signed-in user, while the share lasts. */
export function SharedWithMePage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: showcaseKeys.sharedWithMe, queryFn: sharedWithMe });
  return (
    <Page title={t('showcase.sharedWithMe.title')} intro={<p>{t('showcase.sharedWithMe.intro')}</p>}>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('showcase.sharedWithMe.emptyTitle')}>{t('showcase.sharedWithMe.emptyText')}</EmptyState>
          ) : (
            <ul className="showcase-list card">
              {data.items.map((i) => (
                <li key={i.shareId}>
                  <Link to="/gedeeld-met-mij/$pageId" params={{ pageId: i.pageId }}>
                    {i.title}
                  </Link>
                  <span className="muted">
                    {' · '}
                    {i.studentName} · {i.expiresAt ? t('showcase.sharedWithMe.until', { date: formatDate(i.expiresAt) }) : formatDate(i.sharedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

export function SharedWithMeViewPage({ pageId }: { pageId: string }) {
  const { t } = useTranslation();
  // Each open is a logged view: no refetching in the background.
  const page = useQuery({ queryKey: [...showcaseKeys.sharedWithMe, pageId], queryFn: () => sharedPage(pageId), staleTime: Infinity, refetchOnWindowFocus: false });
  return (
    <QueryState query={page}>
      {(data) => (
        <Page
          title={data.title}
          intro={
            <>
              <p>{t('showcase.view.by', { name: data.studentName, date: formatDate(data.updatedAt) })}</p>
              <p>
                <Link to="/gedeeld-met-mij">{t('showcase.sharedWithMe.back')}</Link>
              </p>
            </>
          }
        >
          <SharedPageContent page={data} files={{ kind: 'shared', pageId }} />
        </Page>
      )}
    </QueryState>
  );
}
