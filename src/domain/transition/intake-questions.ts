import type { CompetencyCode } from '../instruments/builtin/competencies';
import type { PhaseCode } from '../conversations/phases';
import type { Question } from '../conversations/question-bank';

/*
 * Open questions for an intake conversation, shown in the conduct view instead of the general
 * bank when the conversation is an intake. They ask for the learning history the student brings
 * (school, work, life), how the study choice came about, what they need, and the first steps, in
 * the same four phases and without why-questions. Ids are `intake.phase.n`: only ever append.
 */

type Row = readonly [competency: CompetencyCode, nl: string, en: string];

const BANK: Record<PhaseCode, readonly Row[]> = {
  terugblikken: [
    ['kwaliteitenreflectie', 'Vertel eens over je vorige opleiding: welke vakken of opdrachten gingen je goed af?', 'Tell me about your previous school: which subjects or assignments went well for you?'],
    ['motievenreflectie', 'Welk moment uit je vorige opleiding of je bijbaan is je het meest bijgebleven?', 'Which moment from your previous school or your side job has stayed with you most?'],
    ['loopbaansturing', 'Hoe ben je bij deze opleiding uitgekomen? Wat heb je gedaan om te kiezen?', 'How did you end up choosing this programme? What did you do to choose?'],
    ['werkexploratie', 'Wat heb je al gezien van het werk waar deze opleiding voor opleidt, zoals een stage of meeloopdag?', 'What have you already seen of the work this programme leads to, such as a placement or shadowing day?'],
    ['loopbaansturing', 'Hoe verliep de studiekeuzecheck, en wat nam je daaruit mee?', 'How did the study choice check go, and what did you take from it?'],
    ['netwerken', 'Met wie heb je over je keuze gepraat, en wat zeiden zij?', 'Who did you talk to about your choice, and what did they say?'],
  ],
  bewustwording: [
    ['kwaliteitenreflectie', 'Hoe leer jij het best: wat werkte op je vorige school, en wat juist niet?', 'How do you learn best: what worked at your previous school, and what did not?'],
    ['motievenreflectie', 'Wat trekt je in deze opleiding, als je het in je eigen woorden zegt?', 'What draws you to this programme, in your own words?'],
    ['loopbaansturing', 'Wat verwacht je dat hier anders wordt dan op je vorige school?', 'What do you expect to be different here from your previous school?'],
    ['kwaliteitenreflectie', 'Waar zie je tegenop als je aan de komende maanden denkt?', 'What are you anxious about when you think of the coming months?'],
  ],
  alternatieven: [
    ['loopbaansturing', 'Wat zou je helpen om een goede start te maken?', 'What would help you make a good start?'],
    ['netwerken', 'Wie kan je hier of thuis steunen als het even tegenzit?', 'Who can support you here or at home when things get hard?'],
    ['kwaliteitenreflectie', 'Welke ondersteuning of voorzieningen had je eerder, en wat heb je daarvan nu nodig?', 'Which support or arrangements did you have before, and what of that do you need now?'],
    ['werkexploratie', 'Wat wil je in het eerste jaar van het werkveld leren kennen?', 'What do you want to get to know of the field in the first year?'],
  ],
  acties: [
    ['loopbaansturing', 'Wat is de eerste stap die je de komende twee weken zet?', 'What is the first step you take in the next two weeks?'],
    ['netwerken', 'Wanneer spreken we elkaar weer, en wat wil je me dan vertellen?', 'When do we meet again, and what do you want to tell me then?'],
    ['kwaliteitenreflectie', 'Hoe merk je over een paar weken dat je goed gestart bent?', 'How will you notice in a few weeks that you made a good start?'],
    ['motievenreflectie', 'Wat wil je na de eerste 100 dagen over deze keuze kunnen zeggen?', 'What do you want to be able to say about this choice after the first 100 days?'],
  ],
};

export const INTAKE_QUESTIONS: readonly Question[] = (Object.keys(BANK) as PhaseCode[]).flatMap((phase) =>
  BANK[phase].map(([competency, nl, en], i) => ({ id: `intake.${phase}.${i + 1}`, phase, competency, text: { nl, en } })),
);

/** Intake questions for a phase; narrowed to a competency only when that leaves any. */
export function intakeQuestionsFor(phase: PhaseCode, competency?: CompetencyCode): Question[] {
  const all = INTAKE_QUESTIONS.filter((q) => q.phase === phase);
  const narrowed = competency ? all.filter((q) => q.competency === competency) : all;
  return narrowed.length > 0 ? narrowed : all;
}
