import type { Localized, SurveyReport } from '../../../../shared/survey-report';
import i18n from '../../../i18n';

/** Numbers in the report: decimals in the reader's language, a dash when undefined. */
export function fixed(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function pValue(p: number | null): string {
  if (p === null) return '–';
  return p < 0.001 ? '< 0,001'.replace(',', i18n.language === 'en' ? '.' : ',') : fixed(p, 3);
}

export const localized = (text: Localized) => (i18n.language === 'en' ? text.en : text.nl);

export function scaleTitle(report: SurveyReport, code: string): string {
  const scale = report.scales.find((s) => s.code === code);
  return scale ? localized(scale.title) : code;
}
