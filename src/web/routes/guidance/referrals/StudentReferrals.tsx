import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralSummary } from '../../../../shared/guidance';
import { useMe } from '../../../api/queries';
import { Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { TableWrap } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { referralQuery, studentReferralsQuery } from '../guidanceApi';
import { StatusBadge, StatusSteps } from './StatusSteps';
import { StepPlan } from './StepPlan';

/**
 * Referrals in a student's file. The student sees where each stands and its step plan; their
 * counsellors see the list and can refer. Others get nothing here: the list is not theirs to read.
 */
export function StudentReferrals({ studentId }: { studentId: string }) {
  const me = useMe();
  const own = me.role === 'student' && me.id === studentId;
  if (!own && me.role !== 'counsellor') return null;
  return <ReferralsSection studentId={studentId} own={own} />;
}

function ReferralsSection({ studentId, own }: { studentId: string; own: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(studentReferralsQuery(studentId));
  const actions = own ? undefined : (
    <Link to="/students/$studentId/verwijzen" params={{ studentId }} className="button button-small">
      {t('guidance.referral.refer')}
    </Link>
  );
  return (
    <Section title={own ? t('guidance.studentReferrals.ownTitle') : t('guidance.studentReferrals.title')} actions={actions}>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title={own ? t('guidance.studentReferrals.ownEmpty') : t('guidance.studentReferrals.empty')} />
            ) : own ? (
              <div className="stack">
                {items.map((item) => (
                  <OwnReferral key={item.id} summary={item} />
                ))}
              </div>
            ) : (
              <ReferralTable items={items} />
            )
          }
        </QueryState>
      </div>
    </Section>
  );
}

/** For the student: status and step plan, from the full view (the summary has no steps). */
function OwnReferral({ summary }: { summary: ReferralSummary }) {
  const { t } = useTranslation();
  const query = useQuery(referralQuery(summary.id));
  return (
    <article className="own-referral" aria-labelledby={`referral-${summary.id}`}>
      <h3 id={`referral-${summary.id}`}>
        <Link to="/verwijzingen/$referralId" params={{ referralId: summary.id }} search={{ created: undefined }}>
          {t('guidance.studentReferrals.ownItem', { reason: t(`guidance.reason.${summary.reason}`), date: formatDate(summary.submittedAt) })}
        </Link>
      </h3>
      <StatusSteps status={summary.status} />
      {summary.specialist && <p>{t('guidance.studentReferrals.specialist', { name: summary.specialist.name })}</p>}
      <h4>{t('guidance.steps.title')}</h4>
      <QueryState query={query}>{(referral) => <StepPlan referral={referral} editable={false} />}</QueryState>
    </article>
  );
}

function ReferralTable({ items }: { items: ReferralSummary[] }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('guidance.studentReferrals.title')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{t('guidance.referral.reason')}</th>
            <th scope="col">{t('guidance.referral.status')}</th>
            <th scope="col">{t('guidance.referral.submitted')}</th>
            <th scope="col">{t('guidance.referral.specialist')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to="/verwijzingen/$referralId" params={{ referralId: item.id }} search={{ created: undefined }}>
                  {t(`guidance.reason.${item.reason}`)}
                </Link>
                {item.line === 'external' && <span className="block small muted">{t('guidance.referral.lines.external')}</span>}
              </th>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td className="nowrap">{formatDate(item.submittedAt)}</td>
              <td>{item.specialist?.name ?? <span className="muted">{t('guidance.referral.noSpecialist')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
