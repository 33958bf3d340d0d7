import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Page';
import { TableWrap } from '../../components/Table';
import { formatScore, pick } from './developmentApi';
import type { EvaluationSummary, EvaluationYear, TeamEvaluationSummary } from './evaluationApi';

/**
 * The end-of-year student evaluation: mean per scale of one school year, shown only from the
 * minimum number of responses on (the server leaves the means out below it). Never per student.
 */
function YearTable({ summary, year, team }: { summary: EvaluationSummary; year: EvaluationYear; team: boolean }) {
  const { t } = useTranslation();
  const heading = t('development.evaluation.year', { year: year.schoolYear });
  if (!year.means) {
    const tooFew = year.responses < summary.minResponses;
    return (
      <div className="dev-evaluation-year">
        <h3>{heading}</h3>
        <p className="notice">
          {tooFew
            ? t('development.evaluation.tooFew', { min: summary.minResponses, count: year.responses })
            : t('development.evaluation.teamWithheld', { count: year.responses })}
        </p>
      </div>
    );
  }
  return (
    <div className="dev-evaluation-year">
      <h3>{heading}</h3>
      <p>{t(team ? 'development.evaluation.countTeam' : 'development.evaluation.count', { count: year.responses })}</p>
      <TableWrap label={heading}>
        <table className="table-compact">
          <caption className="visually-hidden">{t('development.evaluation.caption', { year: year.schoolYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('development.evaluation.scale')}</th>
              <th scope="col" className="num">
                {t('development.evaluation.mean')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.scales.map((scale) => (
              <tr key={scale.code}>
                <th scope="row">
                  {pick(scale.title)}
                  <span className="dev-evaluation-explanation">{pick(scale.explanation)}</span>
                </th>
                <td className="num">{formatScore(year.means?.find((m) => m.code === scale.code)?.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}

export function EvaluationResults({ summary, team = false }: { summary: EvaluationSummary | TeamEvaluationSummary; team?: boolean }) {
  const { t } = useTranslation();
  const minCounsellors = 'minCounsellors' in summary ? summary.minCounsellors : 1;
  return (
    <Section
      title={t(team ? 'development.evaluation.teamTitle' : 'development.evaluation.title')}
      description={
        <p>
          {team
            ? t('development.evaluation.teamIntro', { min: summary.minResponses, counsellors: minCounsellors })
            : t('development.evaluation.intro', { min: summary.minResponses })}
        </p>
      }
    >
      {!summary.runningThisYear && <p className="muted">{t('development.evaluation.notRunning')}</p>}
      <div className="stack">
        {summary.years.map((year) => (
          <YearTable key={year.schoolYear} summary={summary} year={year} team={team} />
        ))}
      </div>
    </Section>
  );
}
