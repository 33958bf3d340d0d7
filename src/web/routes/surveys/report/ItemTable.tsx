import { useTranslation } from 'react-i18next';
import type { SurveyReport } from '../../../../shared/survey-report';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { fixed, localized, scaleTitle } from './format';

/** Every question with its figures and a stacked bar of the answers (the numbers are in the text beside it). */
export function ItemTable({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  const labels = report.responseScale?.labels.map(localized) ?? [];
  const points = report.responseScale ? report.responseScale.max - report.responseScale.min + 1 : 0;
  return (
    <Section title={t('survey-report.items.title')} description={<p>{t('survey-report.items.description')}</p>}>
      <ul className="survey-legend" aria-hidden="true">
        {labels.map((label, i) => (
          <li key={label}>
            <span className={`survey-swatch survey-point-${points}-${i}`} />
            {label}
          </li>
        ))}
      </ul>
      <TableWrap label={t('survey-report.items.title')}>
        <table className="table-compact survey-items">
          <thead>
            <tr>
              <th scope="col">{t('survey-report.items.question')}</th>
              <th scope="col">{t('survey-report.scales.n')}</th>
              <th scope="col">{t('survey-report.scales.mean')}</th>
              <th scope="col">{t('survey-report.scales.sd')}</th>
              <th scope="col">{t('survey-report.items.distribution')}</th>
              <th scope="col">{t('survey-report.items.top')}</th>
            </tr>
          </thead>
          <tbody>
            {report.items.map((item) => (
              <tr key={item.code}>
                <th scope="row">
                  <span className="survey-item-text">
                    {localized(item.text)}
                    {item.reverse && ' (R)'}
                  </span>
                  <span className="muted small">
                    {item.code} · {scaleTitle(report, item.scale)}
                    {item.missing > 0 && <> · {t('survey-report.items.missing', { count: item.missing })}</>}
                  </span>
                </th>
                <td>{item.n}</td>
                <td>{fixed(item.mean)}</td>
                <td>{fixed(item.sd)}</td>
                <td>
                  <div className="survey-stack" aria-hidden="true">
                    {item.distribution.map((d, i) => (
                      <span key={d.value} className={`survey-point-${points}-${i}`} style={{ width: `${d.percent ?? 0}%` }} />
                    ))}
                  </div>
                  <span className="visually-hidden">
                    {item.distribution.map((d, i) => t('survey-report.items.share', { label: labels[i] ?? String(d.value), percent: fixed(d.percent, 0) })).join(', ')}
                  </span>
                </td>
                <td>{fixed(item.topHalfPercent, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
