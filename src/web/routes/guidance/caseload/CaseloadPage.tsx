import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow, Light, SignalCode } from '../../../../shared/guidance';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/hooks';
import { caseloadQuery, type CaseloadSort } from '../guidanceApi';
import { CaseloadTable } from './CaseloadTable';
import { CaseloadToolbar } from './CaseloadToolbar';
import { LightBadge } from './LightBadge';

export interface CaseloadSearch {
  q?: string;
  light?: Light;
  signal?: SignalCode;
  sort?: CaseloadSort;
}

const LIGHTS: readonly Light[] = ['red', 'orange', 'green'];

/**
 * Counsellor: the whole caseload with a traffic light per student and the reasons behind it.
 * Filtering and sorting happen on the server; the filters live in the address so the back button
 * and a shared link keep them.
 */
export function CaseloadPage({ search }: { search: CaseloadSearch }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const q = useDebounced(text.trim());
  const sort = search.sort ?? 'light';
  const filtered = !!(search.q || search.light || search.signal);

  const update = (next: Partial<CaseloadSearch>) =>
    void navigate({ to: '/caseload', search: { ...search, ...next }, replace: true, resetScroll: false });

  useEffect(() => {
    if (q !== (search.q ?? '')) update({ q: q || undefined });
    // Only the settled search text moves the address; the other filters are already there.
  }, [q]);

  // The unfiltered caseload gives the counts per light; without filters it is the list itself.
  const all = useQuery(caseloadQuery({ sort: 'light' }, i18n.language));
  const list = useQuery({
    ...caseloadQuery({ q: search.q, light: search.light, signal: search.signal, sort }, i18n.language),
    placeholderData: keepPreviousData,
  });
  const counts = useMemo(() => countLights(all.data ?? []), [all.data]);
  const clear = () => {
    setText('');
    update({ q: undefined, light: undefined, signal: undefined });
  };

  return (
    <Page
      title={t('guidance.caseload.title')}
      intro={<p>{t('guidance.caseload.intro')}</p>}
      actions={
        <Link to="/overdracht" className="button button-secondary">
          {t('guidance.handover.counsellorAction')}
        </Link>
      }
    >
      <QueryState query={all}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('guidance.caseload.empty')}>
              <p>{t('guidance.caseload.emptyText')}</p>
            </EmptyState>
          ) : (
            <>
              <ul className="stat-grid light-counts" aria-label={t('guidance.caseload.countsLabel')}>
                {LIGHTS.map((light) => (
                  <li key={light} className="card">
                    <button
                      type="button"
                      className="light-count"
                      aria-pressed={search.light === light}
                      onClick={() => update({ light: search.light === light ? undefined : light })}
                    >
                      <span className="stat-value">{formatNumber(counts[light])}</span>
                      <LightBadge light={light} />
                      <span className="visually-hidden">{t('guidance.caseload.countFilter')}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <CaseloadToolbar search={search} text={text} onText={setText} onChange={update} />
              <div aria-busy={list.isFetching}>
                <QueryState query={list}>
                  {(items) => (
                    <>
                      <p role="status" className="caseload-shown">
                        {filtered
                          ? t('guidance.caseload.shownFiltered', { shown: formatNumber(items.length), total: formatNumber(rows.length) })
                          : t('guidance.caseload.shown', { count: items.length })}
                        {filtered && (
                          <>
                            {' '}
                            <button type="button" className="button-link" onClick={clear}>
                              {t('guidance.caseload.clearFilters')}
                            </button>
                          </>
                        )}
                      </p>
                      {items.length === 0 ? (
                        <EmptyState title={t('guidance.caseload.noMatches')}>
                          <p>{t('guidance.caseload.noMatchesText')}</p>
                        </EmptyState>
                      ) : (
                        <CaseloadTable rows={items} />
                      )}
                    </>
                  )}
                </QueryState>
              </div>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

function countLights(rows: readonly CaseloadRow[]): Record<Light, number> {
  const counts: Record<Light, number> = { red: 0, orange: 0, green: 0 };
  for (const row of rows) counts[row.light] += 1;
  return counts;
}
