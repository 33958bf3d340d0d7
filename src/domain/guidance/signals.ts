import { cadenceStatus, type CadenceNorm } from '../conversations/cadence';
import type { Bilingual } from '../conversations/text';
import { milestoneSignals, type MilestoneFacts } from './milestone-signals';
import {
  DEFAULT_PORTFOLIO_SURVEY_THRESHOLDS,
  portfolioSurveySignals,
  type PortfolioSurveyFacts,
  type PortfolioSurveySignalCode,
  type PortfolioSurveyThresholds,
} from './portfolio-survey-signals';

/*
 * Early signals on a caseload: pure rules over facts the database gathers for the whole caseload in
 * one query. Each signal says in plain words what is the matter and what a counsellor could do
 * next; the traffic light is the worst severity. Thresholds are the institution's to set.
 */

export type SignalCode =
  | 'gesprek_achterstand'
  | 'geen_begeleider_gesprek'
  | 'acties_verlopen'
  | 'competenties_laag'
  | 'competenties_dalend'
  | 'verwijzing_open'
  | 'toetsen_onvoldoende'
  | PortfolioSurveySignalCode
  | 'mijlpaal_gemist';
export type Severity = 'high' | 'medium' | 'low';
export type Light = 'green' | 'orange' | 'red';

export interface SignalThresholds extends PortfolioSurveyThresholds {
  actionGraceDays: number;
  lowCompetency: number;
  fallingCompetency: number;
  referralWaitDays: number;
  noConversationDays: number;
  /** Failed tests this school year from which a student is flagged. */
  failedTests: number;
}

export const DEFAULT_THRESHOLDS: SignalThresholds = {
  actionGraceDays: 7,
  lowCompetency: 2.5,
  fallingCompetency: 0.5,
  referralWaitDays: 10,
  noConversationDays: 120,
  failedTests: 2,
  ...DEFAULT_PORTFOLIO_SURVEY_THRESHOLDS,
};

export interface StudentFacts extends PortfolioSurveyFacts, Partial<MilestoneFacts> {
  /** Norm for this school year (own or default); null when the student is in no programme. */
  norm: CadenceNorm | null;
  schoolYearStart: string;
  /** Dates (YYYY-MM-DD) of conversations held this school year. */
  heldDates: readonly string[];
  lastHeldAt: string | null;
  nextPlannedAt: string | null;
  /** Open actions whose due date plus the grace period has passed. */
  overdueActions: number;
  /** Mean of the scale scores of the latest and the previous self-assessment. */
  latestMean: number | null;
  previousMean: number | null;
  openReferral: { status: string; submittedAt: string } | null;
  /** Tests not passed this school year (imported results), and the names of a few of them. */
  failedTests: number;
  failedCourses: readonly string[];
}

export interface SignalResult {
  code: SignalCode;
  severity: Severity;
  explanation: Bilingual;
  suggestion: Bilingual;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY);
const fmt = (n: number) => n.toFixed(1).replace('.', ',');

