import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { createPage, listPages, PORTFOLIO_PDF_HREF, showcaseKeys } from './ShowcaseApi';

/** The student's showcase pages, a new one, and the whole portfolio as PDF. */
export function ShowcaseListPage() {
  const { t } = useTranslation();
  const pages = useQuery({ queryKey: showcaseKeys.pages, queryFn: listPages });
  const [title, setTitle] = useState('');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createPage({ title }),
    onSuccess: async (page) => {
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.pages });
      await navigate({ to: '/portfolio/showcase/$pageId', params: { pageId: page.id } });
    },
  });

  return (
    <Page
      title={t('showcase.list.title')}
      intro={<p>{t('showcase.list.intro')}</p>}
      actions={
        <>
          <a className="button button-secondary" href={PORTFOLIO_PDF_HREF} download>
            {t('showcase.list.portfolioPdf')}
          </a>
          <Link className="button button-secondary" to="/portfolio/bestanden">
            {t('showcase.files.title')}
          </Link>
          <Link className="button button-secondary" to="/portfolio/zichtbaarheid">
            {t('showcase.visibility.title')}
          </Link>
        </>
      }
    >
      <Section title={t('showcase.list.new')}>
        <form
          className="form-inline"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) create.mutate();
          }}
        >
          <TextField label={t('showcase.list.pageTitle')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={150} required />
          <button type="submit" className="button" disabled={create.isPending}>
            {t('showcase.list.create')}
          </button>
        </form>
        <FormError error={create.error} />
      </Section>
      <Section title={t('showcase.list.mine')}>
        <QueryState query={pages}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('showcase.list.emptyTitle')}>{t('showcase.list.emptyText')}</EmptyState>
            ) : (
              <ul className="showcase-list">
                {data.items.map((p) => (
                  <li key={p.id}>
                    <Link to="/portfolio/showcase/$pageId" params={{ pageId: p.id }}>
                      {p.title}
                    </Link>
                    <span className="muted">
                      {' · '}
                      {t('showcase.list.summary', { items: p.itemCount, shares: p.activeShares, views: p.views, date: formatDate(p.updatedAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Section>
    </Page>
  );
}
