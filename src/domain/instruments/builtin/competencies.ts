/*
 * The five career competencies shared by the self-assessment and the 360° scan. Both instruments
 * use the same scale codes so a student's own view can be put next to the view of counsellor and
 * placement supervisor, scale by scale. Texts are written for students (plain language, B1).
 */

export const AGREEMENT_SCALE = {
  min: 1,
  max: 5,
  labels: [
    { nl: 'Helemaal oneens', en: 'Strongly disagree' },
    { nl: 'Oneens', en: 'Disagree' },
    { nl: 'Neutraal', en: 'Neither agree nor disagree' },
    { nl: 'Eens', en: 'Agree' },
    { nl: 'Helemaal eens', en: 'Strongly agree' },
  ],
};

export const COMPETENCY_CODES = [
  'kwaliteitenreflectie',
  'motievenreflectie',
  'werkexploratie',
  'loopbaansturing',
  'netwerken',
] as const;
export type CompetencyCode = (typeof COMPETENCY_CODES)[number];

interface ScaleText {
  title: { nl: string; en: string };
  explanation: { nl: string; en: string };
  suggestion: { nl: string; en: string };
}

export const COMPETENCY_TEXTS: Record<CompetencyCode, ScaleText> = {
  kwaliteitenreflectie: {
    title: { nl: 'Kwaliteitenreflectie', en: 'Reflecting on qualities' },
    explanation: {
      nl: 'Hoe goed je weet waar je sterk in bent en waar je nog in kunt groeien. Het gaat om de vraag: wie ben ik en wat kan ik?',
      en: 'How well you know what you are good at and where you can still grow. The question behind it: who am I and what can I do?',
    },
    suggestion: {
      nl: 'Vraag drie mensen welke kwaliteit zij het eerst aan jou zien, en vergelijk dat met wat je zelf denkt.',
      en: 'Ask three people which strength they notice in you first, and compare that with what you think yourself.',
    },
  },
  motievenreflectie: {
    title: { nl: 'Motievenreflectie', en: 'Reflecting on motives' },
    explanation: {
      nl: 'Hoe goed je weet wat je belangrijk vindt en waar je energie van krijgt. Het gaat om de vraag: wat wil ik en wat drijft mij?',
      en: 'How well you know what matters to you and what gives you energy. The question behind it: what do I want and what drives me?',
    },
    suggestion: {
      nl: 'Schrijf een week lang op welke momenten je energie kreeg en wanneer je energie verloor. Zoek het patroon.',
      en: 'For one week, note the moments that gave you energy and the ones that drained it. Look for the pattern.',
    },
  },
  werkexploratie: {
    title: { nl: 'Werkexploratie', en: 'Exploring work' },
    explanation: {
      nl: 'Hoeveel je weet over werk en beroepen en of je uitzoekt wat bij jou past. Het gaat om de vraag: welk werk past bij mij?',
      en: 'How much you know about jobs and work, and whether you find out what suits you. The question behind it: which work fits me?',
    },
    suggestion: {
      nl: 'Loop een dag mee met iemand in een beroep dat je interessant lijkt, en noteer wat je verraste.',
      en: 'Shadow someone for a day in a job that interests you, and write down what surprised you.',
    },
  },
  loopbaansturing: {
    title: { nl: 'Loopbaansturing', en: 'Steering your career' },
    explanation: {
      nl: 'Of je zelf keuzes maakt en plannen maakt voor je opleiding en werk. Het gaat om de vraag: wat wil ik worden en hoe pak ik dat aan?',
      en: 'Whether you make your own choices and plans for your studies and work. The question behind it: what do I want to become and how do I get there?',
    },
    suggestion: {
      nl: 'Kies één concreet doel voor de komende maand en spreek met je begeleider af wanneer je erop terugkijkt.',
      en: 'Pick one concrete goal for the coming month and agree with your counsellor when you will look back on it.',
    },
  },
  netwerken: {
    title: { nl: 'Netwerken', en: 'Networking' },
    explanation: {
      nl: 'Of je contact zoekt met mensen die je verder kunnen helpen in je loopbaan. Het gaat om de vraag: wie kan mij helpen?',
      en: 'Whether you reach out to people who can help you further in your career. The question behind it: who can help me?',
    },
    suggestion: {
      nl: 'Maak een lijstje van vijf mensen die iets weten over het werk dat je trekt, en stuur er deze week één een vraag.',
      en: 'List five people who know something about the work that attracts you, and send one of them a question this week.',
    },
  },
};
