import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OverdueRow } from '../../../shared/conversations';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate, formatDateTime } from '../../lib/format';
import { caseloadQuery, myFeedbackQuery } from './conversationApi';
import { FeedbackAggregateView } from './FeedbackAggregateView';
import { conversationPaths } from './paths';

/** Overdue first, then the biggest gap between expected and held, then by name. */
function sortRows(items: OverdueRow[]): OverdueRow[] {
  return [...items].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.expectedByNow - b.held - (a.expectedByNow - a.held) || a.student.name.localeCompare(b.student.name),
  );
}

/** The counsellor's caseload against the conversation norm, and what students say about the talks. */
export function OverviewPage() {
  const { t } = useTranslation();
  const caseload = useQuery(caseloadQuery);
  const feedback = useQuery(myFeedbackQuery);
  return (
    <Page title={t('conversations.overview.title')} intro={<p>{t('conversations.overview.intro')}</p>}>
      <Section title={t('conversations.overview.caseload')}>
        <div aria-busy={caseload.isFetching}>
          <QueryState query={caseload}>
            {({ items }) =>
              items.length === 0 ? (
                <EmptyState title={t('conversations.overview.empty')} />
              ) : (
                <>
                  <p>{t('conversations.overview.overdueCount', { count: items.filter((r) => r.overdue).length, total: items.length })}</p>
                  <CaseloadTable rows={sortRows(items)} />
                </>
              )
            }
          </QueryState>
        </div>
      </Section>
      <Section title={t('conversations.overview.feedback')} description={<p>{t('conversations.overview.feedbackIntro')}</p>}>
        <div aria-busy={feedback.isFetching}>
          <QueryState query={feedback}>
            {(summary) =>
              summary.aggregate ? (
                <FeedbackAggregateView aggregate={summary.aggregate} />
              ) : (
                <EmptyState title={t('conversations.overview.feedbackTooFew', { min: summary.minAnswers })} />
              )
            }
          </QueryState>
        </div>
      </Section>
    </Page>
  );
}

function CaseloadTable({ rows }: { rows: OverdueRow[] }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('conversations.overview.caseload')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{t('conversations.overview.student')}</th>
            <th scope="col">{t('conversations.overview.heldVsExpected')}</th>
            <th scope="col">{t('conversations.overview.state')}</th>
            <th scope="col">{t('conversations.overview.nextPlanned')}</th>
            <th scope="col">{t('conversations.overview.lastHeld')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.student.id} className={row.overdue ? 'is-overdue' : undefined}>
              <th scope="row">
                <Link to={conversationPaths.forStudent(row.student.id)}>{row.student.name}</Link>
                {row.student.cohort && <span className="block muted small">{row.student.cohort}</span>}
              </th>
              <td>
                {t('conversations.overview.heldOf', { held: row.held, expected: row.expectedByNow })}
                <span className="block muted small">
                  {row.norm ? t('conversations.overview.norm', { count: row.norm.conversationsPerYear, minutes: row.norm.minutesEach }) : t('conversations.overview.noNorm')}
                </span>
              </td>
              <td>
                {row.overdue ? (
                  <span className="badge badge-error">{t('conversations.overview.overdue')}</span>
                ) : (
                  <span className="badge badge-ok">{t('conversations.overview.onTrack')}</span>
                )}
                {row.nextDueBy && <span className="block muted small">{t('conversations.overview.dueBy', { date: formatDate(row.nextDueBy) })}</span>}
              </td>
              <td>{row.nextPlannedAt ? formatDateTime(row.nextPlannedAt) : <span className="muted">{t('conversations.overview.nonePlanned')}</span>}</td>
              <td>{row.lastHeldAt ? formatDate(row.lastHeldAt) : <span className="muted">{t('conversations.overview.neverHeld')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
