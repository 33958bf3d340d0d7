import type { EntryProblem } from './zip-entries';

/*
 * Why an uploaded dossier was refused, per problem, in Dutch and English. Written for the
 * counsellor or student at intake: what is wrong and, where possible, what to do.
 */

export type DossierProblemCode =
  | EntryProblem
  | 'not_a_zip'
  | 'no_dossier_json'
  | 'not_json'
  | 'missing_file'
  | 'file_size_mismatch'
  | 'file_checksum_mismatch'
  | 'file_type_unknown'
  | 'file_type_mismatch'
  | 'file_path_mismatch'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'newer_format';

export const PROBLEM_TEXT: Record<DossierProblemCode, { nl: string; en: string }> = {
  absolute_path: { nl: 'Dit pad in de zip begint bij de hoofdmap; alleen relatieve paden zijn toegestaan.', en: 'This path in the zip is absolute; only relative paths are allowed.' },
  parent_path: { nl: 'Dit pad in de zip verwijst naar een bovenliggende map (..).', en: 'This path in the zip points to a parent folder (..).' },
  backslash: { nl: 'Dit pad in de zip bevat een backslash (\\).', en: 'This path in the zip contains a backslash (\\).' },
  control_character: { nl: 'Dit pad in de zip bevat ongeldige tekens.', en: 'This path in the zip contains invalid characters.' },
  not_a_file: { nl: 'Dit is geen gewoon bestand (maar een map, snelkoppeling of apparaat).', en: 'This is not a regular file (but a folder, symbolic link or device).' },
  encrypted: { nl: 'Dit bestand is versleuteld; een loopbaandossier is nooit versleuteld.', en: 'This file is encrypted; a career dossier never is.' },
  duplicate: { nl: 'Deze naam komt meer dan eens voor in de zip.', en: 'This name occurs more than once in the zip.' },
  too_large: { nl: 'Dit bestand is groter dan toegestaan.', en: 'This file is larger than allowed.' },
  ratio: { nl: 'Dit bestand pakt uit tot een verdacht grote omvang (zipbom).', en: 'This file unpacks to a suspiciously large size (zip bomb).' },
  too_many: { nl: 'De zip bevat te veel bestanden.', en: 'The zip contains too many files.' },
  total_too_large: { nl: 'Samen zijn de bestanden in de zip groter dan toegestaan.', en: 'Together the files in the zip are larger than allowed.' },
  unexpected: { nl: 'Dit bestand hoort niet bij het dossier: dossier.json noemt het niet.', en: 'This file does not belong to the dossier: dossier.json does not list it.' },
  not_a_zip: { nl: 'Dit is geen (leesbaar) zipbestand. Kies het bestand dat Koers bij het downloaden van het loopbaandossier maakte.', en: 'This is not a (readable) zip file. Choose the file Koers made when the career dossier was downloaded.' },
  no_dossier_json: { nl: 'De zip bevat geen dossier.json.', en: 'The zip does not contain dossier.json.' },
  not_json: { nl: 'dossier.json is geen geldige JSON.', en: 'dossier.json is not valid JSON.' },
  missing_file: { nl: 'Dit bestand wordt in dossier.json genoemd maar staat niet in de zip.', en: 'This file is listed in dossier.json but is not in the zip.' },
  file_size_mismatch: { nl: 'De grootte van dit bestand klopt niet met dossier.json.', en: 'The size of this file does not match dossier.json.' },
  file_checksum_mismatch: { nl: 'De inhoud van dit bestand klopt niet met de controlesom in dossier.json.', en: 'The content of this file does not match the checksum in dossier.json.' },
  file_type_unknown: { nl: 'Dit bestand is geen toegestaan soort bestand (bijvoorbeeld een webpagina of programma met een andere naam).', en: 'This file is not an allowed kind of file (for example a web page or program under another name).' },
  file_type_mismatch: { nl: 'Dit bestand is iets anders dan dossier.json zegt.', en: 'This file is something other than dossier.json says.' },
  file_path_mismatch: { nl: 'Het pad van dit bestand volgt niet het patroon files/<id>/<naam>.', en: 'The path of this file does not follow the pattern files/<id>/<name>.' },
  duplicate_id: { nl: 'Dit id komt meer dan eens voor in dossier.json.', en: 'This id occurs more than once in dossier.json.' },
  unknown_reference: { nl: 'Dit verwijst naar een doel of bewijsstuk dat niet in het dossier staat.', en: 'This refers to a goal or evidence that is not in the dossier.' },
  newer_format: { nl: 'Dit dossier heeft een nieuwere formaatversie dan deze Koers kent. Werk Koers bij of vraag de vorige school om een export in versie 1.', en: 'This dossier has a newer format version than this Koers knows. Update Koers or ask the previous school for a version 1 export.' },
};
