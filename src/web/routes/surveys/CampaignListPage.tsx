import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/surveys';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { campaignsQuery } from './surveyApi';

export const percent = (responded: number, invited: number) => (invited === 0 ? 0 : Math.round((100 * responded) / invited));

/** `/kwaliteitsmonitor`: every campaign with its status, period and response rate. */
export function CampaignListPage() {
  const { t } = useTranslation();
  const query = useQuery(campaignsQuery);
  return (
    <Page
      title={t('surveys.list.title')}
      intro={<p>{t('surveys.list.intro')}</p>}
      actions={
        <Link to="/kwaliteitsmonitor/nieuw" className="button">
          {t('surveys.list.new')}
        </Link>
      }
    >
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('surveys.list.empty')}>{t('surveys.list.emptyText')}</EmptyState>
          ) : (
            <TableWrap label={t('surveys.list.table')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.list.campaign')}</th>
                    <th scope="col">{t('surveys.list.status')}</th>
                    <th scope="col">{t('surveys.list.period')}</th>
                    <th scope="col">{t('surveys.list.rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <Row key={c.id} campaign={c} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </QueryState>
    </Page>
  );
}

function Row({ campaign: c }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        <Link to="/kwaliteitsmonitor/$campaignId" params={{ campaignId: c.id }}>
          {c.title}
        </Link>
        <div className="muted">
          {t(`surveys.audience.${c.audience}`)} · {t(`surveys.anonymity.${c.anonymity}`)}
        </div>
      </th>
      <td>
        <span className={`survey-status survey-status-${c.status}`}>{t(`surveys.status.${c.status}`)}</span>
      </td>
      <td>{t('surveys.list.periodValue', { from: formatDate(c.opensOn), to: formatDate(c.closesOn) })}</td>
      <td>
        {c.imported
          ? t('surveys.list.imported', { count: c.responses })
          : t('surveys.list.rateValue', { responded: c.responded, invited: c.invited, percent: percent(c.responded, c.invited) })}
      </td>
    </tr>
  );
}
