import { useTranslation } from 'react-i18next';
import type { InstrumentView, Measurement } from '../../../shared/competencies';
import { GrowthChart } from './GrowthChart';
import { ScoresTable } from './ScoresTable';
import { local } from './scores';

/** The latest self-assessment as a radar (with the one before for growth) and as a table. */
export function SelfResult({
  instrument,
  scales,
  selfMeasurements,
}: {
  instrument: InstrumentView;
  scales: { code: string; title: string }[];
  /** Newest first; at least one. */
  selfMeasurements: [Measurement, ...Measurement[]];
}) {
  const { t } = useTranslation();
  const [latest, previous] = selfMeasurements;
  const { min, max, labels } = instrument.responseScale;
  const first = labels[0];
  const last = labels.at(-1);
  const lowest = first ? local(first) : String(min);
  const highest = last ? local(last) : String(max);
  return (
    <>
      <p className="muted">{t('competencies.result.scaleHint', { min, max, lowest, highest })}</p>
      <div className="result-grid">
        <GrowthChart scales={scales} latest={latest} previous={previous} min={min} max={max} />
        <ScoresTable scales={scales} latest={latest} previous={previous} caption={t('competencies.result.tableCaption')} />
      </div>
    </>
  );
}

export function isNonEmpty<T>(list: T[]): list is [T, ...T[]] {
  return list.length > 0;
}
