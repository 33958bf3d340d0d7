import type { EvidenceColumn } from './model';

/*
 * The evidence loop's result in plain words for a team meeting. Every sentence depends on the
 * figures (direction, size, whether chance explains it, how many students), and the limits are
 * always part of the text: a team should never read "more conversations cause growth" from it.
 */

export interface ExplainedCoefficient {
  name: EvidenceColumn;
  estimate: number;
  p: number | null;
}

export interface ExplanationInput {
  /** Students with two measurements in the shown programmes. */
  n: number;
  /** Mean growth (latest minus previous mean score). */
  meanGrowth: number;
  /** Conversations per student between the measurements, programme held equal. */
  frequency: ExplainedCoefficient | null;
  /** Students who also gave feedback: the form and content of their conversations. */
  form: { n: number; coefficients: ExplainedCoefficient[] } | null;
  scale: { min: number; max: number };
  minGroupSize: number;
}

export interface Explanation {
  findings: { nl: string[]; en: string[] };
  limits: { nl: string[]; en: string[] };
}

const SIGNIFICANT = 0.05;
/** Below this many students even a real effect is hard to tell from chance. */
const SMALL_N = 50;

const num = (v: number, lang: 'nl' | 'en', digits = 2) => {
  const s = Math.abs(v).toFixed(digits);
  return lang === 'nl' ? s.replace('.', ',') : s;
};
const pText = (p: number | null, lang: 'nl' | 'en') => (p === null ? '' : p < 0.001 ? (lang === 'nl' ? ' (p < 0,001)' : ' (p < 0.001)') : ` (p = ${num(p, lang, 3)})`);

/** What one unit of each predictor means, so "per unit" reads naturally. */
const UNIT: Record<EvidenceColumn, { nl: string; en: string }> = {
  conversations: { nl: 'per extra gesprek', en: 'per extra conversation' },
  reflective: { nl: 'per punt meer "zelf nadenken" in plaats van advies (schaal 1–5)', en: 'per point more "thinking for myself" instead of advice (scale 1–5)' },
  ownAgenda: { nl: 'tussen gesprekken die de begeleider bepaalde en gesprekken die de student zelf bepaalde', en: 'between conversations the counsellor set and conversations the student set' },
  careerTopics: { nl: 'tussen geen en alle gesprekken over zelfbeeld, toekomst of loopbaanacties', en: 'between none and all conversations about self-image, future or career actions' },
};
const SUBJECT: Record<EvidenceColumn, { nl: string; en: string }> = {
  conversations: { nl: 'Het aantal gesprekken', en: 'The number of conversations' },
  reflective: { nl: 'Reflectieve gesprekken (zelf nadenken)', en: 'Reflective conversations (thinking for oneself)' },
  ownAgenda: { nl: 'Eigen inbreng van de student', en: "The student's own agenda" },
  careerTopics: { nl: 'Gesprekken over zelfbeeld, toekomst en loopbaanacties', en: 'Conversations about self-image, future and career actions' },
};

function sizeWord(estimate: number, scale: { min: number; max: number }, lang: 'nl' | 'en'): string {
  // Relative to the answer scale's range: a tenth of the range is a clear difference for a mean score.
  const share = Math.abs(estimate) / Math.max(1, scale.max - scale.min);
  if (share < 0.0125) return lang === 'nl' ? 'nauwelijks' : 'hardly';
  if (share < 0.05) return lang === 'nl' ? 'een beetje' : 'a little';
  return lang === 'nl' ? 'duidelijk' : 'clearly';
}

function coefficientSentence(c: ExplainedCoefficient, scale: ExplanationInput['scale'], lang: 'nl' | 'en'): string {
  const up = c.estimate >= 0;
  const size = sizeWord(c.estimate, scale, lang);
  const chance =
    c.p !== null && c.p < SIGNIFICANT
      ? lang === 'nl' ? `Bij deze aantallen is dat waarschijnlijk geen toeval${pText(c.p, lang)}.` : `With these numbers that is probably not chance${pText(c.p, lang)}.`
      : lang === 'nl' ? `Dat kan bij deze aantallen ook toeval zijn${pText(c.p, lang)}.` : `With these numbers that may also be chance${pText(c.p, lang)}.`;
  if (lang === 'nl') {
    return `${SUBJECT[c.name].nl} gaat samen met ${size} ${up ? 'meer' : 'minder'} groei: ${up ? '+' : '−'}${num(c.estimate, 'nl')} punt ${UNIT[c.name].nl}. ${chance}`;
  }
  return `${SUBJECT[c.name].en} goes with ${size} ${up ? 'more' : 'less'} growth: ${up ? '+' : '−'}${num(c.estimate, 'en')} points ${UNIT[c.name].en}. ${chance}`;
}

