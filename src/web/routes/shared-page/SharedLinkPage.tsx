import { createRoute } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import '../../styles/showcase.css';
import { isApiError } from '../../api/client';
import { AppShell } from '../../components/AppShell';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { formatDate } from '../../lib/format';
import { rootRoute } from '../base';
import { linkPage } from '../portfolio/ShowcaseApi';
import { SharedPageContent } from './SharedPageContent';

/**
 * `/gedeeld/$token`: a showcase page opened through a link. No account needed: the link is the
 * key, it opens this one page, and it stops working when it expires or the student withdraws it.
 */
export function SharedLinkPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const page = useQuery({ queryKey: ['shared-link', token], queryFn: () => linkPage(token), retry: false });

  let content;
  if (page.isPending) content = <Loading />;
  else if (isApiError(page.error, 'share_link_gone') || isApiError(page.error, 'not_found')) {
    const reason = isApiError(page.error, 'share_link_gone') ? 'gone' : 'unknown';
    content = (
      <Page title={t(`showcase.link.${reason}.title`)}>
        <div className="card prose">
          <p>{t(`showcase.link.${reason}.text`)}</p>
        </div>
      </Page>
    );
  } else if (page.isError || !page.data) content = <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  else
    content = (
      <Page title={page.data.title} intro={<p>{t('showcase.view.by', { name: page.data.studentName, date: formatDate(page.data.updatedAt) })}</p>}>
        <SharedPageContent page={page.data} files={{ kind: 'link', token }} />
      </Page>
    );

  return (
    <AppShell me={null}>
      <div className="scan-layout">{content}</div>
    </AppShell>
  );
}

export const sharedLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/gedeeld/$token',
  component: function SharedLinkRoute() {
    const { token } = sharedLinkRoute.useParams();
    return <SharedLinkPage token={token} />;
  },
});
