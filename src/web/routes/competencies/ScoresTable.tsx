import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../shared/competencies';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { change, formatChange, formatScore, scoreOf } from './scores';

/** The exact numbers behind the radar: latest score, the one before and the change, per competency. */
export function ScoresTable({
  scales,
  latest,
  previous,
  caption,
}: {
  scales: { code: string; title: string }[];
  latest: Measurement;
  previous: Measurement | undefined;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <TableWrap label={caption}>
      <table className="scores-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competencies.result.competency')}</th>
            <th scope="col" className="num">
              {t('competencies.result.scoreNow')}
              <span className="th-sub">{formatDate(latest.submittedAt)}</span>
            </th>
            {previous && (
              <>
                <th scope="col" className="num">
                  {t('competencies.result.scoreBefore')}
                  <span className="th-sub">{formatDate(previous.submittedAt)}</span>
                </th>
                <th scope="col" className="num">
                  {t('competencies.result.change')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {scales.map((scale) => {
            const now = scoreOf(latest.scales, scale.code);
            const before = previous ? scoreOf(previous.scales, scale.code) : null;
            const delta = change(now, before);
            return (
              <tr key={scale.code}>
                <th scope="row">{scale.title}</th>
                <td className="num">{formatScore(now)}</td>
                {previous && (
                  <>
                    <td className="num">{formatScore(before)}</td>
                    <td className="num">
                      <ChangeValue delta={delta} />
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** `+0,4 hoger`: the sign and a word, so the direction does not depend on colour or a symbol. */
export function ChangeValue({ delta }: { delta: number | null }) {
  const { t } = useTranslation();
  if (delta === null) return <>–</>;
  const rounded = Math.round(delta * 10) / 10;
  const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
  return (
    <span className={`change change-${direction}`}>
      {formatChange(delta)} <span className="change-word">{t(`competencies.result.change_${direction}`)}</span>
    </span>
  );
}
