import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMe } from '../../api/queries';
import type { StudentFile } from '../../api/types';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate, hasEnded, nameOf } from '../../lib/format';
import { StudentCompetencies } from '../competencies/StudentCompetencies';
import { HandoverNotes } from '../guidance/handover/HandoverNotes';
import { StudentReferrals } from '../guidance/referrals/StudentReferrals';
import { CounsellorHistory } from './CounsellorHistory';
import { EnrolForm } from './EnrolForm';
import { TableWrap } from '../../components/Table';

export const studentQueryKey = (id: string) => ['student', id] as const;

/** A student's file: details, enrolment history and counsellors. */
export function StudentFilePage({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.id === studentId;
  const student = useQuery({
    queryKey: studentQueryKey(studentId),
    queryFn: () => api<StudentFile>(`/students/${encodeURIComponent(studentId)}`),
  });
  const title = own ? t('studentFile.ownTitle') : (student.data?.name ?? t('studentFile.title'));

  return (
    <Page
      title={title}
      intro={student.data && <p>{t('studentFile.numberLine', { number: student.data.studentNumber })}</p>}
      actions={
        me.role === 'counsellor' ? (
          <>
            <Link to="/students/$studentId/gesprekken" params={{ studentId }} className="button button-secondary">
              {t('conversations.nav.studentLink')}
            </Link>
            <Link to="/students/$studentId/portfolio" params={{ studentId }} className="button button-secondary">
              {t('portfolio.nav.studentLink')}
            </Link>
            <Link to="/students/$studentId/intake" params={{ studentId }} className="button button-secondary">
              {t('transition.intake.link')}
            </Link>
          </>
        ) : me.role === 'admin' ? (
          <Link to="/students/$studentId/intake" params={{ studentId }} className="button button-secondary">
            {t('transition.intake.link')}
          </Link>
        ) : undefined
      }
    >
      <QueryState query={student} loadingLabel={t('studentFile.loading')}>
        {(data) => (
          <div className="stack">
            <Details student={data} />
            <Enrolments student={data} />
            <CounsellorHistory student={data} isAdmin={me.role === 'admin'} />
            <HandoverNotes studentId={data.id} />
            {me.role === 'counsellor' && <StudentCompetencies studentId={data.id} studentName={data.name} />}
            <StudentReferrals studentId={data.id} />
            {me.role === 'admin' && <EnrolForm studentId={data.id} />}
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function Details({ student }: { student: StudentFile }) {
  const { t } = useTranslation();
  return (
    <Section title={t('studentFile.details')}>
      <dl className="details">
        <div>
          <dt>{t('fields.name')}</dt>
          <dd>{student.name}</dd>
        </div>
        <div>
          <dt>{t('fields.studentNumber')}</dt>
          <dd>{student.studentNumber}</dd>
        </div>
        <div>
          <dt>{t('fields.email')}</dt>
          <dd className="break">{student.email ?? t('common.unknown')}</dd>
        </div>
        <div>
          <dt>{t('fields.gender')}</dt>
          <dd>{student.gender ? t(`gender.${student.gender}`) : t('common.unknown')}</dd>
        </div>
        <div>
          <dt>{t('fields.programme')}</dt>
          <dd>
            {student.programme
              ? `${student.programme.name} (${t(`levels.${student.programme.level}`)})`
              : t('studentFile.noProgramme')}
          </dd>
        </div>
        <div>
          <dt>{t('fields.cohort')}</dt>
          <dd>
            {student.cohort
              ? `${student.cohort.name} · ${t('common.schoolYearValue', { year: student.cohort.schoolYear })}`
              : t('studentFile.noCohort')}
          </dd>
        </div>
      </dl>
    </Section>
  );
}

function Enrolments({ student }: { student: StudentFile }) {
  const { t } = useTranslation();
  return (
    <Section title={t('studentFile.enrolments')}>
      {student.enrolments.length === 0 ? (
        <EmptyState title={t('studentFile.noEnrolments')} />
      ) : (
        <TableWrap label={t('studentFile.enrolments')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fields.cohort')}</th>
                <th scope="col">{t('fields.programme')}</th>
                <th scope="col">{t('fields.schoolYear')}</th>
                <th scope="col">{t('fields.period')}</th>
              </tr>
            </thead>
            <tbody>
              {student.enrolments.map((enrolment) => (
                <tr key={enrolment.id} className={hasEnded(enrolment.endDate) ? 'is-history' : undefined}>
                  <td>{nameOf(enrolment.cohort)}</td>
                  <td>{nameOf(enrolment.programme)}</td>
                  <td>{enrolment.schoolYear}</td>
                  <td>
                    {enrolment.endDate
                      ? t('common.periodClosed', {
                          from: formatDate(enrolment.startDate),
                          to: formatDate(enrolment.endDate),
                        })
                      : t('common.periodOpen', { from: formatDate(enrolment.startDate) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}