export function signalsFor(facts: StudentFacts, t: SignalThresholds, today: string): SignalResult[] {
  const out: SignalResult[] = [];
  const planned = facts.nextPlannedAt !== null && facts.nextPlannedAt.slice(0, 10) >= today;

  const cadence = facts.norm ? cadenceStatus(facts.norm, facts.schoolYearStart, today, facts.heldDates) : null;
  if (cadence?.overdue) {
    const behind = cadence.expectedByNow - cadence.held;
    out.push({
      code: 'gesprek_achterstand',
      severity: planned ? 'low' : behind >= 2 ? 'high' : 'medium',
      explanation: {
        nl: `${cadence.held} van de ${cadence.expectedByNow} gesprekken die volgens de norm nu gehouden hadden moeten zijn.`,
        en: `${cadence.held} of the ${cadence.expectedByNow} conversations the norm expects by now.`,
      },
      suggestion: planned
        ? { nl: 'Er staat al een gesprek gepland; houd het vast.', en: 'A conversation is already planned; keep it.' }
        : { nl: 'Stel een gesprek voor en vraag de student een agenda voor te bereiden.', en: 'Propose a conversation and ask the student to prepare an agenda.' },
    });
  } else {
    const silent = facts.lastHeldAt === null ? null : days(facts.lastHeldAt, today);
    if (!planned && (silent === null || silent > t.noConversationDays)) {
      out.push({
        code: 'geen_begeleider_gesprek',
        severity: 'medium',
        explanation:
          silent === null
            ? { nl: 'Nog nooit een begeleidingsgesprek gehad.', en: 'Has never had a guidance conversation.' }
            : { nl: `Al ${silent} dagen geen gesprek gehad.`, en: `No conversation for ${silent} days.` },
        suggestion: { nl: 'Plan een kennismakings- of voortgangsgesprek.', en: 'Plan an introductory or progress conversation.' },
      });
    }
  }

  if (facts.overdueActions > 0) {
    out.push({
      code: 'acties_verlopen',
      severity: facts.overdueActions >= 3 ? 'high' : 'medium',
      explanation: {
        nl: facts.overdueActions === 1 ? 'Eén afspraak is over de datum.' : `${facts.overdueActions} afspraken zijn over de datum.`,
        en: facts.overdueActions === 1 ? 'One agreed action is past its date.' : `${facts.overdueActions} agreed actions are past their date.`,
      },
      suggestion: {
        nl: 'Vraag wat er in de weg zat en maak de afspraak kleiner of concreter.',
        en: 'Ask what got in the way and make the action smaller or more concrete.',
      },
    });
  }

  if (facts.latestMean !== null && facts.latestMean < t.lowCompetency) {
    out.push({
      code: 'competenties_laag',
      severity: 'medium',
      explanation: {
        nl: `Gemiddelde op de laatste zelfbeoordeling is ${fmt(facts.latestMean)} (grens ${fmt(t.lowCompetency)}).`,
        en: `Mean of the latest self-assessment is ${fmt(facts.latestMean)} (threshold ${fmt(t.lowCompetency)}).`,
      },
      suggestion: {
        nl: 'Bespreek de resultaten samen en kies één competentie om aan te werken.',
        en: 'Discuss the results together and choose one competency to work on.',
      },
    });
  }
  if (facts.latestMean !== null && facts.previousMean !== null && facts.previousMean - facts.latestMean >= t.fallingCompetency) {
    out.push({
      code: 'competenties_dalend',
      severity: 'high',
      explanation: {
        nl: `Gezakt van ${fmt(facts.previousMean)} naar ${fmt(facts.latestMean)} sinds de vorige meting.`,
        en: `Fell from ${fmt(facts.previousMean)} to ${fmt(facts.latestMean)} since the previous measurement.`,
      },
      suggestion: {
        nl: 'Vraag in het volgende gesprek wat er veranderd is; een daling zegt vaak iets over twijfel aan de studiekeuze.',
        en: 'Ask in the next conversation what changed; a drop often signals doubt about the study choice.',
      },
    });
  }

  if (facts.failedTests >= t.failedTests) {
    const which = facts.failedCourses.slice(0, 3).join(', ');
    out.push({
      code: 'toetsen_onvoldoende',
      severity: facts.failedTests >= 2 * t.failedTests ? 'high' : 'medium',
      explanation: {
        nl: `${facts.failedTests} toetsen niet gehaald dit schooljaar${which ? ` (o.a. ${which})` : ''}.`,
        en: `${facts.failedTests} tests not passed this school year${which ? ` (e.g. ${which})` : ''}.`,
      },
      suggestion: {
        nl: 'Bespreek snel hoe het gaat: onvoldoendes aan het begin van het jaar zijn vaak het eerste teken van twijfel aan de studiekeuze.',
        en: 'Talk soon about how things are going: failed tests early in the year are often the first sign of doubt about the study choice.',
      },
    });
  }

  if (facts.openReferral) {
    const waiting = days(facts.openReferral.submittedAt, today);
    const stuck = facts.openReferral.status === 'ingediend' && waiting > t.referralWaitDays;
    out.push({
      code: 'verwijzing_open',
      severity: stuck ? 'medium' : 'low',
      explanation: stuck
        ? { nl: `Verwijzing wacht al ${waiting} dagen op een eerste contact.`, en: `Referral has waited ${waiting} days for first contact.` }
        : { nl: 'Er loopt een verwijzing naar de tweede lijn.', en: 'A referral to second-line support is open.' },
      suggestion: stuck
        ? { nl: 'Neem contact op met de tweede lijn over de wachttijd.', en: 'Contact the second-line team about the wait.' }
        : { nl: 'Stem af met de specialist wie wat doet in het stappenplan.', en: 'Agree with the specialist who does what in the step plan.' },
    });
  }
  out.push(...portfolioSurveySignals(facts, t, today));
  out.push(...milestoneSignals({ missedMilestones: facts.missedMilestones ?? 0, firstMissedMilestone: facts.firstMissedMilestone ?? null }));
  return out;
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function lightFor(signals: readonly { severity: Severity }[]): Light {
  const worst = Math.max(0, ...signals.map((s) => RANK[s.severity]));
  return worst >= 3 ? 'red' : worst === 2 ? 'orange' : 'green';
}
