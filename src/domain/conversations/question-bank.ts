import { COMPETENCY_CODES, type CompetencyCode } from '../instruments/builtin/competencies';
import { PHASE_CODES, type PhaseCode } from './phases';
import type { Bilingual } from './text';

/*
 * Prompts for the counsellor during a conversation, by phase of the reflection cycle and by career
 * competency. The guide asks for open questions in a fixed order, so within a cell the questions
 * run from opening to deepening. Two kinds of question are deliberately absent: closed ones (they
 * end the student's story with "yes" or "no") and why-questions (rule 9: they assume the student
 * already knows their motives and tend to make them defend themselves; "what made…" invites
 * discovery instead).
 *
 * Ids are `phase.competency.n`, derived from the position in a cell. Notes may refer to them, so
 * only ever append to a cell; never reorder or delete.
 */

export interface Question {
  id: string;
  phase: PhaseCode;
  competency: CompetencyCode;
  text: Bilingual;
}

type Cell = readonly (readonly [nl: string, en: string])[];

const BANK: Record<PhaseCode, Record<CompetencyCode, Cell>> = {
  terugblikken: {
    kwaliteitenreflectie: [
      ['Wat is er de afgelopen weken gebeurd waarbij je merkte dat iets je goed afging?', 'What happened in the past few weeks that made you notice you were doing well?'],
      ['Hoe pakte je dat moment aan, stap voor stap?', 'How did you handle that moment, step by step?'],
      ['Wat zouden de anderen die erbij waren zeggen over wat jij daar deed?', 'What would the others who were there say about what you did?'],
      ['Welke opdracht liep minder goed dan je had verwacht, en wat gebeurde er toen?', 'Which assignment went less well than you expected, and what happened then?'],
    ],
    motievenreflectie: [
      ['Welk moment van de laatste tijd is je het meest bijgebleven?', 'Which recent moment has stayed with you the most?'],
      ['Wat voelde je op dat moment, en waar merkte je dat aan?', 'What did you feel at that moment, and how did you notice it?'],
      ['Wanneer had je onlangs zoveel plezier in iets dat je de tijd vergat?', 'When did you last enjoy something so much that you forgot the time?'],
      ['Welke situatie kostte je juist veel energie, en wat gebeurde daar precies?', 'Which situation drained your energy, and what exactly happened there?'],
    ],
    werkexploratie: [
      ['Wat heb je onlangs gezien of gedaan op een echte werkplek, zoals een stage, bijbaan of bedrijfsbezoek?', 'What have you recently seen or done at a real workplace, such as a placement, side job or company visit?'],
      ['Welke taken deden de mensen daar op een gewone dag?', 'Which tasks did the people there do on an ordinary day?'],
      ['Wat verraste je aan dat werk toen je het van dichtbij zag?', 'What surprised you about that work when you saw it up close?'],
      ['Hoe gingen de collega’s daar met elkaar om?', 'How did the colleagues there treat each other?'],
    ],
    loopbaansturing: [
      ['Welke afspraken maakten we de vorige keer, en hoe is het daarmee gegaan?', 'Which agreements did we make last time, and how did they work out?'],
      ['Welke keuze over je opleiding of werk heb je de laatste tijd zelf gemaakt?', 'Which choice about your studies or work have you made yourself lately?'],
      ['Hoe ben je te werk gegaan toen je die keuze maakte?', 'How did you go about making that choice?'],
      ['Wat heb je sinds ons vorige gesprek gedaan dat je dichter bij je plannen bracht?', 'What have you done since our last conversation that brought you closer to your plans?'],
    ],
    netwerken: [
      ['Met wie heb je de laatste tijd gepraat over je opleiding of je toekomst?', 'Who have you talked to lately about your studies or your future?'],
      ['Wie heeft je onlangs ergens mee geholpen, en hoe ging dat?', 'Who helped you with something recently, and how did that go?'],
      ['Wat gebeurde er toen je iemand om informatie of advies vroeg?', 'What happened when you asked someone for information or advice?'],
      ['Welk gesprek met iemand uit het werkveld is je bijgebleven?', 'Which conversation with someone from the field has stayed with you?'],
    ],
  },
  bewustwording: {
    kwaliteitenreflectie: [
      ['Welke kwaliteit van jou was in die situatie te zien?', 'Which of your qualities showed in that situation?'],
      ['Wat zegt deze ervaring over waar je goed in bent?', 'What does this experience say about what you are good at?'],
      ['Welke feedback van anderen herken je hierin, en welke niet?', 'Which feedback from others do you recognise in this, and which not?'],
      ['Wat zou je nog willen leren om zo’n situatie de volgende keer nog beter aan te kunnen?', 'What would you still like to learn to handle a situation like this even better next time?'],
    ],
    motievenreflectie: [
      ['Wat maakte dat juist dit moment je zo raakte?', 'What made this particular moment touch you so much?'],
      ['Wat vond je daar, achteraf gezien, belangrijk?', 'What, looking back, did you find important there?'],
      ['Op welke andere momenten in je leven lijkt deze ervaring?', 'Which other moments in your life does this experience resemble?'],
      ['Welk woord past het best bij wat je in deze ervaringen steeds terugziet?', 'Which word best fits what you keep seeing in these experiences?'],
    ],
    werkexploratie: [
      ['Wat sprak je aan in dat werk, en wat juist niet?', 'What appealed to you in that work, and what did not?'],
      ['Hoe past wat je zag bij wat jij belangrijk vindt in werk?', 'How does what you saw fit with what matters to you in work?'],
      ['Welke eisen van dit werk herken je bij jezelf?', 'Which demands of this work do you recognise in yourself?'],
      ['Welk beeld had je eerst van dit beroep, en hoe is dat veranderd?', 'What picture did you have of this occupation at first, and how has it changed?'],
    ],
    loopbaansturing: [
      ['Wat betekent deze ervaring voor de richting die je op wilt?', 'What does this experience mean for the direction you want to take?'],
      ['Hoeveel invloed had je zelf op hoe het liep?', 'How much influence did you have yourself on how it went?'],
      ['Wat hielp je om door te zetten, en wat hield je tegen?', 'What helped you keep going, and what held you back?'],
      ['Hoe zeker ben je nu van je studiekeuze, op een schaal van 1 tot 10, en wat maakt dat het dat getal is?', 'How sure are you of your study choice now, on a scale of 1 to 10, and what makes it that number?'],
    ],
    netwerken: [
      ['Wat denk je dat de ander in die situatie dacht, voelde en wilde?', 'What do you think the other person thought, felt and wanted in that situation?'],
      ['Wie speelde een rol in hoe het afliep?', 'Who played a part in how it turned out?'],
      ['Wat heb je in deze ervaring van anderen geleerd?', 'What did you learn from others in this experience?'],
      ['Hoe is het voor jou om anderen om hulp of advies te vragen?', 'How is it for you to ask others for help or advice?'],
    ],
  },
  alternatieven: {
    kwaliteitenreflectie: [
      ['Hoe zou je je sterke kanten op een andere manier kunnen inzetten?', 'How could you use your strengths in a different way?'],
      ['Welke mogelijkheden zie je om te oefenen met wat nog lastig is?', 'Which opportunities do you see to practise what is still difficult?'],
      ['Wat zou je de volgende keer anders doen, en wat zou je zo houden?', 'What would you do differently next time, and what would you keep the same?'],
      ['Welke van deze mogelijkheden past het best bij wat je kunt?', 'Which of these options fits best with what you can do?'],
    ],
    motievenreflectie: [
      ['Welke mogelijkheid geeft je de meeste energie als je eraan denkt?', 'Which option gives you the most energy when you think about it?'],
      ['Hoe zou een keuze eruitzien die echt bij jou past?', 'What would a choice look like that truly suits you?'],
      ['Wat zou je kiezen als niemand er iets van zou vinden?', 'What would you choose if nobody else had an opinion about it?'],
      ['Welke mogelijkheid sluit het best aan bij het kernwoord dat je net noemde?', 'Which option fits best with the core word you just named?'],
    ],
    werkexploratie: [
      ['Welke beroepen of werkplekken zou je nog willen verkennen?', 'Which occupations or workplaces would you still like to explore?'],
      ['Hoe zou je meer te weten kunnen komen over werk dat je trekt?', 'How could you find out more about work that attracts you?'],
      ['Welke opleidingen, stages of minoren zie je als mogelijke volgende stap?', 'Which programmes, placements or minors do you see as a possible next step?'],
      ['Wat zijn voor jou de voor- en nadelen van elk van die mogelijkheden?', 'What are the pros and cons of each of those options for you?'],
    ],
    loopbaansturing: [
      ['Welke mogelijkheden heb je allemaal, ook de minder voor de hand liggende?', 'What options do you have, including the less obvious ones?'],
      ['Wat verwacht je dat er gebeurt als je voor de ene of de andere mogelijkheid kiest?', 'What do you expect to happen if you pick one option or the other?'],
      ['Welke hindernissen zie je, en hoe zou je die kunnen omzeilen?', 'Which obstacles do you see, and how could you get around them?'],
      ['Welke keuze maak je uiteindelijk, en wat geeft de doorslag?', 'Which choice do you make in the end, and what tips the balance?'],
    ],
    netwerken: [
      ['Wie zou je kunnen helpen om deze mogelijkheden te verkennen?', 'Who could help you explore these options?'],
      ['Wie ken je, of wie kent iemand, die dit werk doet?', 'Who do you know, or who knows someone, who does this work?'],
      ['Welke mensen zou je naar hun kijk op deze keuze kunnen vragen?', 'Which people could you ask for their view on this choice?'],
      ['Hoe zou je in contact kunnen komen met mensen uit het werkveld dat je trekt?', 'How could you get in touch with people in the field that attracts you?'],
    ],
  },
  acties: {
    kwaliteitenreflectie: [
      ['Wat ga je de komende weken doen om deze kwaliteit verder te ontwikkelen?', 'What will you do in the coming weeks to develop this quality further?'],
      ['Hoe ga je bijhouden of het oefenen werkt?', 'How will you keep track of whether the practice is working?'],
      ['Welk bewijs wil je hiervan in je portfolio opnemen?', 'What evidence of this do you want to add to your portfolio?'],
      ['Aan wie vraag je feedback, en wanneer?', 'Who will you ask for feedback, and when?'],
    ],
    motievenreflectie: [
      ['Welke eerste stap ga je zetten die past bij wat jou drijft?', 'Which first step will you take that fits what drives you?'],
      ['Hoe ga je merken dat deze stap je energie geeft?', 'How will you notice that this step gives you energy?'],
      ['Wat wil je de volgende keer vertellen over hoe deze stap voelde?', 'What do you want to tell next time about how this step felt?'],
      ['Hoe houd je vast aan wat jij belangrijk vindt als het tegenzit?', 'How will you hold on to what matters to you when things get hard?'],
    ],
    werkexploratie: [
      ['Welk bedrijf, beroep of opleiding ga je bekijken, en wanneer?', 'Which company, occupation or programme will you look into, and when?'],
      ['Welke vragen wil je na dat bezoek of die meeloopdag beantwoord hebben?', 'Which questions do you want answered after that visit or shadowing day?'],
      ['Hoe ga je vastleggen wat je ontdekt?', 'How will you record what you discover?'],
      ['Welke open dag, meeloopdag of stageplek ga je aanvragen?', 'Which open day, shadowing day or placement will you sign up for?'],
    ],
    loopbaansturing: [
      ['Wat is de eerste concrete stap, en wanneer zet je die?', 'What is the first concrete step, and when will you take it?'],
      ['Wat heb je van school of van mij nodig om dit te doen?', 'What do you need from school or from me to do this?'],
      ['Hoe weet je straks dat het gelukt is?', 'How will you know later on that it worked?'],
      ['Hoe vat je in je eigen woorden samen wat je uit dit gesprek meeneemt?', 'How would you sum up in your own words what you take away from this conversation?'],
    ],
    netwerken: [
      ['Wie ga je benaderen, en op welke manier?', 'Who will you approach, and in what way?'],
      ['Wat wil je aan die persoon vragen?', 'What do you want to ask that person?'],
      ['Wanneer neem je contact op, en hoe laat je mij weten hoe het ging?', 'When will you get in touch, and how will you let me know how it went?'],
      ['Wie kan je steunen als deze stap spannend wordt?', 'Who can support you if this step feels daunting?'],
    ],
  },
};

export const QUESTIONS: readonly Question[] = PHASE_CODES.flatMap((phase) =>
  COMPETENCY_CODES.flatMap((competency) =>
    BANK[phase][competency].map(([nl, en], i) => ({ id: `${phase}.${competency}.${i + 1}`, phase, competency, text: { nl, en } })),
  ),
);

/**
 * Questions for a phase, optionally narrowed to one competency, in bank order. Without a
 * competency, the order follows COMPETENCY_CODES so the prompt list is stable between renders.
 */
export function questionsFor(phase: PhaseCode, competency?: CompetencyCode): Question[] {
  return QUESTIONS.filter((q) => q.phase === phase && (competency === undefined || q.competency === competency));
}

export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
