import { normalizeHeader } from '../csv/parse';
import { ROSTER_FIELDS, type RosterField } from './fields';

/*
 * Recognises the column headers of common Dutch student information systems (Magister, Eduarte,
 * Somtoday, Osiris, …) and of English exports. Headers are compared normalised ("E-mailadres" →
 * "emailadres"). Exact names win; then key words, where the counsellor is tried before the
 * student's own e-mail so that "E-mail mentor" goes to the counsellor.
 */

const EXACT: Record<RosterField, string[]> = {
  studentNumber: [
    'studentnummer', 'leerlingnummer', 'stamnummer', 'studentnr', 'leerlingnr', 'llnr', 'lln', 'stamnr',
    'studentid', 'leerlingid', 'studentnumber', 'studentno', 'pupilnumber', 'deelnemernummer', 'deelnemernr',
    'ovnummer', 'onderwijsnummer',
  ],
  firstName: ['roepnaam', 'voornaam', 'voornamen', 'firstname', 'givenname', 'forename', 'voorname'],
  namePrefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'tussenv', 'prefix', 'nameprefix', 'infix', 'tv'],
  lastName: ['achternaam', 'geslachtsnaam', 'familienaam', 'lastname', 'surname', 'familyname', 'achternaamzondervoegsel'],
  email: [
    'email', 'emailadres', 'mail', 'mailadres', 'emailaddress', 'studentemail', 'emailstudent', 'leerlingemail',
    'emailleerling', 'schoolemail', 'emailschool', 'emailadresschool', 'emailadresstudent', 'emailadresleerling',
  ],
  gender: ['geslacht', 'gender', 'sex', 'mv'],
  programmeCode: [
    'opleidingscode', 'opleidingcode', 'opleiding', 'crebo', 'crebocode', 'crebonummer', 'croho', 'crohocode',
    'programmecode', 'programcode', 'programme', 'program', 'course', 'coursecode', 'leerweg', 'isatcode',
  ],
  cohortName: ['klas', 'klasnaam', 'groep', 'groepsnaam', 'cohort', 'stamgroep', 'stamklas', 'basisgroep', 'class', 'group', 'classname'],
  schoolYear: ['schooljaar', 'schoolyear', 'collegejaar', 'academicyear', 'academischjaar'],
  startDate: [
    'startdatum', 'begindatum', 'inschrijfdatum', 'datuminschrijving', 'ingangsdatum', 'datumstart', 'startdate',
    'enrolmentdate', 'enrollmentdate', 'datumingang', 'inschrijvingsdatum',
  ],
  counsellorEmail: [
    'mentor', 'mentoremail', 'emailmentor', 'mentormail', 'slb', 'slber', 'slbemail', 'slberemail', 'emailslb',
    'emailslber', 'coach', 'coachemail', 'emailcoach', 'loopbaancoach', 'studieloopbaanbegeleider',
    'studiebegeleider', 'counsellor', 'counselor', 'counselloremail', 'counseloremail', 'tutor', 'tutoremail',
  ],
};

/** Key words for headers that match nothing exactly; order matters (first match wins). */
const CONTAINS: [RosterField, RegExp][] = [
  ['counsellorEmail', /mentor|slb|coach|begeleider|counsel+or|tutor/],
  ['studentNumber', /(student|leerling|stam|deelnemer).*(nummer|nr|id)|(nummer|nr|id).*(student|leerling)/],
  ['email', /e?mail/],
  ['namePrefix', /tussenvoegsel|voorvoegsel/],
  ['firstName', /roepnaam|voornaam|firstname/],
  ['lastName', /achternaam|geslachtsnaam|lastname|surname/],
  ['programmeCode', /opleiding|crebo|croho|programme|program/],
  ['schoolYear', /schooljaar|schoolyear/],
  ['startDate', /startdatum|begindatum|inschrijfdatum|startdate/],
  ['cohortName', /klas|groep|cohort|class/],
  ['gender', /geslacht|gender/],
];

/** Columns about someone else (a parent's e-mail, an emergency contact) are never guessed. */
const OTHER_PERSON = /ouder|verzorger|parent|guardian|noodcontact|contactpersoon/;

/** For each field the header that most likely holds it, or null; each header is used once. */
export function suggestMapping(headers: readonly string[]): Record<RosterField, string | null> {
  const result = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as Record<RosterField, string | null>;
  const used = new Set<string>();
  const keys = headers.map((h) => ({ header: h, key: normalizeHeader(h) }));

  // Exact matches in the order of each field's synonym list, so "roepnaam" beats "voornaam".
  for (const field of ROSTER_FIELDS) {
    for (const synonym of EXACT[field]) {
      const hit = keys.find((k) => k.key === synonym && !used.has(k.header));
      if (hit) {
        result[field] = hit.header;
        used.add(hit.header);
        break;
      }
    }
  }
  for (const { header, key } of keys) {
    if (used.has(header) || key === '' || OTHER_PERSON.test(key)) continue;
    const match = CONTAINS.find(([field, re]) => result[field] === null && re.test(key));
    if (match) {
      result[match[0]] = header;
      used.add(header);
    }
  }
  return result;
}
