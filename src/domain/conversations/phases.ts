import type { CompetencyCode } from '../instruments/builtin/competencies';
import type { Bilingual } from './text';

/*
 * The reflection cycle a career conversation follows (Korthagen's spiral, drawn as the lemniscate
 * in the hbo transition handbook). It is data rather than UI so the conduct view, the prompt bank
 * and the notes all agree on the same four phases and their order. The guide insists a counsellor
 * only moves on once the current phase has really been answered, hence the `moveOnWhen` hint.
 */

export const PHASE_CODES = ['terugblikken', 'bewustwording', 'alternatieven', 'acties'] as const;
export type PhaseCode = (typeof PHASE_CODES)[number];

export interface PhaseDefinition {
  code: PhaseCode;
  /** 1-based position in the conversation. */
  order: number;
  title: Bilingual;
  purpose: Bilingual;
  moveOnWhen: Bilingual;
  /**
   * Competencies that carry most weight here: qualities and motives on the looking-back side of
   * the lemniscate, work exploration, steering and networking on the looking-ahead side. Any
   * competency may still come up in any phase; this only steers which prompts are shown first.
   */
  emphasis: readonly CompetencyCode[];
}

const LOOKING_BACK: readonly CompetencyCode[] = ['kwaliteitenreflectie', 'motievenreflectie'];
const LOOKING_AHEAD: readonly CompetencyCode[] = ['werkexploratie', 'loopbaansturing', 'netwerken'];

export const PHASES: readonly PhaseDefinition[] = [
  {
    code: 'terugblikken',
    order: 1,
    title: { nl: 'Terugblikken', en: 'Looking back' },
    purpose: {
      nl: 'De student vertelt over een recente, concrete ervaring die er voor hem of haar toe deed: wat gebeurde er precies, bekeken van meer dan één kant?',
      en: 'The student tells about a recent, concrete experience that mattered to them: what exactly happened, seen from more than one side?',
    },
    moveOnWhen: {
      nl: 'Ga verder als helder is wat er precies gebeurde en de student het kort en in positieve woorden heeft gewaardeerd.',
      en: 'Move on once it is clear what exactly happened and the student has briefly summed it up in positive terms.',
    },
    emphasis: LOOKING_BACK,
  },
  {
    code: 'bewustwording',
    order: 2,
    title: { nl: 'Bewustwording', en: 'Becoming aware' },
    purpose: {
      nl: 'Samen uitzoeken wat de student dacht, voelde en wilde, wat dat bij de anderen was, en wat de ervaring voor de student zelf betekent.',
      en: 'Work out together what the student thought, felt and wanted, what the others did, and what the experience means for the student personally.',
    },
    moveOnWhen: {
      nl: 'Ga verder als de student in eigen woorden kan zeggen wat deze ervaring over hem of haar zegt.',
      en: 'Move on once the student can say in their own words what this experience tells them about themselves.',
    },
    emphasis: LOOKING_BACK,
  },
  {
    code: 'alternatieven',
    order: 3,
    title: { nl: 'Alternatieven en keuze', en: 'Options and choice' },
    purpose: {
      nl: 'Mogelijkheden bedenken, inschatten wat elke mogelijkheid zou opleveren en daar bewust een keuze uit maken.',
      en: 'Come up with options, predict what each one would lead to, and make a deliberate choice between them.',
    },
    moveOnWhen: {
      nl: 'Ga verder als de student zelf heeft gekozen en kan vertellen wat de doorslag gaf.',
      en: 'Move on once the student has chosen for themselves and can tell what tipped the balance.',
    },
    emphasis: LOOKING_AHEAD,
  },
  {
    code: 'acties',
    order: 4,
    title: { nl: 'Acties', en: 'Actions' },
    purpose: {
      nl: 'De keuze vertalen naar kleine, concrete stappen die de student zelf zet, elk met een datum.',
      en: 'Turn the choice into small, concrete steps the student takes personally, each with a date.',
    },
    moveOnWhen: {
      nl: 'Rond af als de student zelf samenvat wat hij of zij meeneemt en de volgende stappen SMART heeft benoemd.',
      en: 'Close once the student has summed up what they take away and named the next steps in SMART terms.',
    },
    emphasis: LOOKING_AHEAD,
  },
];

export function isPhaseCode(value: string): value is PhaseCode {
  return (PHASE_CODES as readonly string[]).includes(value);
}

export function phaseByCode(code: PhaseCode): PhaseDefinition {
  const phase = PHASES.find((p) => p.code === code);
  // Unreachable while PHASES lists every code; the test suite checks that it does.
  if (!phase) throw new Error(`unknown phase ${code}`);
  return phase;
}

/** The phase after `code`, or null after the last one: the cycle closes with actions, not a loop. */
export function nextPhase(code: PhaseCode): PhaseCode | null {
  return PHASE_CODES[PHASE_CODES.indexOf(code) + 1] ?? null;
}

export const CONVERSATION_TYPE_CODES = ['kennismaking', 'voortgang', 'loopbaangesprek', 'bpv', 'exit', 'intake'] as const;
export type ConversationTypeCode = (typeof CONVERSATION_TYPE_CODES)[number];

export interface ConversationTypeDefinition {
  code: ConversationTypeCode;
  title: Bilingual;
  description: Bilingual;
  /** A placement conversation is a three-way talk: the placement supervisor takes part too. */
  withPlacementSupervisor: boolean;
}

