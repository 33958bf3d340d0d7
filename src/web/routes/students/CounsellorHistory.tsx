import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { StudentFile } from '../../api/types';
import { Section } from '../../components/Page';
import { EmptyState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate, hasEnded } from '../../lib/format';

/** Current SLB'ers first, then earlier ones as history. */
export function CounsellorHistory({ student, isAdmin }: { student: StudentFile; isAdmin: boolean }) {
  const { t } = useTranslation();
  const current = student.counsellors.filter((c) => !hasEnded(c.endDate));
  const earlier = student.counsellors.filter((c) => hasEnded(c.endDate));

  return (
    <Section title={t('studentFile.counsellors')}>
      {current.length === 0 ? (
        <EmptyState title={t('studentFile.noCounsellor')} />
      ) : (
        <ul className="person-list">
          {current.map((counsellor) => (
            <li key={counsellor.assignmentId}>
              <span className="avatar" aria-hidden="true">
                {counsellor.name.slice(0, 1).toUpperCase()}
              </span>
              <span>
                {isAdmin ? (
                  <Link to="/admin/assignments" search={{ counsellorId: counsellor.id }}>
                    <strong>{counsellor.name}</strong>
                  </Link>
                ) : (
                  <strong>{counsellor.name}</strong>
                )}
                {counsellor.email && (
                  <a href={`mailto:${counsellor.email}`} className="block break">
                    {counsellor.email}
                  </a>
                )}
                <span className="muted block">
                  {counsellor.endDate
                    ? t('common.periodClosed', {
                        from: formatDate(counsellor.startDate),
                        to: formatDate(counsellor.endDate),
                      })
                    : t('common.periodOpen', { from: formatDate(counsellor.startDate) })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <>
          <h3>{t('studentFile.counsellorHistory')}</h3>
          <TableWrap label={t('studentFile.counsellorHistory')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.from')}</th>
                  <th scope="col">{t('fields.to')}</th>
                </tr>
              </thead>
              <tbody>
                {earlier.map((counsellor) => (
                  <tr key={counsellor.assignmentId} className="is-history">
                    <td>{counsellor.name}</td>
                    <td>{formatDate(counsellor.startDate)}</td>
                    <td>{formatDate(counsellor.endDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </Section>
  );
}
