/*
 * The binding study advice (BSA) in the first year: a programme sets a threshold in credits for
 * the year, a date for the provisional warning and one for the final advice. Where a student stands
 * follows from the credits earned so far and the advice already given; nothing is stored twice.
 */

export type BsaStatus = 'no_norm' | 'on_track' | 'at_risk' | 'warned' | 'reached' | 'final_positive' | 'final_negative' | 'final_postponed';

export interface BsaNormFacts {
  thresholdCredits: number;
  warningOn: string;
  finalOn: string;
}

export interface AdviceFacts {
  kind: 'provisional' | 'final';
  outcome: 'warning' | 'on_track' | 'positive' | 'negative' | 'postponed';
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

/**
 * Credits a student on schedule has by `today`: the threshold spread evenly from the start of
 * the enrolment to the final advice. A simple line, on purpose: it says "behind", not "why".
 */
export function expectedCredits(norm: BsaNormFacts, startDate: string, today: string): number {
  const total = days(startDate, norm.finalOn);
  if (total <= 0) return norm.thresholdCredits;
  const share = Math.min(1, Math.max(0, days(startDate, today) / total));
  return Math.round(norm.thresholdCredits * share * 10) / 10;
}

/** The final advice decides; before it, a provisional warning; before that, credits against the pace. */
export function bsaStatus(input: { norm: BsaNormFacts | null; credits: number; startDate: string; today: string; advices: readonly AdviceFacts[] }): BsaStatus {
  const final = input.advices.find((a) => a.kind === 'final');
  if (final) return final.outcome === 'negative' ? 'final_negative' : final.outcome === 'postponed' ? 'final_postponed' : 'final_positive';
  if (!input.norm) return 'no_norm';
  if (input.credits >= input.norm.thresholdCredits) return 'reached';
  if (input.advices.some((a) => a.kind === 'provisional' && a.outcome === 'warning')) return 'warned';
  return input.credits < expectedCredits(input.norm, input.startDate, input.today) * AT_RISK_SHARE ? 'at_risk' : 'on_track';
}

/**
 * Below this share of the expected credits a student is "at risk": a few weeks of grading delay
 * should not turn a whole group orange.
 */
export const AT_RISK_SHARE = 0.8;

/** A norm is usable when the warning comes before the final advice and the threshold fits the year. */
export function normProblems(norm: { thresholdCredits: number; yearCredits: number; warningOn: string; finalOn: string; schoolYear: string }): string[] {
  const problems: string[] = [];
  if (norm.thresholdCredits > norm.yearCredits) problems.push('thresholdCredits');
  if (norm.warningOn >= norm.finalOn) problems.push('finalOn');
  const start = `${norm.schoolYear.slice(0, 4)}-08-01`;
  const end = `${Number(norm.schoolYear.slice(0, 4)) + 2}-07-31`;
  if (norm.warningOn < start || norm.warningOn > end) problems.push('warningOn');
  if (norm.finalOn < start || norm.finalOn > end) problems.push('finalOn');
  return [...new Set(problems)];
}
