import type { InstrumentDefinition, ItemDef } from '../definition';
import { SLB_COMPETENCY_CODES, SLB_COMPETENCY_TEXTS, type SlbCompetencyCode } from './slb-competencies';

/*
 * The counsellor's self-rating on the seven competencies, also used by a colleague or the team
 * leader who rates a counsellor on request. Items are the performance indicators, phrased as
 * behaviour without a grammatical person ("Past ... aan") so the same wording reads for oneself
 * and for someone else. The meetlat has five anchored levels; level 3 is the entry level the
 * competency descriptions ask for, so anything below it points at a training need.
 */

/** On this meetlat, a latest score below this is a training need in the team overview. */
export const SLB_TRAINING_NEED_BELOW = 3;

export const MEETLAT = {
  min: 1,
  max: 5,
  labels: [
    { nl: '1 · Nog niet: dit doe ik (nog) niet', en: '1 · Not yet: not (yet) part of my work' },
    { nl: '2 · Op weg: soms, of met hulp van een collega', en: '2 · On the way: sometimes, or with a colleague’s help' },
    { nl: '3 · Beginniveau: zelfstandig, bij een klein aantal studenten', en: '3 · Entry level: on my own, with a small number of students' },
    { nl: '4 · Bekwaam: vanzelfsprekend, bij al mijn studenten', en: '4 · Proficient: as a matter of course, with all my students' },
    { nl: '5 · Voorbeeld: ik help collega’s hierin verder', en: '5 · Role model: I help colleagues grow in this' },
  ],
};

const item = (code: string, nl: string, en: string): ItemDef => ({ code, text: { nl, en }, reverse: false });

const ITEMS: Record<SlbCompetencyCode, ItemDef[]> = {
  adviseren: [
    item('adv1', 'Wisselt van adviesstijl, van sturend tot terughoudend, al naar gelang de situatie vraagt.', 'Switches advice style, from directive to reserved, as the situation requires.'),
    item('adv2', 'Stemt het advies af op de fase waarin de loopbaan van de student zich bevindt.', "Tunes the advice to the stage the student's career is in."),
    item('adv3', 'Bespreekt met de student hoe hij of zij advies geeft.', 'Talks with the student about the way advice is given.'),
    item('adv4', 'Stelt vragen die de student verder helpen en geeft concrete aanwijzingen.', 'Asks questions that move the student on and gives concrete pointers.'),
    item('adv5', 'Vraagt studenten om feedback op de eigen begeleiding en doet er iets mee.', 'Asks students for feedback on the guidance given and acts on it.'),
  ],
  coachen: [
    item('coa1', 'Zet verschillende coachstijlen in, zoals instrueren, overtuigen en accepteren.', 'Uses different coaching styles, such as instructing, persuading and accepting.'),
    item('coa2', 'Stuurt zo dat de student steeds meer zelf verantwoordelijkheid neemt.', 'Steers in a way that lets the student take ever more responsibility.'),
    item('coa3', 'Gebruikt inzichten uit leerpsychologie en onderwijskunde bij het coachen.', 'Draws on insights from learning psychology and education science when coaching.'),
    item('coa4', 'Zoekt met het portfolio naar sterke en zwakke kanten in de prestaties van de student.', "Uses the portfolio to look for strengths and weaknesses in the student's performance."),
    item('coa5', 'Geeft persoonlijke ontwikkeltips op basis van het portfolio en eerdere feedback.', 'Gives personal development tips based on the portfolio and earlier feedback.'),
    item('coa6', 'Moedigt de student aan met feedback die steunt en richting geeft.', 'Encourages the student with feedback that supports and gives direction.'),
  ],
  plannen_organiseren: [
    item('plo1', 'Helpt de student doelen SMART te formuleren.', 'Helps the student phrase goals the SMART way.'),
    item('plo2', 'Verbindt het ontwikkelingsplan met wat de student nodig heeft en wat de opleiding biedt.', 'Connects the development plan with what the student needs and what the programme offers.'),
    item('plo3', 'Zorgt dat ontwikkelingsplan en portfolio voldoen aan de eisen van de opleiding.', "Makes sure the development plan and portfolio meet the programme's requirements."),
    item('plo4', 'Past de begeleiding aan de fase van de studieloopbaan aan.', "Adapts the guidance to the stage of the student's study career."),
  ],
  communiceren: [
    item('com1', 'Houdt in taal en woordkeus rekening met het niveau van de student.', "Takes the student's level into account in language and choice of words."),
    item('com2', 'Stemt lichaamstaal en gebaren af op de situatie.', 'Matches body language and gestures to the situation.'),
    item('com3', 'Kiest gesprekstechnieken die passen bij het doel van het gesprek.', 'Chooses conversation techniques that fit the purpose of the talk.'),
    item('com4', 'Geeft feedback volgens de bekende feedbackregels.', 'Gives feedback following the well-known feedback rules.'),
    item('com5', 'Brengt slecht nieuws zorgvuldig en volgens de regels voor zo’n gesprek.', 'Delivers bad news carefully and following the rules for such a talk.'),
  ],
  monitoren: [
    item('mon1', 'Gebruikt ontwikkelingsplan en portfolio als instrument in de begeleiding.', 'Uses the development plan and portfolio as tools in the guidance.'),
    item('mon2', 'Ontleedt de gegevens uit die instrumenten in het licht van de ontwikkeling van de student.', "Analyses the data from those tools in the light of the student's development."),
    item('mon3', 'Maakt voor de student concreet wat de uitkomsten betekenen voor de volgende stap.', 'Makes concrete for the student what the results mean for the next step.'),
    item('mon4', 'Kiest interventies die passen bij wat de monitoring laat zien.', 'Chooses interventions that fit what the monitoring shows.'),
  ],
  oordeelsvorming: [
    item('oor1', 'Benoemt welke gevolgen de mogelijke acties na een oordeel hebben.', 'Names the consequences of the possible actions that follow a judgement.'),
    item('oor2', 'Schat de capaciteiten en mogelijkheden van studenten juist in.', "Assesses students' abilities and possibilities accurately."),
    item('oor3', 'Onderbouwt een oordeel met feiten en steekhoudende argumenten.', 'Supports a judgement with facts and sound arguments.'),
    item('oor4', 'Legt een logisch verband tussen wat het portfolio en wat de gesprekken laten zien.', 'Links what the portfolio shows and what the conversations show in a logical way.'),
  ],
  administratie: [
    item('adm1', 'Weet welke administratieve taken bij de begeleiding horen.', 'Knows which administrative tasks belong to the guidance.'),
    item('adm2', 'Verwijst de student naar de juiste medewerker als het buiten de eigen taak valt.', 'Refers the student to the right colleague when something is outside one’s own task.'),
    item('adm3', 'Vertaalt gegevens uit het studentvolgsysteem naar acties.', 'Turns data from the student tracking system into actions.'),
    item('adm4', 'Maakt van gegevens informatie die bruikbaar is voor student, ouders, docenten en management.', 'Turns data into information that students, parents, teachers and management can use.'),
  ],
};

