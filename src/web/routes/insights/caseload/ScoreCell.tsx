import { useTranslation } from 'react-i18next';
import { formatScore, trendOf } from '../format';

const ARROW = { up: '▲', down: '▼', same: '=' } as const;

/**
 * One competency of one student: the latest score and, under it, the change since the previous
 * self-assessment. The arrow is a shape and the screen-reader text says it in words, so nothing
 * depends on the colour.
 */
export function ScoreCell({ score, change }: { score: number | null; change: number | null }) {
  const { t } = useTranslation();
  if (score === null) {
    return (
      <td className="num">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('insights.score.none')}</span>
      </td>
    );
  }
  const trend = change === null ? null : trendOf(change);
  const amount = change === null ? '' : formatScore(Math.abs(change));
  return (
    <td className="num">
      <span className="score">{formatScore(score)}</span>
      {trend && change !== null && (
        <span className={`trend trend-${trend}`}>
          <span aria-hidden="true">
            {ARROW[trend]}
            {trend === 'same' ? '' : ` ${amount}`}
          </span>
          <span className="visually-hidden">{t(`insights.score.${trend}`, { value: amount })}</span>
        </span>
      )}
    </td>
  );
}
