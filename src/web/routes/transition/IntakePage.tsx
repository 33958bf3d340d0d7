import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IntakeView } from '../../../shared/intake';
import { useMe } from '../../api/queries';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { DossierBlock } from './DossierBlock';
import { HandoverChecklist } from './HandoverChecklist';
import { IntakeForm } from './IntakeForm';
import { getIntake, intakeKey } from './intakeApi';
import { JourneyTimeline } from './JourneyTimeline';

/** The intake of a student: the counsellor fills it in, the student reads their own. */
export function IntakePage({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.id === studentId;
  const query = useQuery({ queryKey: intakeKey(studentId), queryFn: () => getIntake(studentId) });
  return (
    <Page
      title={own ? t('transition.intake.ownTitle') : t('transition.intake.title', { name: query.data?.studentName ?? '' })}
      intro={<p>{t(own ? 'transition.intake.ownIntro' : 'transition.intake.intro')}</p>}
      actions={
        !own ? (
          <Link to="/students/$studentId" params={{ studentId }} className="button button-secondary">
            {t('transition.intake.backToFile')}
          </Link>
        ) : undefined
      }
    >
      <QueryState query={query} loadingLabel={t('transition.intake.loading')}>
        {(view) => (
          <div className="stack">
            <Status view={view} />
            {view.enrolment === null ? (
              <EmptyState title={t('transition.intake.noEnrolment')} />
            ) : view.canEdit ? (
              <IntakeForm key={view.intake?.id ?? 'new'} view={view} />
            ) : (
              <ReadOnly view={view} />
            )}
            {view.intake && <HandoverChecklist studentId={studentId} intake={view.intake} canEdit={view.canEdit} />}
            <DossierBlock view={view} />
            <JourneyTimeline studentId={studentId} own={own} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function Status({ view }: { view: IntakeView }) {
  const { t } = useTranslation();
  const i = view.intake;
  return (
    <p role="status" className={`intake-status intake-${i?.status ?? 'none'}`}>
      {view.enrolment && t('transition.intake.enrolment', { programme: view.enrolment.programme, cohort: view.enrolment.cohort, date: formatDate(view.enrolment.startDate) })}{' '}
      <strong>{i ? (i.status === 'complete' ? t('transition.intake.statusComplete', { date: formatDate(i.completedAt) }) : t('transition.intake.statusDraft')) : t('transition.intake.statusNone')}</strong>
    </p>
  );
}

function ReadOnly({ view }: { view: IntakeView }) {
  const { t } = useTranslation();
  const f = view.intake?.fields;
  if (!f) return <EmptyState title={t('transition.intake.notYet')} />;
  const rows: [string, string][] = [
    [t('transition.intake.priorEducation'), f.priorEducation ? `${t(`transition.prior.${f.priorEducation}`)}${f.mboLevel ? ` ${t('transition.intake.level', { level: f.mboLevel })}` : ''}${f.priorDetail ? ` · ${f.priorDetail}` : ''}` : ''],
    [t('transition.intake.learningHistory'), f.learningHistory],
    [t('transition.intake.choiceCheckOutcome'), f.choiceCheckOutcome ? t(`transition.outcome.${f.choiceCheckOutcome}`) : ''],
    [t('transition.intake.choiceCheckAdvice'), f.choiceCheckAdvice],
    [t('transition.intake.supportNeeds'), f.supportNeeds],
    [t('transition.intake.firstSteps'), f.firstSteps],
  ];
  return (
    <Section title={t('transition.intake.formTitle')}>
      <dl className="details intake-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="pre-wrap">{value || t('common.unknown')}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
