import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Home } from '../../api/types';
import { Section } from '../../components/Page';
import { EmptyState } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { TableWrap } from '../../components/Table';

type CounsellorHomeData = Extract<Home, { kind: 'counsellor' }>;

export function CounsellorHome({ home }: { home: CounsellorHomeData }) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-2">
      <Section title={t('home.counsellor.caseload')}>
        <p className="big-number">
          {formatNumber(home.caseloadCount)}{' '}
          <span className="fact-sub">{t('home.counsellor.students', { count: home.caseloadCount })}</span>
        </p>
        <p>
          <Link to="/students" className="button">
            {t('home.counsellor.toStudents')}
          </Link>
        </p>
      </Section>
      <Section title={t('home.counsellor.byCohort')}>
        {home.cohorts.length === 0 ? (
          <EmptyState title={t('home.counsellor.noStudents')}>
            <p>{t('home.counsellor.noStudentsText')}</p>
          </EmptyState>
        ) : (
          <TableWrap label={t('home.counsellor.byCohort')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('fields.cohort')}</th>
                  <th scope="col">{t('fields.schoolYear')}</th>
                  <th scope="col" className="num">
                    {t('fields.studentCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {home.cohorts.map((cohort) => (
                  <tr key={`${cohort.schoolYear}-${cohort.name}`}>
                    <td>{cohort.name}</td>
                    <td>{cohort.schoolYear}</td>
                    <td className="num">{formatNumber(cohort.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
    </div>
  );
}
