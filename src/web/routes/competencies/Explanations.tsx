import { useTranslation } from 'react-i18next';
import type { InstrumentView, Measurement } from '../../../shared/competencies';
import { formatScore, local, scoreOf } from './scores';

/** Per competency: what it means in plain words, the student's score, and one thing to try. */
export function Explanations({ instrument, latest }: { instrument: InstrumentView; latest: Measurement }) {
  const { t } = useTranslation();
  const max = instrument.responseScale.max;
  return (
    <ul className="explanations">
      {instrument.scales.map((scale) => (
        <li key={scale.code} className="explanation">
          <h3>
            {local(scale.title)}{' '}
            <span className="explanation-score">
              {t('competencies.result.scoreOf', { score: formatScore(scoreOf(latest.scales, scale.code)), max })}
            </span>
          </h3>
          <p>{local(scale.explanation)}</p>
          <p className="suggestion">
            <strong>{t('competencies.result.tryThis')}</strong> {local(scale.suggestion)}
          </p>
        </li>
      ))}
    </ul>
  );
}
