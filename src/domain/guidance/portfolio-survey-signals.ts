import type { Bilingual } from '../conversations/text';

/*
 * Signals from the student's own work and own survey answers. The portfolio signal uses only the
 * date of the last change (never content, so evidence the student keeps private stays private);
 * the survey signals use only campaigns that told the student up front that their counsellor sees
 * these two scores. Scores are on the survey's 1–4 scale.
 */

export interface PortfolioSurveyFacts {
  /** Last change to the student's plan or evidence; null when the portfolio is still empty. */
  lastPortfolioActivityAt: string | null;
  /** Choice certainty and dropout-risk scale scores of the latest and previous such survey. */
  latestCertainty: number | null;
  previousCertainty: number | null;
  latestDropoutRisk: number | null;
}

export interface PortfolioSurveyThresholds {
  portfolioInactiveWeeks: number;
  lowChoiceCertainty: number;
  fallingChoiceCertainty: number;
  highDropoutRisk: number;
}

export const DEFAULT_PORTFOLIO_SURVEY_THRESHOLDS: PortfolioSurveyThresholds = {
  portfolioInactiveWeeks: 6,
  lowChoiceCertainty: 2.5,
  fallingChoiceCertainty: 0.5,
  highDropoutRisk: 3,
};

export type PortfolioSurveySignalCode = 'portfolio_stil' | 'keuzezekerheid_laag' | 'keuzezekerheid_dalend' | 'uitvalrisico_hoog';

export interface PortfolioSurveySignal {
  code: PortfolioSurveySignalCode;
  severity: 'high' | 'medium' | 'low';
  explanation: Bilingual;
  suggestion: Bilingual;
}

const WEEK = 7 * 86_400_000;
const fmt = (n: number) => n.toFixed(1).replace('.', ',');

export function portfolioSurveySignals(facts: PortfolioSurveyFacts, t: PortfolioSurveyThresholds, today: string): PortfolioSurveySignal[] {
  const out: PortfolioSurveySignal[] = [];
  const quietWeeks =
    facts.lastPortfolioActivityAt === null ? null : Math.floor((Date.parse(today) - Date.parse(facts.lastPortfolioActivityAt.slice(0, 10))) / WEEK);
  if (quietWeeks === null || quietWeeks >= t.portfolioInactiveWeeks) {
    out.push({
      code: 'portfolio_stil',
      severity: 'low',
      explanation:
        quietWeeks === null
          ? { nl: 'Het portfolio is nog leeg: geen doelen en geen bewijzen.', en: 'The portfolio is still empty: no goals and no evidence.' }
          : { nl: `Al ${quietWeeks} weken niets aan plan of portfolio gewerkt.`, en: `No work on the plan or portfolio for ${quietWeeks} weeks.` },
      suggestion: {
        nl: 'Vraag naar een recente ervaring (stage, bijbaan, open dag) en laat de student er een korte reflectie over schrijven.',
        en: 'Ask about a recent experience (placement, job, open day) and have the student write a short reflection on it.',
      },
    });
  }

  if (facts.latestCertainty !== null && facts.latestCertainty < t.lowChoiceCertainty) {
    out.push({
      code: 'keuzezekerheid_laag',
      severity: 'medium',
      explanation: {
        nl: `Keuzezekerheid in de laatste vragenlijst is ${fmt(facts.latestCertainty)} op 4 (grens ${fmt(t.lowChoiceCertainty)}).`,
        en: `Choice certainty in the latest survey is ${fmt(facts.latestCertainty)} out of 4 (threshold ${fmt(t.lowChoiceCertainty)}).`,
      },
      suggestion: {
        nl: 'Bespreek wat de student aan de opleiding trekt en wat twijfel geeft; denk aan een meeloopdag of gesprek met een ouderejaars.',
        en: 'Talk about what draws the student to the programme and what raises doubt; consider a shadowing day or a talk with a senior student.',
      },
    });
  }
  if (facts.latestCertainty !== null && facts.previousCertainty !== null && facts.previousCertainty - facts.latestCertainty >= t.fallingChoiceCertainty) {
    out.push({
      code: 'keuzezekerheid_dalend',
      severity: 'medium',
      explanation: {
        nl: `Keuzezekerheid gezakt van ${fmt(facts.previousCertainty)} naar ${fmt(facts.latestCertainty)} sinds de vorige vragenlijst.`,
        en: `Choice certainty fell from ${fmt(facts.previousCertainty)} to ${fmt(facts.latestCertainty)} since the previous survey.`,
      },
      suggestion: {
        nl: 'Vraag wat er sinds de vorige keer veranderd is, voordat de twijfel een besluit wordt.',
        en: 'Ask what changed since last time, before the doubt turns into a decision.',
      },
    });
  }
  if (facts.latestDropoutRisk !== null && facts.latestDropoutRisk >= t.highDropoutRisk) {
    out.push({
      code: 'uitvalrisico_hoog',
      severity: 'high',
      explanation: {
        nl: `Denkt serieus aan stoppen of overstappen: ${fmt(facts.latestDropoutRisk)} op 4 in de laatste vragenlijst.`,
        en: `Is seriously thinking about quitting or switching: ${fmt(facts.latestDropoutRisk)} out of 4 in the latest survey.`,
      },
      suggestion: {
        nl: 'Plan op korte termijn een gesprek; verken samen de opties (blijven, overstappen, extra steun) en verwijs zo nodig door.',
        en: 'Plan a conversation soon; explore the options together (stay, switch, extra support) and refer if needed.',
      },
    });
  }
  return out;
}