export function explainEvidence(input: ExplanationInput): Explanation {
  const nl: string[] = [];
  const en: string[] = [];
  const grew = input.meanGrowth >= 0;
  nl.push(
    `We vergeleken ${input.n} studenten met twee metingen van hun loopbaancompetenties. Gemiddeld scoorden ze bij de laatste meting ${num(input.meanGrowth, 'nl')} punt ${grew ? 'hoger' : 'lager'} dan bij de vorige (schaal ${input.scale.min}–${input.scale.max}).`,
  );
  en.push(
    `We compared ${input.n} students with two measurements of their career competencies. On average they scored ${num(input.meanGrowth, 'en')} points ${grew ? 'higher' : 'lower'} at the latest measurement than at the previous one (scale ${input.scale.min}–${input.scale.max}).`,
  );
  if (input.frequency) {
    nl.push(`Studenten van dezelfde opleiding vergeleken: ${coefficientSentence(input.frequency, input.scale, 'nl').replace(/^Het/, 'het')}`);
    en.push(`Comparing students within the same programme: ${coefficientSentence(input.frequency, input.scale, 'en').replace(/^The/, 'the')}`);
  }
  if (input.form) {
    nl.push(`Bij de ${input.form.n} studenten die na hun gesprekken feedback gaven, keken we ook naar de vorm en inhoud van de gesprekken (onderling gecorrigeerd):`);
    en.push(`For the ${input.form.n} students who gave feedback after their conversations we also looked at the form and content of the conversations (adjusted for each other):`);
    for (const c of input.form.coefficients.filter((x) => x.name !== 'conversations')) {
      nl.push(coefficientSentence(c, input.scale, 'nl'));
      en.push(coefficientSentence(c, input.scale, 'en'));
    }
  } else {
    nl.push(`Te weinig studenten gaven feedback na hun gesprekken (minder dan ${input.minGroupSize}) om iets over de vorm en inhoud te zeggen.`);
    en.push(`Too few students gave feedback after their conversations (fewer than ${input.minGroupSize}) to say anything about form and content.`);
  }
  return { findings: { nl, en }, limits: limits(input) };
}

function limits(input: ExplanationInput): Explanation['limits'] {
  const nl = [
    'Samenhang is geen bewijs. Deze cijfers laten zien wat samen voorkomt, niet wat wat veroorzaakt.',
    'Selectie: studenten krijgen niet willekeurig meer of minder gesprekken. Begeleiders spreken vaker met studenten die dreigen uit te vallen, en alleen studenten die twee keer meededen en feedback gaven tellen mee. Zulke verschillen kunnen een verband maskeren of juist maken.',
    'Meetfout: de loopbaancompetenties zijn een zelfbeoordeling, en het verschil tussen twee metingen is onbetrouwbaarder dan elke meting apart. Wie de eerste keer laag scoorde, scoort de tweede keer vaak vanzelf wat hoger.',
    input.n < SMALL_N
      ? `Kleine aantallen: met ${input.n} studenten is de onzekerheid groot; een volgend jaar kan een ander beeld geven.`
      : `Aantallen: ${input.n} studenten is genoeg voor een eerste beeld, maar kijk of het verband bij de volgende meting terugkomt voordat je beleid verandert.`,
  ];
  const en = [
    'Correlation is not proof. These figures show what goes together, not what causes what.',
    'Selection: students do not get more or fewer conversations at random. Counsellors talk more often with students at risk of dropping out, and only students who took part twice and gave feedback count. Such differences can hide a relation or create one.',
    'Measurement error: career competencies are self-assessed, and the difference between two measurements is less reliable than either measurement. Students who scored low the first time often score somewhat higher the second time anyway.',
    input.n < SMALL_N
      ? `Small numbers: with ${input.n} students the uncertainty is large; next year may give a different picture.`
      : `Numbers: ${input.n} students is enough for a first picture, but check whether the relation returns at the next measurement before changing policy.`,
  ];
  return { nl, en };
}

/** Below the minimum there is no analysis: the text says why, and what the loop would show. */
export function explainTooFew(n: number, minGroupSize: number): Explanation {
  return {
    findings: {
      nl: [`Er zijn ${n} studenten met twee metingen van hun loopbaancompetenties in opleidingen die groot genoeg zijn; voor deze analyse zijn er minstens ${minGroupSize} nodig. Zodra er meer metingen zijn, verschijnt hier het verband tussen gesprekken en groei.`],
      en: [`There are ${n} students with two measurements of their career competencies in programmes that are large enough; this analysis needs at least ${minGroupSize}. Once there are more measurements, the relation between conversations and growth appears here.`],
    },
    limits: limits({ n, meanGrowth: 0, frequency: null, form: null, scale: { min: 1, max: 5 }, minGroupSize }),
  };
}
