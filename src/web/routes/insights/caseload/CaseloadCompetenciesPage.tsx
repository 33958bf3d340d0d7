import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CaseloadCompetencies } from '../../../../shared/competencies';
import { api } from '../../../api/client';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { CaseloadTable } from './CaseloadTable';
import { Pager } from './Pager';
import type { SortDir } from './SortHeader';

export const CASELOAD_PAGE_SIZE = 50;

export interface CaseloadSearch {
  sort?: string;
  dir?: SortDir;
  page?: number;
}

/**
 * Counsellor: the latest self-assessment of every student in the caseload. Sorting happens on the
 * server (students without a measurement come last there); sort and page live in the address, so
 * the back button and a shared link keep them.
 */
export function CaseloadCompetenciesPage({ search }: { search: CaseloadSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sort = search.sort ?? 'name';
  const dir = search.dir ?? 'asc';
  const offset = ((search.page ?? 1) - 1) * CASELOAD_PAGE_SIZE;
  const query = useQuery({
    queryKey: ['insights', 'caseload', { sort, dir, offset }],
    queryFn: ({ signal }) =>
      api<CaseloadCompetencies>('/caseload/competencies', { signal }, { sort, dir, limit: CASELOAD_PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  });

  // A second click on the sorted column turns the order round; a new column starts ascending.
  // Sorting replaces the history entry and keeps the scroll position, next to the button pressed.
  const onSort = (column: string) =>
    void navigate({
      to: '/competenties/caseload',
      search: { sort: column, dir: column === sort && dir === 'asc' ? 'desc' : 'asc' },
      replace: true,
      resetScroll: false,
    });
  const onPage = (nextOffset: number) =>
    void navigate({ to: '/competenties/caseload', search: { sort, dir, page: nextOffset / CASELOAD_PAGE_SIZE + 1 } });
  const title = t('insights.caseload.title');

  return (
    <Page title={title} intro={<p>{t('insights.caseload.intro')}</p>}>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>
          {(data) =>
            data.total === 0 ? (
              <EmptyState title={t('insights.caseload.empty')}>
                <p>{t('insights.caseload.emptyText')}</p>
              </EmptyState>
            ) : (
              <>
                <p className="note">{t('insights.caseload.legend')}</p>
                <CaseloadTable data={data} label={title} sort={sort} dir={dir} onSort={onSort} />
                <Pager offset={offset} limit={CASELOAD_PAGE_SIZE} shown={data.items.length} total={data.total} onPage={onPage} />
              </>
            )
          }
        </QueryState>
      </div>
    </Page>
  );
}