export const CONVERSATION_TYPES: readonly ConversationTypeDefinition[] = [
  {
    code: 'kennismaking',
    title: { nl: 'Kennismakingsgesprek', en: 'Introductory conversation' },
    description: {
      nl: 'Vertrouwen opbouwen: waar deze gesprekken voor zijn, wat jullie van elkaar verwachten en wie de aantekeningen te zien krijgt.',
      en: 'Building trust: what these talks are for, what you expect from each other and who gets to see the notes.',
    },
    withPlacementSupervisor: false,
  },
  {
    code: 'voortgang',
    title: { nl: 'Voortgangsgesprek', en: 'Progress conversation' },
    description: {
      nl: 'Samen kijken hoe de studie loopt en hoe eerdere afspraken uitpakten, met ruimte voor de loopbaanvraag die erachter zit.',
      en: 'Looking together at how the studies are going and how earlier agreements worked out, leaving room for the career question behind them.',
    },
    withPlacementSupervisor: false,
  },
  {
    code: 'loopbaangesprek',
    title: { nl: 'Loopbaangesprek', en: 'Career conversation' },
    description: {
      nl: 'Een reflectief gesprek dat begint bij een concrete ervaring en via de vier fasen uitkomt bij stappen die de student zelf zet.',
      en: 'A reflective talk that starts from a concrete experience and moves through the four phases to steps the student takes personally.',
    },
    withPlacementSupervisor: false,
  },
  {
    code: 'bpv',
    title: { nl: 'BPV-gesprek (trialoog)', en: 'Placement conversation (three-way)' },
    description: {
      nl: 'Student, school en praktijkbegeleider bespreken samen wat de student op de werkplek laat zien, wat hem of haar drijft en welke kansen er liggen.',
      en: 'Student, school and placement supervisor talk together about what the student shows at work, what drives them and which opportunities lie ahead.',
    },
    withPlacementSupervisor: true,
  },
  {
    code: 'exit',
    title: { nl: 'Exitgesprek', en: 'Exit conversation' },
    description: {
      nl: 'Bij vertrek of overstap: terugkijken, vastleggen wat de student meeneemt en zorgen dat de volgende begeleider goed kan aansluiten.',
      en: 'When a student leaves or switches: looking back, recording what they take along, and making sure the next counsellor can pick up the thread.',
    },
    withPlacementSupervisor: false,
  },
  {
    code: 'intake',
    title: { nl: 'Intakegesprek', en: 'Intake conversation' },
    description: {
      nl: 'Aan het begin van de studie: de leergeschiedenis en de studiekeuze van de student, wat die nodig heeft en de eerste stappen. De uitkomst komt in het intakeverslag.',
      en: 'At the start of the study: the student’s learning history and study choice, what they need, and the first steps. The outcome goes into the intake record.',
    },
    withPlacementSupervisor: false,
  },
];

export function conversationType(code: ConversationTypeCode): ConversationTypeDefinition {
  const type = CONVERSATION_TYPES.find((t) => t.code === code);
  if (!type) throw new Error(`unknown conversation type ${code}`);
  return type;
}

export interface ConversationRule {
  /** Stable key so a UI can remember which tips a counsellor has dismissed. */
  code: string;
  tip: Bilingual;
}

/** The ten rules for a reflective career conversation from the hbo transition handbook, rephrased as tips. */
export const CONVERSATION_RULES: readonly ConversationRule[] = [
  {
    code: 'met-niet-tegen',
    tip: { nl: 'Praat mét de student, niet tegen de student: dit is een gesprek, geen les.', en: 'Talk with the student, not at them: this is a dialogue, not a lecture.' },
  },
  {
    code: 'recente-ervaring',
    tip: { nl: 'Begin bij iets wat de student kort geleden zelf heeft meegemaakt.', en: 'Start from something the student went through recently.' },
  },
  {
    code: 'emotiewoorden',
    tip: { nl: 'Luister naar woorden met gevoel erin: daar zit een ervaring die ertoe doet.', en: 'Listen for words that carry feeling: they point to an experience that matters.' },
  },
  {
    code: 'emotie-erkennen',
    tip: { nl: 'Laat merken dat je het gevoel hoort, en keer dan terug naar de ervaring zelf.', en: 'Show that you hear the feeling, then return to the experience itself.' },
  },
  {
    code: 'doorvragen',
    tip: {
      nl: 'Vraag door op wat er precies gebeurde, tot duidelijk is wat het gevoel opriep: dat is een klein verhaal.',
      en: 'Ask what exactly happened until it is clear what set off the feeling: that is a small story.',
    },
  },
  {
    code: 'verbreden',
    tip: {
      nl: 'Zoek samen naar vergelijkbare ervaringen, zodat kleine verhalen uitgroeien tot een groter verhaal waarin motieven zichtbaar worden.',
      en: 'Look for similar experiences together so small stories grow into a bigger one in which motives become visible.',
    },
  },
  {
    code: 'kernwoord',
    tip: { nl: 'Help de student één kernwoord voor dat grotere verhaal te vinden en kijk van daaruit vooruit.', en: 'Help the student find one core word for that bigger story and look ahead from there.' },
  },
  {
    code: 'niet-weten',
    tip: { nl: 'Luister zonder je eigen antwoord al klaar te hebben: ga ervan uit dat je het nog niet weet.', en: 'Listen without an answer of your own ready: assume you do not know yet.' },
  },
  {
    code: 'geen-waarom',
    tip: {
      nl: 'Vermijd waarom-vragen: die doen alsof de student zijn motieven al kent. Vraag liever naar wat, hoe of wanneer.',
      en: 'Avoid why-questions: they assume the student already knows their motives. Ask what, how or when instead.',
    },
  },
  {
    code: 'niet-invullen',
    tip: {
      nl: 'Vul niet in voor de student (NIVEA): zoek samen naar het woord dat de kern van de ervaring raakt.',
      en: 'Do not fill in for the student: search together for the word that captures the heart of the experience.',
    },
  },
];
