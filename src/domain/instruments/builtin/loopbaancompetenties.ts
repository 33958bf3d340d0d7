import type { InstrumentDefinition, ItemDef } from '../definition';
import { AGREEMENT_SCALE, type CompetencyCode } from './competencies';
import { competencyScales } from './build';

/*
 * Student self-assessment of the five career competencies. Each scale has one reverse-keyed item
 * so that a student who agrees with everything does not get a top score by default.
 * Item codes carry a scale prefix (kr, mr, we, ls, nw) so exports stay readable.
 */

const item = (code: string, nl: string, en: string, reverse = false): ItemDef => ({ code, text: { nl, en }, reverse });

const ITEMS: Record<CompetencyCode, ItemDef[]> = {
  kwaliteitenreflectie: [
    item('kr1', 'Ik kan drie dingen noemen waar ik goed in ben.', 'I can name three things I am good at.'),
    item('kr2', 'Ik weet in welke situaties mijn sterke kanten het best uitkomen.', 'I know in which situations my strengths show best.'),
    item('kr3', 'Ik kan uitleggen wat ik nog wil leren en waarom.', 'I can explain what I still want to learn and why.'),
    item('kr4', 'Als iemand vraagt wat ik kan, weet ik niet goed wat ik moet zeggen.', 'When someone asks what I can do, I do not really know what to say.', true),
  ],
  motievenreflectie: [
    item('mr1', 'Ik weet welke dingen in werk voor mij echt belangrijk zijn.', 'I know which things in work really matter to me.'),
    item('mr2', 'Ik merk bij welke taken ik energie krijg.', 'I notice which tasks give me energy.'),
    item('mr3', 'Ik kan vertellen waarom ik voor mijn opleiding heb gekozen.', 'I can tell why I chose my programme.'),
    item('mr4', 'Ik heb eigenlijk geen idee wat mij motiveert.', 'I honestly have no idea what motivates me.', true),
  ],
  werkexploratie: [
    item('we1', 'Ik zoek actief informatie op over beroepen die mij aanspreken.', 'I actively look up information about jobs that appeal to me.'),
    item('we2', 'Ik weet wat mensen in het werk dat ik wil doen op een gewone dag doen.', 'I know what people in the work I want do on an ordinary day.'),
    item('we3', 'Ik vergelijk wat een beroep vraagt met wat ik zelf kan en wil.', 'I compare what a job asks with what I can and want to do myself.'),
    item('we4', 'Ik wacht liever af dan dat ik zelf uitzoek welk werk er is.', 'I would rather wait than find out for myself what work there is.', true),
  ],
  loopbaansturing: [
    item('ls1', 'Ik maak zelf plannen voor mijn opleiding en mijn toekomst.', 'I make my own plans for my studies and my future.'),
    item('ls2', 'Ik weet welke volgende stap ik wil zetten en wat daarvoor nodig is.', 'I know which next step I want to take and what it takes.'),
    item('ls3', 'Als iets tegenvalt, pas ik mijn plan aan in plaats van op te geven.', 'When something disappoints me, I adjust my plan instead of giving up.'),
    item('ls4', 'Belangrijke keuzes over mijn toekomst laat ik meestal aan anderen over.', 'I usually leave important choices about my future to others.', true),
  ],
  netwerken: [
    item('nw1', 'Ik weet wie ik kan vragen als ik iets over een beroep wil weten.', 'I know whom to ask when I want to know something about a job.'),
    item('nw2', 'Ik durf mensen die ik niet goed ken om advies te vragen.', 'I dare to ask people I do not know well for advice.'),
    item('nw3', 'Ik houd contact met mensen die mij verder kunnen helpen.', 'I stay in touch with people who can help me further.'),
    item('nw4', 'Ik vind het lastig om anderen om hulp te vragen bij mijn keuzes.', 'I find it hard to ask others for help with my choices.', true),
  ],
};

export const LOOPBAANCOMPETENTIES: InstrumentDefinition = {
  code: 'loopbaancompetenties',
  version: 1,
  title: { nl: 'Loopbaancompetenties', en: 'Career competencies' },
  description: {
    nl: 'Kijk naar jezelf: hoe ver ben je met het ontdekken van wie je bent, wat je wilt en hoe je daar komt? Er zijn geen goede of foute antwoorden.',
    en: 'Take a look at yourself: how far along are you in finding out who you are, what you want and how to get there? There are no right or wrong answers.',
  },
  responseScale: AGREEMENT_SCALE,
  ...competencyScales(ITEMS),
  scoring: { rule: 'mean', minAnsweredFraction: 0.75 },
  respondents: [{ role: 'student', about: 'self' }],
};
