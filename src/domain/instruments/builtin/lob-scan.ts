import type { InstrumentDefinition } from '../definition';
import { fromScales, item, type SurveyScale } from './survey-scales';

/*
 * The LOB-scan: a team's self-assessment of how career guidance is organised, on eleven themes
 * from vision down to partners outside school. Every team member rates each statement on how far
 * it is already true (1–4, no middle); a theme's score is the mean of its two statements, so the
 * radar per member and for the team shows where the team agrees and where it sees room to improve.
 * The themes and their wording are written for this tool; they follow the strategic → tactical →
 * operational line of the national LOB guidance for higher education.
 */

export const LOB_SCAN_CODE = 'lob-scan';

export const LOB_SCAN_THEMES = [
  'visie', 'draagvlak', 'beleid', 'programma', 'activiteiten', 'leeromgeving',
  'doorstroom', 'rollen', 'professionalisering', 'ouders', 'extern',
] as const;
export type LobScanTheme = (typeof LOB_SCAN_THEMES)[number];

const MATURITY = {
  min: 1,
  max: 4,
  labels: [
    { nl: 'Nog niet', en: 'Not yet' },
    { nl: 'Voor een deel', en: 'Partly' },
    { nl: 'Grotendeels', en: 'Largely' },
    { nl: 'Volledig', en: 'Fully' },
  ],
};

const t = (code: LobScanTheme, title: [string, string], explanation: [string, string], suggestion: [string, string], items: SurveyScale['items']): SurveyScale => ({
  code,
  title: { nl: title[0], en: title[1] },
  explanation: { nl: explanation[0], en: explanation[1] },
  suggestion: { nl: suggestion[0], en: suggestion[1] },
  items,
});

