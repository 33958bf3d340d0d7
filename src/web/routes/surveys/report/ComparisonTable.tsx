import { useTranslation } from 'react-i18next';
import type { Comparison, SurveyReport } from '../../../../shared/survey-report';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { fixed, pValue, scaleTitle } from './format';

/** ω² thresholds as commonly read (Field; Kirk): 0.01 small, 0.06 medium, 0.14 large. */
function reading(c: Comparison): 'none' | 'small' | 'medium' | 'large' {
  if (!c.result.ok || c.result.p === null || c.result.p >= 0.05) return 'none';
  const w = c.result.omegaSquared;
  return w >= 0.14 ? 'large' : w >= 0.06 ? 'medium' : 'small';
}

/** Welch ANOVA per scale with the Games–Howell pairs that differ, each in a plain sentence. */
export function ComparisonTable({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  return (
    <Section title={t('survey-report.comparisons.title')} description={<p>{t('survey-report.comparisons.description')}</p>}>
      <TableWrap label={t('survey-report.comparisons.title')}>
        <table className="table-compact survey-comparisons">
          <thead>
            <tr>
              <th scope="col">{t('survey-report.comparisons.scale')}</th>
              <th scope="col">{t('survey-report.comparisons.test')}</th>
              <th scope="col" className="num">{t('survey-report.comparisons.p')}</th>
              <th scope="col" className="num">{t('survey-report.comparisons.effect')}</th>
              <th scope="col">{t('survey-report.comparisons.pairs')}</th>
            </tr>
          </thead>
          <tbody>
            {report.comparisons.map((c) => (
              <tr key={c.scale}>
                <th scope="row">{scaleTitle(report, c.scale)}</th>
                {c.result.ok ? (
                  <>
                    <td>
                      {fixed(c.result.F)} ({c.result.df1}; {fixed(c.result.df2, 1)})
                    </td>
                    <td className="num">{pValue(c.result.p)}</td>
                    <td className="num">{fixed(c.result.omegaSquared)}</td>
                    <td>
                      <p>{t(`survey-report.comparisons.reading.${reading(c)}`)}</p>
                      <Pairs comparison={c} />
                    </td>
                  </>
                ) : (
                  <td colSpan={4}>{t('survey-report.comparisons.notComparable')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {report.comparisons[0] && report.comparisons[0].excluded.length > 0 && (
        <p className="muted small">
          {t('survey-report.comparisons.excluded', { groups: report.comparisons[0].excluded.map((g) => g ?? t('survey-report.unknown')).join(', ') })}
        </p>
      )}
    </Section>
  );
}

function Pairs({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  if (!comparison.result.ok) return null;
  const differing = comparison.result.pairs.filter((p) => p.p !== null && p.p < 0.05);
  if (differing.length === 0) return <p className="muted small">{t('survey-report.comparisons.none')}</p>;
  return (
    <ul className="survey-pairs">
      {differing.map((p) => (
        <li key={`${p.a}|${p.b}`}>
          {t('survey-report.comparisons.pair', {
            a: p.a,
            b: p.b,
            diff: fixed(Math.abs(p.diff)),
            direction: t(p.diff > 0 ? 'survey-report.comparisons.higher' : 'survey-report.comparisons.lower'),
          })}{' '}
          <span className="muted">(p {pValue(p.p)})</span>
        </li>
      ))}
    </ul>
  );
}
