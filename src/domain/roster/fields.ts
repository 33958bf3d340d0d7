/*
 * The fields a roster import fills, in the order an admin maps them. A mapping ties each field to
 * a column header of the uploaded file (or to nothing).
 */

export const ROSTER_FIELDS = [
  'studentNumber',
  'firstName',
  'namePrefix',
  'lastName',
  'email',
  'gender',
  'programmeCode',
  'cohortName',
  'schoolYear',
  'startDate',
  'counsellorEmail',
] as const;

export type RosterField = (typeof ROSTER_FIELDS)[number];

export const REQUIRED_FIELDS: readonly RosterField[] = ['studentNumber', 'firstName', 'lastName', 'programmeCode', 'cohortName'];

/** Field → column header; a missing or null entry means "not in this file". */
export type RosterMapping = Partial<Record<RosterField, string | null>>;

export const FIELD_LABELS: Record<RosterField, { nl: string; en: string }> = {
  studentNumber: { nl: 'Studentnummer', en: 'Student number' },
  firstName: { nl: 'Voornaam', en: 'First name' },
  namePrefix: { nl: 'Tussenvoegsel', en: 'Name prefix' },
  lastName: { nl: 'Achternaam', en: 'Last name' },
  email: { nl: 'E-mailadres', en: 'Email address' },
  gender: { nl: 'Geslacht', en: 'Gender' },
  programmeCode: { nl: 'Opleidingscode', en: 'Programme code' },
  cohortName: { nl: 'Klas', en: 'Class' },
  schoolYear: { nl: 'Schooljaar', en: 'School year' },
  startDate: { nl: 'Startdatum', en: 'Start date' },
  counsellorEmail: { nl: 'E-mailadres mentor/SLB’er', en: 'Counsellor email address' },
};

/** Longest accepted value per field; longer values are almost always a wrongly mapped column. */
export const MAX_LENGTH: Record<RosterField, number> = {
  studentNumber: 50,
  firstName: 100,
  namePrefix: 30,
  lastName: 150,
  email: 254,
  gender: 20,
  programmeCode: 50,
  cohortName: 100,
  schoolYear: 9,
  startDate: 10,
  counsellorEmail: 254,
};
