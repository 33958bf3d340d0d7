import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatNumber } from '../../lib/format';
import { teamFeedbackQuery, type FeedbackAggregate, type TeamFeedback } from './conversationApi';
import { FeedbackAggregateView } from './FeedbackAggregateView';

/** Managers: how students experience the talks, for the team and per counsellor, never per student. */
export function InsightPage() {
  const { t } = useTranslation();
  const query = useQuery(teamFeedbackQuery);
  return (
    <Page title={t('conversations.insight.title')} intro={<p>{t('conversations.insight.intro')}</p>}>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>{(data) => <InsightContent data={data} />}</QueryState>
      </div>
    </Page>
  );
}

const percent = (part: number, n: number) => (n > 0 ? Math.round((part / n) * 100) : 0);

function InsightContent({ data }: { data: TeamFeedback }) {
  const { t } = useTranslation();
  const counsellors = [...data.counsellors].sort((a, b) => a.counsellor.name.localeCompare(b.counsellor.name));
  const pct = (value: number) => t('conversations.aggregate.percent', { value });
  const cells = (a: FeedbackAggregate) => (
    <>
      <td className="num">{formatNumber(a.n)}</td>
      <td className="num">{formatNumber(Math.round(a.helpingVsReflectiveMean * 10) / 10)}</td>
      <td className="num">{pct(percent(a.whoseAgenda.mine, a.n))}</td>
      <td className="num">{pct(percent(a.topics.zelfbeeld_toekomstbeeld, a.n))}</td>
      <td className="num">{pct(percent(a.topics.acties_werk_loopbaan, a.n))}</td>
    </>
  );
  return (
    <div className="stack">
      <div className="card prose">
        <p>{t('conversations.insight.explanation')}</p>
        <p>{t('conversations.insight.privacy', { min: data.minAnswers })}</p>
      </div>
      <Section title={t('conversations.insight.team')}>
        {data.team ? <FeedbackAggregateView aggregate={data.team} /> : <p className="muted">{t('conversations.insight.tooFew', { min: data.minAnswers })}</p>}
      </Section>
      <Section title={t('conversations.insight.perCounsellor')} description={<p>{t('conversations.insight.tableNote')}</p>}>
        {counsellors.length === 0 ? (
          <EmptyState title={t('conversations.insight.empty')} />
        ) : (
          <TableWrap label={t('conversations.insight.perCounsellor')}>
            <table className="table-compact wrap-head">
              <thead>
                <tr>
                  <th scope="col">{t('conversations.insight.counsellor')}</th>
                  <th scope="col" className="num">
                    {t('conversations.insight.answers')}
                  </th>
                  <th scope="col" className="num">
                    {t('conversations.insight.mean')}
                  </th>
                  <th scope="col" className="num">
                    {t('conversations.insight.studentAgenda')}
                  </th>
                  <th scope="col" className="num">
                    {t('conversations.insight.selfFuture')}
                  </th>
                  <th scope="col" className="num">
                    {t('conversations.insight.careerActions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {counsellors.map(({ counsellor, aggregate }) => (
                  <tr key={counsellor.id}>
                    <th scope="row">{counsellor.name}</th>
                    {aggregate ? (
                      cells(aggregate)
                    ) : (
                      <td colSpan={5} className="muted">
                        {t('conversations.insight.tooFewShort', { min: data.minAnswers })}
                      </td>
                    )}
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
