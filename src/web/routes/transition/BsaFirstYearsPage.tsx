import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { BsaStudentRow } from '../../../shared/study-progress';
import { api } from '../../api/client';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatNumber } from '../../lib/format';

/** Counsellor (own caseload) and admin: this year's first-years with credits and BSA status. */
export function BsaFirstYearsPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['bsa', 'first-years'], queryFn: () => api<BsaStudentRow[]>('/bsa/first-years') });
  return (
    <Page title={t('study-progress.firstYears.title')} intro={<p>{t('study-progress.firstYears.intro')}</p>}>
      <QueryState query={query}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('study-progress.firstYears.empty')} />
          ) : (
            <TableWrap label={t('study-progress.firstYears.title')}>
              <table className="table-compact">
                <thead>
                  <tr>
                    <th scope="col">{t('study-progress.firstYears.student')}</th>
                    <th scope="col">{t('study-progress.firstYears.programme')}</th>
                    <th scope="col" className="num">{t('study-progress.firstYears.credits')}</th>
                    <th scope="col" className="num">{t('study-progress.firstYears.expected')}</th>
                    <th scope="col">{t('study-progress.firstYears.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.studentId}-${r.programmeId}`}>
                      <th scope="row">
                        <Link to="/studievoortgang/$studentId" params={{ studentId: r.studentId }}>
                          {r.name}
                        </Link>
                      </th>
                      <td>{r.programme}</td>
                      <td className="num">{formatNumber(r.credits)}{r.norm ? ` / ${r.norm.thresholdCredits}` : ''}</td>
                      <td className="num">{r.expectedCredits === null ? '—' : formatNumber(r.expectedCredits)}</td>
                      <td>
                        <span className={`bsa-status bsa-${r.status}`}>{t(`study-progress.status.${r.status}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </QueryState>
    </Page>
  );
}
