import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleReport, SurveyReport } from '../../../../shared/survey-report';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { fixed, localized } from './format';
import { GroupMeansChart } from './GroupMeansChart';

/** One card per scale: mean, SD, alpha, and the mean per group as a chart and a table. */
export function ScaleCards({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  const min = report.responseScale?.min ?? 1;
  const max = report.responseScale?.max ?? 5;
  return (
    <Section title={t('survey-report.scales.title')} description={<p>{t('survey-report.scales.description', { min, max })}</p>}>
      <div className="survey-scale-grid">
        {report.scales.map((scale) => (
          <ScaleCard key={scale.code} scale={scale} min={min} max={max} minGroupSize={report.minGroupSize} />
        ))}
      </div>
    </Section>
  );
}

function ScaleCard({ scale, min, max, minGroupSize }: { scale: ScaleReport; min: number; max: number; minGroupSize: number }) {
  const { t } = useTranslation();
  const title = localized(scale.title);
  const name = (label: string | null) => label ?? t('survey-report.unknown');
  const bars = useMemo(
    () => scale.byGroup.flatMap((g) => (g.suppressed || g.mean === null ? [] : [{ label: name(g.label), mean: g.mean }])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scale],
  );
  return (
    <article className="survey-scale-card" aria-label={title}>
      <h3>{title}</h3>
      <dl className="survey-scale-figures">
        <div>
          <dt>{t('survey-report.scales.mean')}</dt>
          <dd>{fixed(scale.mean)}</dd>
        </div>
        <div>
          <dt>{t('survey-report.scales.sd')}</dt>
          <dd>{fixed(scale.sd)}</dd>
        </div>
        <div>
          <dt>{t('survey-report.scales.alpha')}</dt>
          <dd>{fixed(scale.alpha)}</dd>
        </div>
        <div>
          <dt>{t('survey-report.scales.n')}</dt>
          <dd>{scale.n}</dd>
        </div>
      </dl>
      <p className="muted small">
        {t('survey-report.scales.alphaN', { count: scale.alphaN })}
        {scale.alpha !== null && scale.alpha < 0.7 && <> · {t('survey-report.scales.lowAlpha')}</>}
      </p>
      {bars.length > 0 && <GroupMeansChart bars={bars} min={min} max={max} label={t('survey-report.scales.chartLabel', { scale: title })} />}
      <TableWrap label={title}>
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('survey-report.scales.group')}</th>
              <th scope="col">{t('survey-report.scales.n')}</th>
              <th scope="col">{t('survey-report.scales.mean')}</th>
              <th scope="col">{t('survey-report.scales.sd')}</th>
            </tr>
          </thead>
          <tbody>
            {scale.byGroup.map((g) => (
              <tr key={g.label ?? ''} className={g.suppressed ? 'is-suppressed' : undefined}>
                <th scope="row">{name(g.label)}</th>
                {g.suppressed ? (
                  <td colSpan={3} title={t('survey-report.suppressedExplained', { min: minGroupSize })}>
                    {t('survey-report.suppressed')}
                  </td>
                ) : (
                  <>
                    <td>{g.n}</td>
                    <td>{fixed(g.mean)}</td>
                    <td>{fixed(g.sd)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </article>
  );
}
