import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';

export interface CountRow {
  key: string;
  label: string;
  /** null: too few to show. */
  count: number | null;
}

/**
 * A small table of counts with a bar beside each number, so the biggest group stands out at a
 * glance. The bar only repeats the number and is hidden from assistive technology.
 */
export function CountTable({ label, heading, rows }: { label: string; heading: string; rows: readonly CountRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="muted">{t('guidance.secondLine.noData')}</p>;
  const max = Math.max(1, ...rows.map((row) => row.count ?? 0));
  return (
    <TableWrap label={label}>
      <table className="table-compact count-table">
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="num">
              {t('guidance.secondLine.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num count-cell">
                {row.count === null ? (
                  <span className="guidance-suppressed">{t('guidance.suppressed')}</span>
                ) : (
                  <>
                    <span className="count-bar" aria-hidden="true">
                      <span className="count-bar-fill" style={{ width: `${(row.count / max) * 100}%` }} />
                    </span>
                    {formatNumber(row.count)}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
