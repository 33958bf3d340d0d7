import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralSummary } from '../../../../shared/guidance';
import { TableWrap } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { StatusBadge } from '../referrals/StatusSteps';

/**
 * Referrals as a table. The queue shows how long each has waited, and says in words (not only in
 * colour) when that is longer than the institution's norm; one's own list shows the stage.
 */
export function ReferralList({ items, label, kind }: { items: readonly ReferralSummary[]; label: string; kind: 'queue' | 'mine' }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={label}>
      <table className="table-compact referral-list">
        <thead>
          <tr>
            <th scope="col">{t('guidance.referral.student')}</th>
            <th scope="col">{t('guidance.referral.reason')}</th>
            <th scope="col">{t('guidance.secondLine.programme')}</th>
            <th scope="col">{t('guidance.referral.referrer')}</th>
            <th scope="col">{t('guidance.referral.submitted')}</th>
            <th scope="col">{kind === 'queue' ? t('guidance.secondLine.waited') : t('guidance.referral.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={kind === 'queue' && item.overdue ? 'is-overdue' : undefined}>
              <th scope="row">
                <Link to="/verwijzingen/$referralId" params={{ referralId: item.id }} search={{ created: undefined }}>
                  {item.student.name}
                </Link>
              </th>
              <td>
                {t(`guidance.reason.${item.reason}`)}
                {item.line === 'external' && <span className="block small muted">{t('guidance.referral.lines.external')}</span>}
              </td>
              <td>{item.programme ?? <span className="muted">{t('common.unknown')}</span>}</td>
              <td>{item.referrer.name}</td>
              <td className="nowrap">{formatDate(item.submittedAt)}</td>
              <td>
                {kind === 'queue' ? (
                  <>
                    <span className="nowrap">{t('guidance.wait.days', { count: item.waitingDays })}</span>
                    {item.overdue && (
                      <span className="block overdue-text">
                        <span aria-hidden="true">⚠ </span>
                        {t('guidance.wait.tooLong')}
                      </span>
                    )}
                  </>
                ) : (
                  <>
                    <StatusBadge status={item.status} />
                    {!item.firstContactAt && <span className="block small muted">{t('guidance.referral.noContact')}</span>}
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
