import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../../../shared/guidance';
import { useMe } from '../../../api/queries';
import { StatusMessage } from '../../../components/Feedback';
import { Page, Section } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { formatDate, formatDateTime } from '../../../lib/format';
import { referralQuery } from '../guidanceApi';
import { SpecialistActions } from './SpecialistActions';
import { StatusSteps } from './StatusSteps';
import { StepPlan } from './StepPlan';

/** One referral for everyone involved; what each sees is decided by the server (no description for the student). */
export function ReferralPage({ referralId, created }: { referralId: string; created: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(referralQuery(referralId));
  const title = query.data ? t('guidance.referral.titleFor', { name: query.data.student.name }) : t('guidance.referral.title');
  return (
    <Page title={title} intro={query.data && <p>{t(`guidance.reason.${query.data.reason}`)}</p>}>
      <StatusMessage>{created ? t('guidance.referral.created') : undefined}</StatusMessage>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>{(referral) => <ReferralContent referral={referral} />}</QueryState>
      </div>
    </Page>
  );
}

function ReferralContent({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const me = useMe();
  const closed = referral.status === 'afgerond' || referral.status === 'terugverwezen';
  const handling = me.role === 'specialist' && referral.specialist?.id === me.id && !closed;
  return (
    <div className="stack">
      <Section title={t('guidance.referral.statusTitle')}>
        <StatusSteps status={referral.status} />
        <Facts referral={referral} />
      </Section>
      {referral.description && (
        <Section title={t('guidance.referral.description')}>
          <p className="pre-wrap">{referral.description}</p>
        </Section>
      )}
      {me.role === 'specialist' && <SpecialistActions referral={referral} meId={me.id} />}
      <Section title={t('guidance.steps.title')} description={<p>{t('guidance.steps.intro')}</p>}>
        <StepPlan referral={referral} editable={handling} />
      </Section>
      {closed && referral.feedback && (
        <Section title={t('guidance.referral.feedback')}>
          <p className="pre-wrap referral-feedback">{referral.feedback}</p>
        </Section>
      )}
      <History referral={referral} />
    </div>
  );
}

function Facts({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const me = useMe();
  const team = me.role === 'counsellor' || me.role === 'specialist' || me.role === 'admin';
  const waiting = referral.status === 'ingediend';
  return (
    <dl className="details">
      <div>
        <dt>{t('guidance.referral.status')}</dt>
        <dd>{t(`guidance.status.${referral.status}`)}</dd>
      </div>
      <div>
        <dt>{t('guidance.referral.line')}</dt>
        <dd>
          {t(`guidance.referral.lines.${referral.line}`)}
          {referral.externalParty && `: ${referral.externalParty}`}
        </dd>
      </div>
      <div>
        <dt>{t('guidance.referral.student')}</dt>
        <dd>
          {me.role === 'counsellor' || me.role === 'admin' ? (
            <Link to="/students/$studentId" params={{ studentId: referral.student.id }}>
              {referral.student.name}
            </Link>
          ) : (
            referral.student.name
          )}
        </dd>
      </div>
      <div>
        <dt>{t('guidance.referral.referrer')}</dt>
        <dd>{referral.referrer.name}</dd>
      </div>
      <div>
        <dt>{t('guidance.referral.specialist')}</dt>
        <dd>{referral.specialist?.name ?? t('guidance.referral.noSpecialist')}</dd>
      </div>
      <div>
        <dt>{t('guidance.referral.submitted')}</dt>
        <dd>
          {formatDate(referral.submittedAt)}
          {waiting && (
            <span className={`block small ${referral.overdue ? 'overdue-text' : 'muted'}`}>
              {referral.overdue ? t('guidance.wait.overdue', { count: referral.waitingDays }) : t('guidance.wait.days', { count: referral.waitingDays })}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('guidance.referral.firstContact')}</dt>
        <dd>{referral.firstContactAt ? formatDate(referral.firstContactAt) : t('guidance.referral.noContact')}</dd>
      </div>
      {isClosed(referral) && (
        <div>
          <dt>{t('guidance.referral.closedAt')}</dt>
          <dd>{formatDate(referral.closedAt)}</dd>
        </div>
      )}
      {team && (
        <div>
          <dt>{t('guidance.referral.consent')}</dt>
          <dd>
            {referral.consent === 'given' ? t('guidance.referral.consentGiven') : t('guidance.referral.consentNotGiven')}
            {referral.noConsentReason && <span className="block small">{referral.noConsentReason}</span>}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('guidance.referral.parents')}</dt>
        <dd>{referral.parentsMaySee ? t('guidance.referral.parentsYes') : t('guidance.referral.parentsNo')}</dd>
      </div>
    </dl>
  );
}

const isClosed = (referral: ReferralView) => referral.closedAt !== null;

function History({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  if (referral.history.length === 0) return null;
  return (
    <Section title={t('guidance.referral.history')}>
      <ol className="referral-history">
        {referral.history.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <span className="small muted">{formatDateTime(event.at)}</span>{' '}
            <strong>{t(`guidance.status.${event.to}`)}</strong>
            {event.actor && <span> · {event.actor}</span>}
            {event.note && <span className="block pre-wrap">{event.note}</span>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
