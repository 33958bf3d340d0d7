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
