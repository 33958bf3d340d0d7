import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../shared/guidance';
import { TableWrap } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { LightBadge } from './LightBadge';
import { SignalDetails } from './SignalDetails';

/**
 * The caseload as a table; on a phone every row becomes a card (see guidance.css). Rows are
 * memoised: with hundreds of students, opening one explanation redraws only that row.
 */
export function CaseloadTable({ rows }: { rows: readonly CaseloadRow[] }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('guidance.caseload.title')}>
      <table className="caseload-table">
        <thead>
          <tr>
            <th scope="col">{t('guidance.caseload.student')}</th>
            <th scope="col">{t('guidance.caseload.light')}</th>
            <th scope="col">{t('guidance.caseload.signals')}</th>
            <th scope="col">{t('guidance.caseload.lastConversation')}</th>
            <th scope="col">{t('guidance.caseload.nextConversation')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.studentId} row={row} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

const Row = memo(function Row({ row }: { row: CaseloadRow }) {
  const { t } = useTranslation();
  return (
    <tr className={`caseload-row caseload-row-${row.light}`}>
      <th scope="row" className="caseload-name">
        <Link to="/students/$studentId" params={{ studentId: row.studentId }}>
          {row.name}
        </Link>
        {row.cohort && <span className="block small muted">{row.cohort}</span>}
      </th>
      <td className="caseload-light">
        <LightBadge light={row.light} />
      </td>
      <td className="caseload-signals">
        {row.signals.length === 0 ? (
          <span className="muted">{t('guidance.caseload.noSignals')}</span>
        ) : (
          <SignalDetails signals={row.signals} />
        )}
      </td>
      <td className="caseload-date">
        <span className="cell-label" aria-hidden="true">
          {t('guidance.caseload.lastConversation')}:{' '}
        </span>
        {row.lastConversationAt ? formatDate(row.lastConversationAt) : <span className="muted">{t('guidance.caseload.never')}</span>}
      </td>
      <td className="caseload-date">
        <span className="cell-label" aria-hidden="true">
          {t('guidance.caseload.nextConversation')}:{' '}
        </span>
        {row.nextConversationAt ? formatDate(row.nextConversationAt) : <span className="muted">{t('guidance.caseload.notPlanned')}</span>}
      </td>
      <td className="caseload-actions">
        <Link to="/students/$studentId/verwijzen" params={{ studentId: row.studentId }} className="button button-small button-secondary">
          {t('guidance.referral.refer')}
          <span className="visually-hidden"> {row.name}</span>
        </Link>
      </td>
    </tr>
  );
});
