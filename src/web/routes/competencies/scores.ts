import type { InstrumentView, Measurement, ScaleScoreView, Source, Text } from '../../../shared/competencies';
import { currentLanguage, locale } from '../../i18n';

/** A text of an instrument (which carries both languages) in the current language. */
export function local(text: Text): string {
  return text[currentLanguage()] || text.nl;
}

/** `3.25` → `3,3` (nl) / `3.3` (en); one decimal is as exact as a mean of four items deserves. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '–';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A change with its sign: `+0,4`, `−0,3`, `0,0`. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change * 10) / 10;
  const text = formatScore(Math.abs(rounded));
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `\u2212${text}`;
  return text;
}

export function scoreOf(scales: ScaleScoreView[] | undefined, code: string): number | null {
  return scales?.find((scale) => scale.code === code)?.score ?? null;
}

export function change(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : now - before;
}

/** Measurements arrive newest first; these keep that order. */
export function bySource(measurements: Measurement[], source: Source): Measurement[] {
  return measurements.filter((measurement) => measurement.source === source);
}

export function latestBySource(measurements: Measurement[]): Record<Source, Measurement | undefined> {
  return {
    self: bySource(measurements, 'self')[0],
    counsellor: bySource(measurements, 'counsellor')[0],
    supervisor: bySource(measurements, 'supervisor')[0],
  };
}

/** The five competencies as the self-assessment names them; the scan uses the same codes. */
export function scaleList(instrument: InstrumentView | undefined): { code: string; title: string }[] {
  return (instrument?.scales ?? []).map((scale) => ({ code: scale.code, title: local(scale.title) }));
}

/** Differences of a whole point or more are worth talking about. */
export const TALK_THRESHOLD = 1;

export interface Difference {
  /** The view that is higher and the one it is compared with. */
  higher: Source;
  lower: Source;
  amount: number;
}

/** Where the student's own view and another's view differ by at least TALK_THRESHOLD. */
export function differences(scores: Record<Source, number | null>): Difference[] {
  const out: Difference[] = [];
  const self = scores.self;
  for (const other of ['counsellor', 'supervisor'] as const) {
    const value = scores[other];
    if (self === null || value === null) continue;
    // Rounded first, so the note agrees with the one-decimal numbers in the table.
    const amount = Math.round((self - value) * 10) / 10;
    if (Math.abs(amount) < TALK_THRESHOLD) continue;
    out.push(amount > 0 ? { higher: 'self', lower: other, amount } : { higher: other, lower: 'self', amount: -amount });
  }
  return out;
}
