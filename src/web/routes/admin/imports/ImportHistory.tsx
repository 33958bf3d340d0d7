import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { ImportSummary } from '../../../api/types';
import { EmptyState, QueryState } from '../../../components/States';
import { TableWrap } from '../../../components/Table';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { StatusBadge } from './StatusBadge';

export function ImportHistory() {
  const { t } = useTranslation();
  const imports = useQuery({
    queryKey: ['imports'],
    queryFn: () => api<{ items: ImportSummary[] }>('/admin/imports'),
    // Imports change in the background; always show the latest state when the list is shown.
    staleTime: 0,
    refetchOnMount: 'always',
  });
  return (
    <QueryState query={imports}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('imports.noHistory')} />
        ) : (
          <TableWrap label={t('imports.history')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('imports.filename')}</th>
                  <th scope="col">{t('fields.status')}</th>
                  <th scope="col" className="num">
                    {t('imports.rows')}
                  </th>
                  <th scope="col">{t('imports.result')}</th>
                  <th scope="col">{t('imports.createdAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.id}>
                    <td className="break">
                      <Link to="/admin/imports/$importId" params={{ importId: item.id }}>
                        {item.filename}
                      </Link>
                    </td>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td className="num">{formatNumber(item.totalRows)}</td>
                    <td>
                      {item.status === 'done'
                        ? t('imports.resultShort', {
                            inserted: formatNumber(item.inserted),
                            updated: formatNumber(item.updated),
                            skipped: formatNumber(item.skipped),
                          })
                        : '—'}
                    </td>
                    <td>{formatDateTime(item.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )
      }
    </QueryState>
  );
}
