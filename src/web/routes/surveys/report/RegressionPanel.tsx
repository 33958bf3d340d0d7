import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_DIMENSIONS, type GroupDimension, type RegressionReport, type SurveyReport } from '../../../../shared/survey-report';
import { CheckboxField, SelectField } from '../../../components/Fields';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { fixed, pValue, scaleTitle } from './format';

export interface RegressionChoice {
  outcome?: string;
  predictors: string[];
  controls: GroupDimension[];
}

/** Choose an outcome, predictors and controls; the coefficients come back with a plain reading. */
export function RegressionPanel({ report, choice, onRun }: { report: SurveyReport; choice: RegressionChoice; onRun: (c: RegressionChoice) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState(choice.outcome ?? '');
  const [predictors, setPredictors] = useState<string[]>(choice.predictors);
  const [controls, setControls] = useState<GroupDimension[]>(choice.controls);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (outcome) onRun({ outcome, predictors: predictors.filter((p) => p !== outcome), controls });
  };

  return (
    <Section title={t('survey-report.regression.title')} description={<p>{t('survey-report.regression.description')}</p>}>
      <form className="survey-regression-form" onSubmit={submit}>
        <SelectField label={t('survey-report.regression.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value)} required>
          <option value="">{t('survey-report.regression.choose')}</option>
          {report.scales.map((s) => (
            <option key={s.code} value={s.code}>
              {scaleTitle(report, s.code)}
            </option>
          ))}
        </SelectField>
        <fieldset className="survey-checks">
          <legend>{t('survey-report.regression.predictors')}</legend>
          {report.scales.map((s) => (
            <CheckboxField
              key={s.code}
              label={scaleTitle(report, s.code)}
              checked={predictors.includes(s.code) && s.code !== outcome}
              disabled={s.code === outcome}
              onChange={() => setPredictors(toggle(predictors, s.code))}
            />
          ))}
        </fieldset>
        <fieldset className="survey-checks">
          <legend>{t('survey-report.regression.controls')}</legend>
          {GROUP_DIMENSIONS.map((d) => (
            <CheckboxField key={d} label={t(`survey-report.groups.${d}`)} checked={controls.includes(d)} onChange={() => setControls(toggle(controls, d))} />
          ))}
        </fieldset>
        <div>
          <button type="submit" className="button">
            {t('survey-report.regression.run')}
          </button>
        </div>
      </form>
      {report.regression && <RegressionResult report={report} regression={report.regression} />}
    </Section>
  );
}

function RegressionResult({ report, regression }: { report: SurveyReport; regression: RegressionReport }) {
  const { t } = useTranslation();
  const result = regression.result;
  const outcome = scaleTitle(report, regression.outcome);
  if (!result.ok) {
    return (
      <p role="status" className="muted">
        {result.reason === 'suppressed' ? t('survey-report.regression.suppressed', { min: report.minGroupSize }) : t('survey-report.regression.failed', { reason: result.detail ?? result.reason })}
      </p>
    );
  }
  const reference = (d: string) => regression.references.find((r) => r.control === d)?.reference ?? '';
  const termName = (name: string, kind: string) => {
    if (kind === 'intercept') return t('survey-report.regression.intercept');
    if (kind === 'predictor') return scaleTitle(report, name);
    const [dimension = '', level = ''] = name.split('=');
    const known = GROUP_DIMENSIONS.find((d) => d === dimension);
    return t('survey-report.regression.control', { dimension: known ? t(`survey-report.groups.${known}`) : dimension, level, reference: reference(dimension) });
  };
  return (
    <div className="survey-regression-result" role="status">
      <p>
        {t('survey-report.regression.fit', {
          n: result.n,
          r2: fixed(result.rSquared),
          adj: fixed(result.adjustedRSquared),
          percent: fixed(result.rSquared * 100, 0),
          outcome,
        })}
      </p>
      <TableWrap label={t('survey-report.regression.title')}>
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('survey-report.regression.term')}</th>
              <th scope="col" className="num">{t('survey-report.regression.estimate')}</th>
              <th scope="col" className="num">{t('survey-report.regression.se')}</th>
              <th scope="col" className="num">{t('survey-report.regression.p')}</th>
            </tr>
          </thead>
          <tbody>
            {result.coefficients.map((c) => (
              <tr key={c.name}>
                <th scope="row">{termName(c.name, c.kind)}</th>
                <td className="num">{fixed(c.estimate, 3)}</td>
                <td className="num">{fixed(c.se, 3)}</td>
                <td className="num">{pValue(c.p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ul className="survey-readings">
        {result.coefficients
          .filter((c) => c.kind === 'predictor')
          .map((c) => (
            <li key={c.name}>
              {t('survey-report.regression.readingCoefficient', {
                predictor: scaleTitle(report, c.name),
                estimate: fixed(Math.abs(c.estimate)),
                direction: t(c.estimate >= 0 ? 'survey-report.regression.more' : 'survey-report.regression.less'),
                outcome,
              })}{' '}
              {t(c.p !== null && c.p < 0.05 ? 'survey-report.regression.significant' : 'survey-report.regression.notSignificant')}
            </li>
          ))}
      </ul>
      <p className="muted">{t('survey-report.regression.caveat')}</p>
    </div>
  );
}
