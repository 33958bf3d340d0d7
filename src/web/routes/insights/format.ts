import type { Text } from '../../../shared/competencies';
import { currentLanguage, locale } from '../../i18n';

/** A text the API gives in both languages, in the language of the interface. */
export function localized(text: Text): string {
  return text[currentLanguage()] || text.nl;
}

/** A 1–5 score with one decimal, as a Dutch or English reader writes it ("3,4" / "3.4"). */
export function formatScore(value: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** Correlations and alphas with two decimals ("0,78"). */
export function formatCoefficient(value: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export type Trend = 'up' | 'down' | 'same';

/** A change that rounds to 0,0 at one decimal is shown as unchanged, matching what is printed. */
export function trendOf(change: number): Trend {
  if (Math.round(change * 10) === 0) return 'same';
  return change > 0 ? 'up' : 'down';
}

/** Looks up a scale's score by code; scores come as lists and may lack a scale. */
export function scoreFor(scales: readonly { code: string; score: number | null }[] | null | undefined, code: string): number | null {
  return scales?.find((scale) => scale.code === code)?.score ?? null;
}
