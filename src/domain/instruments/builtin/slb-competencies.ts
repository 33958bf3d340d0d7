/*
 * The seven competencies of a study and career counsellor (after Dekkers & Hogenboom, 2006),
 * shared by the staff self-rating, the 360° ratings by colleagues and team leader, the
 * development goals and the training log. Each scale's explanation carries the task and the
 * entry level ("what may be expected of you"); the suggestion is a first development step.
 */

export const SLB_COMPETENCY_CODES = [
  'adviseren',
  'coachen',
  'plannen_organiseren',
  'communiceren',
  'monitoren',
  'oordeelsvorming',
  'administratie',
] as const;
export type SlbCompetencyCode = (typeof SLB_COMPETENCY_CODES)[number];

export function isSlbCompetency(value: string): value is SlbCompetencyCode {
  return (SLB_COMPETENCY_CODES as readonly string[]).includes(value);
}

interface Bilingual {
  nl: string;
  en: string;
}

export interface SlbCompetencyText {
  title: Bilingual;
  /** For chart axes and narrow tables. */
  short: Bilingual;
  task: Bilingual;
  entryLevel: Bilingual;
  suggestion: Bilingual;
}

export const SLB_COMPETENCY_TEXTS: Record<SlbCompetencyCode, SlbCompetencyText> = {
  adviseren: {
    title: { nl: 'Adviseren', en: 'Advising' },
    short: { nl: 'Adviseren', en: 'Advising' },
    task: {
      nl: 'Je reikt de student passende mogelijkheden, tips en ideeën aan voor zijn leerroute en de hulp die daarbij nodig is, afgestemd op wie de student is.',
      en: 'You offer the student fitting options, tips and ideas for their learning route and the support it needs, tuned to who the student is.',
    },
    entryLevel: {
      nl: 'Je kunt een handvol studenten advies geven over hun studie- en loopbaanontwikkeling.',
      en: 'You can advise a handful of students on their study and career development.',
    },
    suggestion: {
      nl: 'Neem een adviesgesprek op (met toestemming) en bespreek in intervisie waar je stuurde en waar je de student liet kiezen.',
      en: 'Record an advice conversation (with consent) and discuss in peer supervision where you steered and where you let the student choose.',
    },
  },
  coachen: {
    title: { nl: 'Coachen', en: 'Coaching' },
    short: { nl: 'Coachen', en: 'Coaching' },
    task: {
      nl: 'Je geeft de student richting zo dat hij steeds meer zelf verantwoordelijk wordt voor zijn loopbaan, en je kijkt daarbij steeds kritisch naar je eigen gedrag en houding.',
      en: "You give the student direction in a way that makes them ever more responsible for their own career, while keeping a critical eye on your own behaviour and attitude.",
    },
    entryLevel: {
      nl: 'Je kunt een handvol studenten één op één coachen.',
      en: 'You can coach a handful of students one to one.',
    },
    suggestion: {
      nl: 'Kies bij drie studenten bewust een andere coachstijl (instrueren, overtuigen, loslaten) en noteer wat het opleverde.',
      en: 'With three students, deliberately choose a different coaching style (instructing, persuading, letting go) and note what it brought.',
    },
  },
  plannen_organiseren: {
    title: { nl: 'Longitudinaal plannen en organiseren', en: 'Long-term planning and organising' },
    short: { nl: 'Plannen', en: 'Planning' },
    task: {
      nl: 'Je helpt de student een persoonlijk ontwikkelingsplan en een portfolio op te bouwen, als schakel tussen wat de student nodig heeft en wat de opleiding biedt.',
      en: 'You help the student build a personal development plan and a portfolio, linking what the student needs with what the programme offers.',
    },
    entryLevel: {
      nl: 'Je kunt binnen een deels vast programma een handvol studenten begeleiden bij hun ontwikkelingsplan en portfolio.',
      en: 'Within a partly fixed curriculum you can guide a handful of students with their development plan and portfolio.',
    },
    suggestion: {
      nl: "Loop samen met een collega vijf ontwikkelingsplannen na op SMART-doelen en bespreek de verschillen.",
      en: 'Go through five development plans with a colleague, checking the goals for SMART, and discuss the differences.',
    },
  },
  communiceren: {
    title: { nl: 'Communiceren', en: 'Communicating' },
    short: { nl: 'Communiceren', en: 'Communicating' },
    task: {
      nl: 'Je brengt ideeën en meningen helder over, in woorden en lichaamstaal die passen bij de student, zodat het gesprek zijn ontwikkeling vooruit helpt.',
      en: "You get ideas and views across clearly, in words and body language that suit the student, so the conversation moves their development forward.",
    },
    entryLevel: {
      nl: 'Je communiceert in de vaste begeleidingsgesprekken doeltreffend, verbaal en non-verbaal.',
      en: 'In the regular guidance conversations you communicate effectively, verbally and non-verbally.',
    },
    suggestion: {
      nl: 'Vraag na vijf gesprekken aan de student wat hem het meest hielp, en wat hij niet begreep.',
      en: 'After five conversations, ask the student what helped most and what they did not understand.',
    },
  },
  monitoren: {
    title: { nl: 'Monitoren van de competentieontwikkeling', en: 'Monitoring competence development' },
    short: { nl: 'Monitoren', en: 'Monitoring' },
    task: {
      nl: 'Je volgt met het portfolio, het ontwikkelingsplan en andere bronnen hoe de student zich ontwikkelt, en leidt daaruit af welke vervolgstappen en interventies nodig zijn.',
      en: 'Using the portfolio, development plan and other sources you follow how the student develops, and work out which next steps and interventions are needed.',
    },
    entryLevel: {
      nl: 'Je kunt de ontwikkeling van een student beoordelen en een passende interventie of vervolgactiviteit kiezen.',
      en: "You can judge a student's development and choose a fitting intervention or follow-up activity.",
    },
    suggestion: {
      nl: 'Bekijk eens per periode de groei in de competentiescans van je studenten en bespreek één opvallende uitkomst met de student.',
      en: "Once per term, look at the growth in your students' competence scans and discuss one striking result with the student.",
    },
  },
  oordeelsvorming: {
    title: { nl: 'Vormen van oordelen', en: 'Forming judgements' },
    short: { nl: 'Oordelen', en: 'Judging' },
    task: {
      nl: 'Je komt op basis van het portfolio en de gesprekken tot een juist en realistisch oordeel over het niveau van de student.',
      en: "Based on the portfolio and the conversations you reach a sound and realistic judgement of the student's level.",
    },
    entryLevel: {
      nl: 'Je kunt het competentieniveau van een handvol eerstejaars beoordelen.',
      en: 'You can judge the competence level of a handful of first-year students.',
    },
    suggestion: {
      nl: 'Beoordeel samen met een collega hetzelfde portfolio los van elkaar en vergelijk daarna jullie onderbouwing.',
      en: 'Assess the same portfolio separately with a colleague, then compare how you each supported your judgement.',
    },
  },
  administratie: {
    title: { nl: 'Bewaken van de administratie rond de student', en: 'Keeping the administration around the student' },
    short: { nl: 'Administratie', en: 'Administration' },
    task: {
      nl: 'Je houdt de gegevens bij die nodig zijn om de ontwikkeling van de student te volgen en om hem de nodige activiteiten te laten doen.',
      en: "You keep the records needed to follow the student's development and to have them do the activities they need.",
    },
    entryLevel: {
      nl: 'Je weet welke administratieve handelingen de opleiding en de ontwikkeling van de student vragen.',
      en: "You know which administrative steps the programme and the student's development require.",
    },
    suggestion: {
      nl: 'Maak een overzicht van wie je waarvoor doorverwijst (administratie, decaan, zorg) en deel het met je team.',
      en: 'Make an overview of whom you refer students to for what (administration, dean, care) and share it with your team.',
    },
  },
};