const THEMES: SurveyScale[] = [
  t('visie', ['Visie en ambitie', 'Vision and ambition'],
    ['Waarom de opleiding aan loopbaanontwikkeling werkt en waar ze naartoe wil, verbonden met de visie op onderwijs.', 'Why the programme works on career development and where it wants to go, linked to its view of education.'],
    ['Schrijf samen in een paar zinnen op wat studenten bij het diploma over hun loopbaan moeten kunnen.', 'Write down together, in a few sentences, what students should be able to do about their career at graduation.'],
    [
      item('vis1', 'Ons team heeft een gedeelde, opgeschreven visie op loopbaanontwikkeling.', 'Our team has a shared, written vision on career development.'),
      item('vis2', 'Die visie hangt samen met onze visie op onderwijs, begeleiding en leren in de praktijk.', 'That vision fits our view of teaching, guidance and learning in practice.'),
    ]),
  t('draagvlak', ['Draagvlak en leiderschap', 'Support and leadership'],
    ['Of leidinggevenden richting geven en het hele team loopbaanontwikkeling belangrijk vindt.', 'Whether leaders give direction and the whole team considers career development important.'],
    ['Zet loopbaanontwikkeling vast op de agenda van het teamoverleg, met de leidinggevende erbij.', 'Put career development on the team meeting agenda, with the manager present.'],
    [
      item('drg1', 'Onze leidinggevende maakt duidelijk dat loopbaanontwikkeling prioriteit heeft.', 'Our manager makes clear that career development is a priority.'),
      item('drg2', 'Niet alleen de SLB\'ers maar het hele team voelt zich verantwoordelijk.', 'Not only the counsellors but the whole team feels responsible.'),
    ]),
  t('beleid', ['Beleid en doelen', 'Policy and goals'],
    ['Of de visie is vertaald in concrete doelen en afspraken die gevolgd en bijgesteld worden.', 'Whether the vision is translated into concrete goals and agreements that are followed up and adjusted.'],
    ['Kies per jaar twee of drie meetbare doelen en kijk aan het eind van het jaar samen terug.', 'Choose two or three measurable goals per year and look back together at the end of the year.'],
    [
      item('bel1', 'We hebben concrete doelen voor loopbaanontwikkeling in een werkplan.', 'We have concrete career development goals in a work plan.'),
      item('bel2', 'We evalueren elk jaar of we die doelen halen en stellen ze bij.', 'Every year we evaluate whether we meet those goals and adjust them.'),
    ]),
  t('programma', ['LOB-programma', 'Career guidance programme'],
    ['Of er een samenhangend programma is over alle studiejaren, van start tot afstuderen.', 'Whether there is a coherent programme across all years of study, from start to graduation.'],
    ['Leg per studiejaar op één A4 vast welke loopbaanvragen centraal staan en wanneer.', 'Record per year on one page which career questions are central and when.'],
    [
      item('prg1', 'Ons LOB-programma loopt samenhangend door alle studiejaren.', 'Our career guidance programme runs coherently through all years.'),
      item('prg2', 'Keuzemomenten (stage, minor, afstuderen) zijn in het programma voorbereid.', 'Choice points (placement, minor, graduation) are prepared in the programme.'),
    ]),
  t('activiteiten', ['LOB-activiteiten', 'Career guidance activities'],
    ['Of de activiteiten studenten echt laten ervaren, reflecteren en kiezen, en niet alleen informeren.', 'Whether activities let students really experience, reflect and choose, not only inform them.'],
    ['Koppel aan elke activiteit een reflectievraag en een gesprek erna.', 'Link every activity to a reflection question and a follow-up conversation.'],
    [
      item('act1', 'Onze activiteiten laten studenten ervaringen opdoen in en buiten school.', 'Our activities let students gain experience in and outside school.'),
      item('act2', 'Na een activiteit praten studenten erover in een loopbaangesprek.', 'After an activity students discuss it in a career conversation.'),
    ]),
  t('leeromgeving', ['Loopbaangerichte leeromgeving', 'Career-oriented learning environment'],
    ['Of het onderwijs praktijkgericht en vraaggericht is en ruimte geeft aan de dialoog met de student.', 'Whether education is practice- and demand-oriented and leaves room for dialogue with the student.'],
    ['Geef studenten in minstens één onderdeel per jaar echte keuzeruimte.', 'Give students real choice in at least one part of each year.'],
    [
      item('lom1', 'Studenten kunnen in hun opleiding keuzes maken die bij hen passen.', 'Students can make choices in their programme that suit them.'),
      item('lom2', 'Studenten bepalen mee waar hun loopbaangesprekken over gaan.', 'Students help decide what their career conversations are about.'),
    ]),
  t('doorstroom', ['In-, door- en uitstroom', 'Intake, progression and exit'],
    ['Of de overgangen goed geregeld zijn: van vo of mbo naar de opleiding, binnen de opleiding en naar werk of vervolgstudie.', 'Whether transitions are well arranged: from secondary or vocational school in, through the programme and on to work or further study.'],
    ['Maak afspraken met toeleverende scholen over wat je van elkaar weet en doet bij de overstap.', 'Agree with feeder schools on what you know and do for each other at the transition.'],
    [
      item('dst1', 'We werken samen met vo en mbo bij studiekeuze en overstap.', 'We work with secondary and vocational schools on study choice and transition.'),
      item('dst2', 'We bereiden studenten voor op de stap naar werk of vervolgstudie.', 'We prepare students for the step to work or further study.'),
    ]),
  t('rollen', ['Rollen en taken', 'Roles and tasks'],
    ['Of duidelijk is wie wat doet in de loopbaanbegeleiding: SLB\'er, docent, coördinator, decaan.', 'Whether it is clear who does what in career guidance: counsellor, teacher, coordinator, student adviser.'],
    ['Zet in een overzicht wie welke taak heeft en bespreek het aan het begin van het jaar.', 'Make an overview of who has which task and discuss it at the start of the year.'],
    [
      item('rol1', 'Iedereen in het team weet wat zijn of haar rol in de loopbaanbegeleiding is.', 'Everyone in the team knows their role in career guidance.'),
      item('rol2', 'Er is genoeg tijd en ruimte om die rol goed uit te voeren.', 'There is enough time and room to carry out that role well.'),
    ]),
  t('professionalisering', ['Professionalisering', 'Professional development'],
    ['Of begeleiders de kennis en vaardigheden hebben, en blijven ontwikkelen, die loopbaangesprekken vragen.', 'Whether counsellors have, and keep developing, the knowledge and skills career conversations require.'],
    ['Plan intervisie of een training in het voeren van loopbaangesprekken.', 'Plan peer review or training in holding career conversations.'],
    [
      item('pro1', 'Begeleiders zijn geschoold in het voeren van loopbaangesprekken.', 'Counsellors are trained in holding career conversations.'),
      item('pro2', 'We leren structureel van elkaar, bijvoorbeeld in intervisie.', 'We learn from each other structurally, for example in peer review.'),
    ]),
  t('ouders', ['Ouders of verzorgers', 'Parents or carers'],
    ['Of ouders, als belangrijke steun bij keuzes, betrokken en geïnformeerd worden, met instemming van de student.', 'Whether parents, as key support in choices, are involved and informed, with the student\'s consent.'],
    ['Organiseer een moment waarop ouders horen hoe ze hun kind bij keuzes kunnen steunen.', 'Organise a moment where parents hear how they can support their child in making choices.'],
    [
      item('oud1', 'We informeren ouders over hoe zij hun kind bij loopbaankeuzes kunnen steunen.', 'We inform parents how they can support their child in career choices.'),
      item('oud2', 'Studenten worden aangemoedigd om met thuis over hun keuzes te praten.', 'Students are encouraged to talk about their choices at home.'),
    ]),
  t('extern', ['Externe partijen', 'External partners'],
    ['Of de opleiding met werkveld, alumni en regionale partners samenwerkt aan loopbaanontwikkeling.', 'Whether the programme works with the field, alumni and regional partners on career development.'],
    ['Nodig alumni en praktijkbegeleiders uit om mee te denken over het LOB-programma.', 'Invite alumni and workplace supervisors to help shape the career programme.'],
    [
      item('ext1', 'We werken met het werkveld samen aan de loopbaanbegeleiding van studenten.', 'We work with the field on guiding students\' careers.'),
      item('ext2', 'Alumni en regionale partners denken mee over ons programma.', 'Alumni and regional partners help shape our programme.'),
    ]),
];

export const LOB_SCAN: InstrumentDefinition = {
  code: LOB_SCAN_CODE,
  use: 'team-scan',
  version: 1,
  title: { nl: 'LOB-scan', en: 'Career guidance scan' },
  description: {
    nl: 'Geef per uitspraak aan in hoeverre die nu al klopt voor jullie opleiding. Het team bespreekt daarna de verschillen en kiest speerpunten.',
    en: 'For each statement, say how far it is already true for your programme. The team then discusses the differences and chooses priorities.',
  },
  responseScale: MATURITY,
  ...fromScales(THEMES),
  scoring: { rule: 'mean', minAnsweredFraction: 0.5 },
  respondents: [
    { role: 'counsellor', about: 'self' },
    { role: 'manager', about: 'self' },
  ],
};
