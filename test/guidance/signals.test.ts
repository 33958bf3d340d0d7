import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, lightFor, signalsFor, type StudentFacts } from '../../src/domain/guidance/signals';

const today = '2026-11-25';
const calm: StudentFacts = {
  norm: { conversationsPerYear: 4, minutesEach: 30 },
  schoolYearStart: '2026-08-01',
  heldDates: ['2026-10-01'],
  lastHeldAt: '2026-10-01',
  nextPlannedAt: null,
  overdueActions: 0,
  latestMean: 3.6,
  previousMean: 3.4,
  openReferral: null,
  failedTests: 0,
  failedCourses: [],
  lastPortfolioActivityAt: '2026-11-10T09:00:00Z',
  latestCertainty: 3.2,
  previousCertainty: 3.0,
  latestDropoutRisk: 1.5,
};
const codes = (facts: Partial<StudentFacts>) => signalsFor({ ...calm, ...facts }, DEFAULT_THRESHOLDS, today).map((s) => `${s.code}:${s.severity}`);

describe('caseload signals', () => {
  it('gives a student on course no signals and a green light', () => {
    expect(codes({})).toEqual([]);
    expect(lightFor([])).toBe('green');
  });

  it('flags a conversation backlog against the norm, softened when one is planned', () => {
    // 4 a year: the first due date (31 October) has passed and nothing was held this year.
    expect(codes({ heldDates: [], lastHeldAt: '2026-05-01' })).toEqual(['gesprek_achterstand:medium']);
    expect(codes({ heldDates: [], lastHeldAt: '2026-05-01', nextPlannedAt: '2026-12-01T10:00:00Z' })).toEqual(['gesprek_achterstand:low']);
    // 12 a year and none held by late November: three behind.
    expect(codes({ norm: { conversationsPerYear: 12, minutesEach: 30 }, heldDates: [] })).toEqual(['gesprek_achterstand:high']);
  });

  it('flags a long silence when there is no norm to check against', () => {
    expect(codes({ norm: null, lastHeldAt: '2026-05-01' })).toEqual(['geen_begeleider_gesprek:medium']);
    expect(codes({ norm: null, lastHeldAt: null, heldDates: [] })).toEqual(['geen_begeleider_gesprek:medium']);
    expect(codes({ norm: null, lastHeldAt: '2026-10-01' })).toEqual([]);
  });

  it('flags overdue actions, more of them more urgently', () => {
    expect(codes({ overdueActions: 1 })).toEqual(['acties_verlopen:medium']);
    expect(codes({ overdueActions: 3 })).toEqual(['acties_verlopen:high']);
  });

  it('flags low and falling competencies by the thresholds', () => {
    expect(codes({ latestMean: 2.4, previousMean: 2.5 })).toEqual(['competenties_laag:medium']);
    expect(codes({ latestMean: 3.0, previousMean: 3.6 })).toEqual(['competenties_dalend:high']);
    expect(signalsFor({ ...calm, latestMean: 3.0, previousMean: 3.6 }, { ...DEFAULT_THRESHOLDS, fallingCompetency: 1 }, today)).toEqual([]);
  });

  it('mentions an open referral, and warns when it waits too long for first contact', () => {
    expect(codes({ openReferral: { status: 'in_behandeling', submittedAt: '2026-10-01' } })).toEqual(['verwijzing_open:low']);
    expect(codes({ openReferral: { status: 'ingediend', submittedAt: '2026-11-01' } })).toEqual(['verwijzing_open:medium']);
    expect(codes({ openReferral: { status: 'ingediend', submittedAt: '2026-11-20' } })).toEqual(['verwijzing_open:low']);
  });

  it('flags failed tests this school year from the threshold, naming a few', () => {
    expect(codes({ failedTests: 1, failedCourses: ['Wiskunde'] })).toEqual([]);
    expect(codes({ failedTests: 2, failedCourses: ['Wiskunde', 'Engels'] })).toEqual(['toetsen_onvoldoende:medium']);
    expect(codes({ failedTests: 4, failedCourses: ['Wiskunde'] })).toEqual(['toetsen_onvoldoende:high']);
    const [signal] = signalsFor({ ...calm, failedTests: 2, failedCourses: ['Wiskunde', 'Engels'] }, DEFAULT_THRESHOLDS, today);
    expect(signal?.explanation.nl).toBe('2 toetsen niet gehaald dit schooljaar (o.a. Wiskunde, Engels).');
  });

  it('explains each signal in Dutch and English with a next step, and lights by the worst severity', () => {
    const signals = signalsFor({ ...calm, overdueActions: 2, latestMean: 3.0, previousMean: 3.6 }, DEFAULT_THRESHOLDS, today);
    for (const s of signals) {
      expect(s.explanation.nl).not.toBe(s.explanation.en);
      expect(s.suggestion.nl.length).toBeGreaterThan(10);
    }
    expect(signals.find((s) => s.code === 'competenties_dalend')?.explanation.nl).toBe('Gezakt van 3,6 naar 3,0 sinds de vorige meting.');
    expect(lightFor(signals)).toBe('red');
    expect(lightFor([{ severity: 'medium' }, { severity: 'low' }])).toBe('orange');
    expect(lightFor([{ severity: 'low' }])).toBe('green');
  });

  it('flags a quiet or empty portfolio from the last change date only', () => {
    // 2026-10-01 → 2026-11-25 is 55 days: 7 whole weeks, past the default of 6.
    expect(codes({ lastPortfolioActivityAt: '2026-10-01T10:00:00Z' })).toEqual(['portfolio_stil:low']);
    expect(codes({ lastPortfolioActivityAt: '2026-10-15T10:00:00Z' })).toEqual([]);
    const [empty] = signalsFor({ ...calm, lastPortfolioActivityAt: null }, DEFAULT_THRESHOLDS, today);
    expect(empty?.explanation.nl).toContain('nog leeg');
    expect(codes({ lastPortfolioActivityAt: '2026-10-01T10:00:00Z' }).length).toBe(1);
  });

  it('flags low or falling choice certainty and a high dropout risk from the latest shared survey', () => {
    expect(codes({ latestCertainty: 2.2, previousCertainty: 2.4 })).toEqual(['keuzezekerheid_laag:medium']);
    expect(codes({ latestCertainty: 2.6, previousCertainty: 3.4 })).toEqual(['keuzezekerheid_dalend:medium']);
    expect(codes({ latestCertainty: 2.0, previousCertainty: 3.0 })).toEqual(['keuzezekerheid_laag:medium', 'keuzezekerheid_dalend:medium']);
    expect(codes({ latestDropoutRisk: 3 })).toEqual(['uitvalrisico_hoog:high']);
    expect(codes({ latestDropoutRisk: 2.9 })).toEqual([]);
    // No survey shared with guidance: nothing to say.
    expect(codes({ latestCertainty: null, previousCertainty: null, latestDropoutRisk: null })).toEqual([]);
    const [risk] = signalsFor({ ...calm, latestDropoutRisk: 3.5 }, DEFAULT_THRESHOLDS, today);
    expect(lightFor([risk!])).toBe('red');
    expect(risk?.explanation.nl).toContain('3,5 op 4');
  });

  it('follows the institution’s thresholds for the new signals', () => {
    const t = { ...DEFAULT_THRESHOLDS, portfolioInactiveWeeks: 10, lowChoiceCertainty: 3.5, highDropoutRisk: 1.4 };
    const list = signalsFor({ ...calm, lastPortfolioActivityAt: '2026-10-01T10:00:00Z' }, t, today).map((s) => s.code);
    expect(list).toEqual(['keuzezekerheid_laag', 'uitvalrisico_hoog']);
  });
});
