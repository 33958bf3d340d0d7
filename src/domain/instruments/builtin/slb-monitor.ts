import type { InstrumentDefinition } from '../definition';
import { FOUR_POINT_AGREEMENT, fromScales, item, type SurveyScale } from './survey-scales';

/*
 * The counsellor questionnaire of the quality monitor. The first five scales carry the same codes
 * as in the student monitor, so a report can put the counsellors' view of the learning environment
 * and the conversations next to the students' view. The last three describe the counsellor's own
 * situation (support, own competence, cooperation with the field), which the research found to go
 * together with more reflective, action-oriented conversations.
 */

export const COUNSELLOR_MONITOR_CODE = 'slb-monitor';

const s = (code: string, title: [string, string], explanation: [string, string], suggestion: [string, string], items: SurveyScale['items']): SurveyScale => ({
  code,
  title: { nl: title[0], en: title[1] },
  explanation: { nl: explanation[0], en: explanation[1] },
  suggestion: { nl: suggestion[0], en: suggestion[1] },
  items,
});

const SCALES: SurveyScale[] = [
  s('praktijkgericht', ['Praktijkgerichte leeromgeving', 'Practice-oriented learning environment'],
    ['Hoe sterk de opleiding volgens jou werkt met echte beroepspraktijk.', 'How strongly, in your view, the programme works with real professional practice.'],
    ['Maak ervaringen buiten school een vast onderdeel van opdrachten.', 'Make experiences outside school a fixed part of assignments.'],
    [
      item('sple1', 'Studenten werken aan opdrachten uit de echte beroepspraktijk.', 'Students work on assignments from real professional practice.'),
      item('sple2', 'Wat studenten buiten school leren, telt mee in de opleiding.', 'What students learn outside school counts in the programme.'),
      item('sple3', 'De opleiding leert studenten een netwerk van beroepsbeoefenaren op te bouwen.', 'The programme teaches students to build a network of professionals.'),
    ]),
  s('vraaggericht', ['Vraaggerichte leeromgeving', 'Demand-oriented learning environment'],
    ['Hoeveel keuzeruimte studenten volgens jou hebben, en of ze hulp krijgen bij het kiezen.', 'How much choice students have in your view, and whether they get help choosing.'],
    ['Geef studenten meer keuzeruimte en begeleid de keuze.', 'Give students more choice and guide their choosing.'],
    [
      item('sdle1', 'Studenten kunnen in hun programma zelf keuzes maken.', 'Students can make their own choices in their programme.'),
      item('sdle2', 'Studenten worden geholpen de opdrachten te kiezen die bij hen passen.', 'Students get help choosing the assignments that suit them.'),
      item('sdle3', 'Docenten schrijven studenten voor hoe ze hun verantwoordelijkheid invullen.', 'Teachers prescribe how students take their responsibility.', true),
    ]),
  s('dialoog', ['Eigen inbreng van de student', 'Student\'s own input'],
    ['Hoeveel de student de inhoud van jullie gesprekken bepaalt.', 'How much the student decides what your conversations are about.'],
    ['Vraag vooraf wat de student wil bespreken en laat hem of haar het gesprek openen.', 'Ask beforehand what the student wants to discuss and let them open the conversation.'],
    [
      item('sdia1', 'De student bepaalt mee waar onze gesprekken over gaan.', 'The student helps decide what our conversations are about.'),
      item('sdia2', 'Studenten praten met mij over wat hen echt bezighoudt.', 'Students talk to me about what really matters to them.'),
      item('sdia3', 'Meestal bepaal ik waar het gesprek over gaat.', 'Usually I decide what the conversation is about.', true),
    ]),
  s('gespreksvorm', ['Vorm van de gesprekken', 'Form of the conversations'],
    ['Of je gesprekken studenten laten nadenken en zelf in actie laten komen.', 'Whether your conversations make students reflect and take action themselves.'],
    ['Wissel informatie geven af met vragen die de student zelf laten nadenken.', 'Alternate giving information with questions that make the student think.'],
    [
      item('sgvo1', 'Ik stel vragen die studenten laten nadenken over wat ze willen.', 'I ask questions that make students think about what they want.'),
      item('sgvo2', 'Studenten bedenken in het gesprek zelf hun volgende stap.', 'In the conversation students work out their next step themselves.'),
      item('sgvo3', 'In mijn gesprekken geef ik vooral informatie en advies.', 'In my conversations I mostly give information and advice.', true),
    ]),
  s('gespreksinhoud', ['Inhoud van de gesprekken', 'Content of the conversations'],
    ['Of het naast studievoortgang ook gaat over zelfbeeld, toekomst en concrete acties.', 'Whether, besides study progress, conversations cover self-image, future and concrete actions.'],
    ['Plan in elk gesprek ruimte voor toekomstbeelden en een concrete actie.', 'Plan room in every conversation for images of the future and a concrete action.'],
    [
      item('sgin1', 'We praten over kwaliteiten en motieven van de student.', 'We talk about the student\'s qualities and motives.'),
      item('sgin2', 'We praten over het werk dat de student later wil doen.', 'We talk about the work the student wants to do later.'),
      item('sgin3', 'We spreken concrete acties af voor stage, werk of vervolgstudie.', 'We agree on concrete actions for placement, work or further studies.'),
    ]),
  s('draagvlak', ['Draagvlak', 'Support'],
    ['Of collega\'s en leidinggevenden studieloopbaanbegeleiding steunen.', 'Whether colleagues and managers support study career guidance.'],
    ['Bespreek SLB in het team en maak zichtbaar wat het oplevert.', 'Discuss guidance in the team and make its results visible.'],
    [
      item('sdv1', 'Vakdocenten in mijn opleiding vinden SLB belangrijk.', 'Subject teachers in my programme think guidance is important.'),
      item('sdv2', 'Het management steunt mij in mijn werk als SLB\'er.', 'Management supports me in my work as a counsellor.'),
      item('sdv3', 'Ik heb genoeg tijd voor de begeleiding van mijn studenten.', 'I have enough time to guide my students.'),
    ]),
  s('draagkracht', ['Eigen bekwaamheid', 'Own competence'],
    ['Hoe bekwaam je je voelt om loopbaangesprekken te voeren.', 'How competent you feel to hold career conversations.'],
    ['Kies een professionaliseringsdoel in je ontwikkelplan en oefen met collega\'s.', 'Choose a development goal in your plan and practise with colleagues.'],
    [
      item('sdk1', 'Ik voel me bekwaam om loopbaangesprekken te voeren.', 'I feel competent to hold career conversations.'),
      item('sdk2', 'Ik weet hoe ik een student aan het denken zet over de eigen loopbaan.', 'I know how to get a student thinking about their career.'),
      item('sdk3', 'Ik ben tevreden over mijn eigen loopbaan.', 'I am satisfied with my own career.'),
    ]),
  s('samenwerking', ['Samenwerking met het werkveld', 'Cooperation with the field'],
    ['Of de opleiding voor loopbaanbegeleiding samenwerkt met bedrijven en instellingen.', 'Whether the programme works with companies and organisations on career guidance.'],
    ['Maak afspraken met praktijkbegeleiders over wat zij in de loopbaanbegeleiding doen.', 'Agree with workplace supervisors on their part in career guidance.'],
    [
      item('ssw1', 'We maken afspraken met mensen uit de praktijk over de begeleiding van studenten.', 'We agree with people from practice on how students are guided.'),
      item('ssw2', 'Mensen uit het werkveld denken mee over ons loopbaanprogramma.', 'People from the field help shape our career programme.'),
      item('ssw3', 'Ik heb contact met praktijkbegeleiders van mijn studenten.', 'I have contact with my students\' workplace supervisors.'),
    ]),
];

export const SLB_MONITOR: InstrumentDefinition = {
  code: COUNSELLOR_MONITOR_CODE,
  use: 'survey',
  version: 1,
  title: { nl: 'SLB-monitor loopbaanleren', en: 'Counsellor monitor career learning' },
  description: {
    nl: 'Hoe ervaar jij de leeromgeving, je gesprekken met studenten en je eigen situatie als SLB\'er? Je school ziet alleen uitkomsten van groepen.',
    en: 'How do you experience the learning environment, your conversations with students and your own situation as a counsellor? Your school only sees results of groups.',
  },
  responseScale: FOUR_POINT_AGREEMENT,
  ...fromScales(SCALES),
  scoring: { rule: 'mean', minAnsweredFraction: 0.6 },
  respondents: [{ role: 'counsellor', about: 'self' }],
};
