/*
 * A switch or dropout ends an enrolment. Switching is not failing: a student who finds a better
 * place here or elsewhere is often an outcome of good guidance, so the two are kept apart
 * everywhere, and the reasons (more than one allowed) are the student's own account.
 */

export type ExitKind = 'switch' | 'dropout';
export type ExitDestination = 'programme_here' | 'other_institution' | 'work' | 'unknown';

export interface ExitProblem {
  path: string;
  message_nl: string;
  message_en: string;
}

/** The destination must fit the kind; a switch within the school names the new programme. */
export function exitProblems(input: { kind: ExitKind; destination: ExitDestination; destinationProgrammeId: string | null; exitOn: string; enrolmentStart: string }): ExitProblem[] {
  const problems: ExitProblem[] = [];
  if (input.exitOn < input.enrolmentStart)
    problems.push({ path: 'exitOn', message_nl: `De datum ligt vóór de start van de inschrijving (${input.enrolmentStart}).`, message_en: `The date is before the start of the enrolment (${input.enrolmentStart}).` });
  if (input.kind === 'dropout' && (input.destination === 'programme_here' || input.destination === 'other_institution'))
    problems.push({ path: 'destination', message_nl: 'Wie naar een andere opleiding gaat, switcht: kies "switch".', message_en: 'Going to another programme is a switch: choose "switch".' });
  if (input.kind === 'switch' && (input.destination === 'work' || input.destination === 'unknown'))
    problems.push({ path: 'destination', message_nl: 'Een switch gaat naar een andere opleiding, hier of elders.', message_en: 'A switch goes to another programme, here or elsewhere.' });
  if (input.destination === 'programme_here' && !input.destinationProgrammeId)
    problems.push({ path: 'destinationProgrammeId', message_nl: 'Kies de opleiding waarheen de student switcht.', message_en: 'Choose the programme the student switches to.' });
  return problems;
}
