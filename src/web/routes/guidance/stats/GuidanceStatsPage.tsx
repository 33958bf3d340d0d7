import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GuidanceStats } from '../../../../shared/guidance';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { TableWrap } from '../../../components/Table';
import { locale } from '../../../i18n';
import { formatNumber } from '../../../lib/format';
import { guidanceStatsQuery } from '../guidanceApi';
import { CountTable } from '../secondline/CountTable';

const percent = (share: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Manager and admin: whether guidance happens as agreed, caseload sizes and referrals. Aggregates only. */
export function GuidanceStatsPage() {
  const { t } = useTranslation();
  const query = useQuery(guidanceStatsQuery);
  return (
    <Page title={t('guidance.stats.title')} intro={<p>{t('guidance.stats.intro')}</p>}>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>{(stats) => <StatsContent stats={stats} />}</QueryState>
      </div>
    </Page>
  );
}

function StatsContent({ stats }: { stats: GuidanceStats }) {
  const { t } = useTranslation();
  const suppressed = <span className="guidance-suppressed">{t('guidance.suppressed')}</span>;
  const value = (n: number | null, format: (n: number) => string = formatNumber) => (n === null ? suppressed : format(n));
  const sizes = stats.caseloadSizes;
  return (
    <div className="stack">
      <p className="card prose">{t('guidance.stats.privacy', { min: stats.minGroupSize })}</p>
      <Section title={t('guidance.stats.withinNorm')} description={<p>{t('guidance.stats.withinNormIntro')}</p>}>
        {stats.withinNorm.length === 0 ? (
          <EmptyState title={t('guidance.stats.empty')} />
        ) : (
          <TableWrap label={t('guidance.stats.withinNorm')}>
            <table className="table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('guidance.secondLine.programme')}</th>
                  <th scope="col" className="num">{t('guidance.stats.students')}</th>
                  <th scope="col" className="num">{t('guidance.stats.withinNormCount')}</th>
                  <th scope="col" className="num">{t('guidance.stats.share')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.withinNorm.map((row) => (
                  <tr key={row.programme}>
                    <th scope="row">{row.programme}</th>
                    <td className="num">{value(row.students)}</td>
                    <td className="num">{value(row.withinNorm)}</td>
                    <td className="num">{value(row.share, percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
      <Section title={t('guidance.stats.caseloads')}>
        <ul className="stat-grid stat-grid-small" aria-label={t('guidance.stats.caseloads')}>
          <li className="card stat">
            <span className="stat-value">{formatNumber(sizes.counsellors)}</span>
            <span className="stat-label">{t('guidance.stats.counsellors')}</span>
          </li>
          <li className="card stat">
            <span className="stat-value">{value(sizes.min)}</span>
            <span className="stat-label">{t('guidance.stats.min')}</span>
          </li>
          <li className="card stat">
            <span className="stat-value">{value(sizes.median)}</span>
            <span className="stat-label">{t('guidance.stats.median')}</span>
          </li>
          <li className="card stat">
            <span className="stat-value">{value(sizes.max)}</span>
            <span className="stat-label">{t('guidance.stats.max')}</span>
          </li>
        </ul>
        <CountTable
          label={t('guidance.stats.buckets')}
          heading={t('guidance.stats.bucket')}
          rows={sizes.buckets.map((bucket) => ({ key: bucket.label, label: t('guidance.stats.bucketLabel', { label: bucket.label }), count: bucket.counsellors }))}
        />
      </Section>
      <Section title={t('guidance.stats.referrals')}>
        {stats.referrals.length === 0 ? (
          <EmptyState title={t('guidance.stats.empty')} />
        ) : (
          <TableWrap label={t('guidance.stats.referrals')}>
            <table className="table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('guidance.referral.reason')}</th>
                  <th scope="col" className="num">{t('guidance.secondLine.count')}</th>
                  <th scope="col" className="num">{t('guidance.stats.medianWait')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.referrals.map((row) => (
                  <tr key={row.reason}>
                    <th scope="row">{t(`guidance.reason.${row.reason}`)}</th>
                    <td className="num">{value(row.count)}</td>
                    <td className="num">{value(row.medianWaitDays, (n) => t('guidance.secondLine.daysValue', { count: n, value: formatNumber(n) }))}</td>
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
