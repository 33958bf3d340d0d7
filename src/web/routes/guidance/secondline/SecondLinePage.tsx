import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SecondLineDashboard } from '../../../../shared/guidance';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import { dashboardQuery } from '../guidanceApi';
import { CountTable } from './CountTable';
import { ReferralList } from './ReferralList';

/** Specialist: the queue (oldest first), one's own referrals, time to first contact and counts. */
export function SecondLinePage() {
  const { t } = useTranslation();
  const query = useQuery(dashboardQuery);
  return (
    <Page title={t('guidance.secondLine.title')} intro={<p>{t('guidance.secondLine.intro')}</p>}>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>{(data) => <Dashboard data={data} />}</QueryState>
      </div>
    </Page>
  );
}

function Dashboard({ data }: { data: SecondLineDashboard }) {
  const { t } = useTranslation();
  const overdue = data.queue.filter((item) => item.overdue).length;
  const days = (value: number | null) => (value === null ? t('guidance.secondLine.noData') : t('guidance.secondLine.daysValue', { count: value, value: formatNumber(value) }));
  return (
    <div className="stack">
      <ul className="stat-grid" aria-label={t('guidance.secondLine.figures')}>
        <li className="card stat">
          <span className="stat-value">{formatNumber(data.queue.length)}</span>
          <span className="stat-label">{t('guidance.secondLine.waiting')}</span>
        </li>
        <li className="card stat">
          <span className="stat-value">{formatNumber(overdue)}</span>
          <span className="stat-label">{t('guidance.secondLine.overdueCount', { days: data.waitNormDays })}</span>
        </li>
        <li className="card stat">
          <span className="stat-value">{formatNumber(data.mine.length)}</span>
          <span className="stat-label">{t('guidance.secondLine.mineCount')}</span>
        </li>
      </ul>
      <Section title={t('guidance.secondLine.queue')} description={<p>{t('guidance.secondLine.queueIntro', { days: data.waitNormDays })}</p>}>
        {data.queue.length === 0 ? <EmptyState title={t('guidance.secondLine.queueEmpty')} /> : <ReferralList items={data.queue} label={t('guidance.secondLine.queue')} kind="queue" />}
      </Section>
      <Section title={t('guidance.secondLine.mine')}>
        {data.mine.length === 0 ? <EmptyState title={t('guidance.secondLine.mineEmpty')} /> : <ReferralList items={data.mine} label={t('guidance.secondLine.mine')} kind="mine" />}
      </Section>
      <Section title={t('guidance.secondLine.firstContact')} description={<p>{t('guidance.secondLine.firstContactIntro')}</p>}>
        {data.timeToFirstContact.n === 0 ? (
          <EmptyState title={t('guidance.secondLine.noData')} />
        ) : (
          <dl className="details">
            <div>
              <dt>{t('guidance.secondLine.median')}</dt>
              <dd className="big-fact">{days(data.timeToFirstContact.medianDays)}</dd>
            </div>
            <div>
              <dt>{t('guidance.secondLine.mean')}</dt>
              <dd className="big-fact">{days(data.timeToFirstContact.meanDays)}</dd>
            </div>
            <div>
              <dt>{t('guidance.secondLine.basedOn')}</dt>
              <dd className="big-fact">{t('guidance.secondLine.referrals', { count: data.timeToFirstContact.n })}</dd>
            </div>
          </dl>
        )}
      </Section>
      <div className="grid grid-2">
        <Section title={t('guidance.secondLine.perReason')}>
          <CountTable
            label={t('guidance.secondLine.perReason')}
            heading={t('guidance.referral.reason')}
            rows={data.perReason.map((row) => ({ key: row.reason, label: t(`guidance.reason.${row.reason}`), count: row.count }))}
          />
        </Section>
        <Section title={t('guidance.secondLine.perProgramme')}>
          <CountTable
            label={t('guidance.secondLine.perProgramme')}
            heading={t('guidance.secondLine.programme')}
            rows={data.perProgramme.map((row) => ({ key: row.programme, label: row.programme, count: row.count }))}
          />
        </Section>
      </div>
    </div>
  );
}
