/**
 * Stable error ids with their HTTP status and a message per language. The ids are part of the
 * public API (schools integrate with them); the messages may be improved at any time.
 */
export const ERRORS = {
  bad_request: { status: 400, nl: 'Het verzoek is ongeldig.', en: 'The request is invalid.' },
  invalid_json: { status: 400, nl: 'De verzonden gegevens zijn geen geldige JSON.', en: 'The request body is not valid JSON.' },
  validation_failed: { status: 400, nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
  unsupported_media_type: { status: 415, nl: 'Dit bestandstype of formaat wordt niet ondersteund.', en: 'This content type is not supported.' },
  unauthenticated: { status: 401, nl: 'Je bent niet ingelogd of je sessie is verlopen.', en: 'You are not signed in or your session has expired.' },
  invalid_credentials: { status: 401, nl: 'E-mailadres of wachtwoord klopt niet.', en: 'Email address or password is incorrect.' },
  wrong_password: { status: 400, nl: 'Je huidige wachtwoord klopt niet.', en: 'Your current password is incorrect.' },
  weak_password: { status: 400, nl: 'Kies een wachtwoord van minstens 10 tekens.', en: 'Choose a password of at least 10 characters.' },
  invalid_token: { status: 400, nl: 'Deze link is ongeldig of verlopen.', en: 'This link is invalid or has expired.' },
  forbidden: { status: 403, nl: 'Je hebt geen toegang tot deze gegevens.', en: 'You do not have access to this information.' },
  origin_mismatch: { status: 403, nl: 'Dit verzoek komt niet van Koers zelf en is geweigerd.', en: 'This request did not come from Koers itself and was refused.' },
  not_found: { status: 404, nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  route_not_found: { status: 404, nl: 'Deze pagina of API-route bestaat niet.', en: 'This page or API route does not exist.' },
  conflict: { status: 409, nl: 'Dit bestaat al.', en: 'This already exists.' },
  email_taken: { status: 409, nl: 'Er is al een account met dit e-mailadres.', en: 'An account with this email address already exists.' },
  code_taken: { status: 409, nl: 'Deze code is al in gebruik.', en: 'This code is already in use.' },
  student_number_taken: { status: 409, nl: 'Dit studentnummer is al in gebruik.', en: 'This student number is already in use.' },
  invalid_state: { status: 409, nl: 'Dit kan niet in de huidige status.', en: 'This is not possible in the current state.' },
  import_has_errors: { status: 409, nl: 'Het bestand bevat fouten. Verbeter ze of kies ervoor de foute rijen over te slaan.', en: 'The file contains errors. Fix them or choose to skip the rows with errors.' },
  import_empty: { status: 400, nl: 'Het bestand is leeg of bevat onder de kopregel geen rijen met gegevens. Kies een CSV-bestand met een kopregel en minstens één leerling.', en: 'The file is empty or has no data rows below the header. Choose a CSV file with a header row and at least one student.' },
  import_mapping_invalid: { status: 400, nl: 'Koppel elk verplicht veld aan een kolom die in het bestand voorkomt.', en: 'Map every required field to a column that exists in the file.' },
  instrument_invalid: { status: 400, nl: 'De vragenlijst klopt niet. Verbeter de genoemde punten en probeer het opnieuw.', en: 'The questionnaire is not valid. Fix the listed problems and try again.' },
  instrument_version_exists: { status: 409, nl: 'Deze versie van de vragenlijst bestaat al. Een gepubliceerde versie verandert nooit: geef de nieuwe een hoger versienummer.', en: 'This version of the questionnaire already exists. A published version never changes: give the new one a higher version number.' },
  instrument_unknown: { status: 404, nl: 'Deze vragenlijst bestaat niet.', en: 'This questionnaire does not exist.' },
  instrument_not_for_you: { status: 403, nl: 'Deze vragenlijst is niet bedoeld om door jou over deze student ingevuld te worden.', en: 'This questionnaire is not meant to be filled in by you about this student.' },
  answers_invalid: { status: 400, nl: 'Niet alle antwoorden zijn geldig; er is niets opgeslagen.', en: 'Not all answers are valid; nothing was saved.' },
  response_submitted: { status: 409, nl: 'Deze vragenlijst is al ingeleverd en kan niet meer veranderen.', en: 'This questionnaire has already been submitted and can no longer change.' },
  response_incomplete: { status: 400, nl: 'Beantwoord eerst genoeg vragen van elke competentie om in te leveren.', en: 'Answer enough questions for every competency before submitting.' },
  scan_link_invalid: { status: 404, nl: 'Deze link is niet (meer) geldig. Vraag de student of begeleider om een nieuwe uitnodiging.', en: 'This link is not valid. Ask the student or counsellor for a new invitation.' },
  scan_link_used: { status: 410, nl: 'Met deze link is de scan al ingevuld. Bedankt!', en: 'The scan has already been completed through this link. Thank you!' },
  scan_link_expired: { status: 410, nl: 'Deze link is verlopen. Vraag de student of begeleider om een nieuwe uitnodiging.', en: 'This link has expired. Ask the student or counsellor for a new invitation.' },
  scan_link_revoked: { status: 410, nl: 'Deze uitnodiging is ingetrokken. Vraag de student of begeleider om een nieuwe als dat nodig is.', en: 'This invitation was withdrawn. Ask the student or counsellor for a new one if needed.' },
  conversation_changed: { status: 409, nl: 'Iemand anders heeft dit intussen gewijzigd. Je eigen tekst is bewaard; laad de nieuwste versie en voeg je wijziging opnieuw toe.', en: 'Someone else changed this in the meantime. Your own text is kept; load the latest version and add your change again.' },
  conversation_not_your_turn: { status: 409, nl: 'Op dit voorstel moet de ander reageren; jij hebt het zelf gedaan.', en: 'The other person has to respond to this proposal; you made it yourself.' },
  conversation_state: { status: 409, nl: 'Dat kan niet meer bij dit gesprek: het is al gehouden of afgezegd.', en: 'That is no longer possible for this conversation: it has already taken place or was cancelled.' },
  no_counsellor: { status: 409, nl: 'Je hebt (nog) geen loopbaanbegeleider. Vraag je school om je aan een begeleider te koppelen.', en: 'You do not have a counsellor (yet). Ask your school to assign one.' },
  feedback_given: { status: 409, nl: 'Je hebt al feedback op dit gesprek gegeven. Dank je wel!', en: 'You have already given feedback on this conversation. Thank you!' },
  development_forbidden: { status: 403, nl: 'Je mag het ontwikkelplan van deze collega niet bekijken. Alleen de collega zelf en de teamleider van diens team hebben toegang.', en: "You may not view this colleague's development plan. Only the colleague and the leader of their team have access." },
  team_forbidden: { status: 403, nl: 'Alleen de teamleider van dit team ziet dit overzicht.', en: 'Only the leader of this team can see this overview.' },
  rating_request_invalid: { status: 400, nl: 'Je kunt alleen een collega-begeleider of je teamleider uit je eigen instelling vragen om je te beoordelen, en niet jezelf.', en: 'You can only ask a fellow counsellor or your team leader from your own institution to rate you, and not yourself.' },
  rating_request_open: { status: 409, nl: 'Je hebt deze collega al gevraagd je te beoordelen; die vraag staat nog open.', en: 'You have already asked this colleague to rate you; that request is still open.' },
  rating_request_closed: { status: 410, nl: 'Dit beoordelingsverzoek is ingetrokken of al afgerond.', en: 'This rating request was withdrawn or has already been completed.' },
  evaluation_closed: { status: 409, nl: 'Je school houdt dit schooljaar (nog) geen evaluatie van de begeleiding.', en: 'Your school is not running the evaluation of guidance this school year (yet).' },
  evaluation_done: { status: 409, nl: 'Je hebt je begeleiding door deze begeleider dit schooljaar al geëvalueerd. Dank je wel!', en: 'You have already evaluated the guidance by this counsellor this school year. Thank you!' },
  evaluation_not_your_counsellor: { status: 403, nl: 'Je kunt alleen de begeleiding evalueren van een begeleider die nu aan jou gekoppeld is.', en: 'You can only evaluate the guidance of a counsellor who is assigned to you now.' },
  team_member_invalid: { status: 400, nl: 'Alleen een loopbaanbegeleider van deze instelling kan lid van een team zijn, en alleen een teamleider (manager) kan het team leiden.', en: 'Only a counsellor of this institution can be a team member, and only a team leader (manager) can lead the team.' },
  referral_not_assigned: { status: 403, nl: 'Je kunt alleen studenten verwijzen die aan jou gekoppeld zijn.', en: 'You can only refer students assigned to you.' },
  referral_taken: { status: 409, nl: 'Een collega heeft deze verwijzing net opgepakt.', en: 'A colleague has just taken this referral.' },
  referral_changed: { status: 409, nl: 'Deze verwijzing is intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.', en: 'This referral was changed in the meantime. Load the latest version and try again.' },
  referral_state: { status: 409, nl: 'Dat kan niet in de huidige status van de verwijzing.', en: 'That is not possible in the current status of the referral.' },
  referral_not_yours: { status: 403, nl: 'Deze verwijzing wordt door een collega behandeld.', en: 'This referral is being handled by a colleague.' },
  handover_target_invalid: { status: 400, nl: 'Draag alleen over aan een (andere) actieve loopbaanbegeleider van deze instelling.', en: 'Hand over only to another active counsellor of this institution.' },
  handover_nothing: { status: 400, nl: 'Er zijn geen studenten om over te dragen: de gekozen studenten horen niet (meer) bij deze begeleider.', en: 'There are no students to hand over: the chosen students are not (or no longer) with this counsellor.' },
  test_results_invalid: { status: 400, nl: 'Het bestand bevat fouten; er is niets geïmporteerd. Verbeter de genoemde rijen en probeer het opnieuw.', en: 'The file contains errors; nothing was imported. Fix the rows listed and try again.' },
  payload_too_large: { status: 413, nl: 'Het bestand of verzoek is te groot.', en: 'The file or request is too large.' },
  too_many_attempts: { status: 429, nl: 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.', en: 'Too many failed attempts. Try again in fifteen minutes.' },
  internal: { status: 500, nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
} as const satisfies Record<string, { status: number; nl: string; en: string }>;

export type ErrorId = keyof typeof ERRORS;
export type Language = 'nl' | 'en';

export interface ErrorBody {
  error: { id: ErrorId; message: string; details?: unknown };
}

export function errorMessage(id: ErrorId, language: Language): string {
  return ERRORS[id][language];
}