export const SLB_ZELFBEOORDELING: InstrumentDefinition = {
  code: 'slb-zelfbeoordeling',
  version: 1,
  title: { nl: 'Zelfbeoordeling zeven begeleiderscompetenties', en: 'Seven counsellor competencies: rating' },
  description: {
    nl: 'Geef per uitspraak aan waar de begeleider nu staat op de meetlat: jijzelf, of de collega die je erom vroeg. Denk aan de afgelopen maanden en aan wat je echt deed, niet aan wat je van plan bent. Niveau 3 is het beginniveau dat van elke begeleider verwacht mag worden.',
    en: 'For each statement, indicate where the counsellor stands on the scale now: yourself, or the colleague who asked you. Think of the past months and of what was actually done, not of plans. Level 3 is the entry level that may be expected of every counsellor.',
  },
  responseScale: MEETLAT,
  scales: SLB_COMPETENCY_CODES.map((code) => {
    const text = SLB_COMPETENCY_TEXTS[code];
    return {
      code,
      title: text.title,
      explanation: {
        nl: `${text.task.nl} Beginniveau: ${text.entryLevel.nl}`,
        en: `${text.task.en} Entry level: ${text.entryLevel.en}`,
      },
      suggestion: text.suggestion,
      items: ITEMS[code].map((i) => i.code),
    };
  }),
  items: SLB_COMPETENCY_CODES.flatMap((code) => ITEMS[code]),
  scoring: { rule: 'mean', minAnsweredFraction: 0.75 },
  respondents: [
    { role: 'counsellor', about: 'self' },
    { role: 'counsellor', about: 'counsellor' },
    { role: 'manager', about: 'counsellor' },
  ],
};
