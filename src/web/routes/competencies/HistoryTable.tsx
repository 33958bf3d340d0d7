import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../shared/competencies';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { formatScore, scoreOf } from './scores';

/** Every submitted measurement, newest first: the student's own and those of others about them. */
export function HistoryTable({ scales, measurements }: { scales: { code: string; title: string }[]; measurements: Measurement[] }) {
  const { t } = useTranslation();
  const caption = t('competencies.history.title');
  return (
    <TableWrap label={caption}>
      <table className="table-compact history-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competencies.history.date')}</th>
            <th scope="col">{t('competencies.history.by')}</th>
            {scales.map((scale) => (
              <th scope="col" className="num" key={scale.code}>
                {scale.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measurements.map((measurement) => (
            <tr key={measurement.id}>
              <th scope="row" className="nowrap">
                {formatDate(measurement.submittedAt)}
              </th>
              <td>
                {t(`competencies.history.source.${measurement.source}`)}
                {measurement.source !== 'self' && measurement.respondentName && (
                  <span className="block muted small">{measurement.respondentName}</span>
                )}
              </td>
              {scales.map((scale) => (
                <td className="num" key={scale.code}>
                  {formatScore(scoreOf(measurement.scales, scale.code))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
