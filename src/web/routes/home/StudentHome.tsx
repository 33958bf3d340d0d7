import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import type { Home } from '../../api/types';
import { Section } from '../../components/Page';
import { EmptyState } from '../../components/States';
import { EvaluationInvite } from '../development/EvaluationInvite';
import { BsaStudentBlock } from '../transition/BsaProgressBar';
import { StudentJourneyBlock } from '../transition/StudentJourneyBlock';
import { StudentNextSteps } from './StudentNextSteps';

type StudentHomeData = Extract<Home, { kind: 'student' }>;

export function StudentHome({ home }: { home: StudentHomeData }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <EvaluationInvite />
      <StudentNextSteps studentId={me.id} />
      <BsaStudentBlock studentId={me.id} />
      <StudentJourneyBlock studentId={me.id} />
      <div className="grid grid-3">
        <Section title={t('home.student.programme')}>
          {home.programme ? (
            <p className="big-fact">
              {home.programme.name}
              <span className="fact-sub">{t(`levels.${home.programme.level}`)}</span>
            </p>
          ) : (
            <EmptyState title={t('home.student.noProgramme')} />
          )}
        </Section>
        <Section title={t('home.student.cohort')}>
          {home.cohort ? (
            <p className="big-fact">
              {home.cohort.name}
              <span className="fact-sub">{t('common.schoolYearValue', { year: home.cohort.schoolYear })}</span>
            </p>
          ) : (
            <EmptyState title={t('home.student.noCohort')} />
          )}
        </Section>
        <Section title={t('home.student.counsellors', { count: home.counsellors.length })}>
          {home.counsellors.length > 0 ? (
            <ul className="plain-list">
              {home.counsellors.map((counsellor) => (
                <li key={`${counsellor.name}-${counsellor.email ?? ''}`}>
                  <strong>{counsellor.name}</strong>
                  {counsellor.email && (
                    <>
                      <br />
                      <a href={`mailto:${counsellor.email}`} className="break">
                        {counsellor.email}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t('home.student.noCounsellor')}>
              <p>{t('home.student.noCounsellorText')}</p>
            </EmptyState>
          )}
        </Section>
      </div>
      <p>
        <Link to="/students/$studentId" params={{ studentId: me.id }} className="button button-secondary">
          {t('home.student.openFile')}
        </Link>
      </p>
    </>
  );
}
