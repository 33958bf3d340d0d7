import { useTranslation } from 'react-i18next';
import type { SurveyReport } from '../../../../shared/survey-report';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { fixed, scaleTitle } from './format';

/** Colour band of a correlation: sign and strength (0.1 / 0.3 / 0.5), so the table reads as a heat map. */
function band(r: number | null): string {
  if (r === null) return '';
  const a = Math.abs(r);
  const level = a >= 0.5 ? 3 : a >= 0.3 ? 2 : a >= 0.1 ? 1 : 0;
  return level === 0 ? '' : `corr-${r > 0 ? 'pos' : 'neg'}-${level}`;
}

/** The correlation matrix as a heat table; numbers always shown, colour only supports them. */
export function CorrelationTable({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  const vars = report.correlations.variables;
  return (
    <Section title={t('survey-report.correlations.title')} description={<p>{t('survey-report.correlations.description')}</p>}>
      <TableWrap label={t('survey-report.correlations.label')}>
        <table className="table-compact survey-correlations">
          <thead>
            <tr>
              <td />
              {vars.map((v, i) => (
                <th key={v} scope="col" title={scaleTitle(report, v)}>
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {vars.map((v, i) => (
              <tr key={v}>
                <th scope="row">
                  {i + 1}. {scaleTitle(report, v)}
                </th>
                {vars.map((w, j) => {
                  const cell = report.correlations.cells[i]?.[j] ?? null;
                  return (
                    <td key={w} className={`num ${band(cell?.r ?? null)}`}>
                      {i === j ? '—' : fixed(cell?.r ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
