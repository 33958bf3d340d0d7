import type { Level, Role } from '../../shared/roles';

export type { Level, Role };
export { LEVELS, ROLES } from '../../shared/roles';
export type Language = 'nl' | 'en';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Me {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  language: Language;
}

export interface DemoInfo {
  demo: boolean;
  accounts: { email: string; role: Role; password: string }[];
}

export interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

/** The API sometimes answers a name, sometimes an object with a name; accept both. */
export type Named = string | { id?: string; name: string } | null;

export type Home =
  | {
      kind: 'student';
      programme: { name: string; level: Level } | null;
      cohort: { name: string; schoolYear: string } | null;
      counsellors: { name: string; email: string | null }[];
    }
  | { kind: 'counsellor'; caseloadCount: number; cohorts: { name: string; schoolYear: string; count: number }[] }
  | { kind: 'specialist' }
  | {
      kind: 'manager';
      totals: { students: number; counsellors: number; programmes: number };
      bySector: { sector: string; students: number | null }[];
      suppressionThreshold: number;
    }
  | {
      kind: 'admin';
      counts: { students: number; staff: number; sectors: number; programmes: number; cohorts: number; outbox: number };
    }
  | { kind: 'linked'; students: { id: string; name: string }[] };

export interface StudentRow {
  id: string;
  studentNumber: string;
  name: string;
  programme: Named;
  cohort: Named;
}

export interface StudentFile {
  id: string;
  studentNumber: string;
  name: string;
  email: string | null;
  gender: 'v' | 'm' | 'x' | null;
  programme: { id: string; name: string; level: Level } | null;
  cohort: { id: string; name: string; schoolYear: string } | null;
  enrolments: {
    id: string;
    cohort: Named;
    programme: Named;
    schoolYear: string;
    startDate: string;
    endDate: string | null;
  }[];
  counsellors: {
    assignmentId: string;
    id: string;
    name: string;
    email?: string | null;
    startDate: string;
    endDate: string | null;
  }[];
}

export interface Cohort {
  id: string;
  name: string;
  schoolYear: string;
  studentCount: number;
}
export interface Programme {
  id: string;
  name: string;
  code: string;
  level: Level;
  cohorts: Cohort[];
}
export interface Sector {
  id: string;
  name: string;
  code: string;
  programmes: Programme[];
}
export interface Structure {
  sectors: Sector[];
}

export interface AdminUser {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  studentNumber: string | null;
  active: boolean;
}

export interface Assignment {
  id: string;
  counsellor: { id: string; name: string };
  student: { id: string; name: string };
  startDate: string;
  endDate: string | null;
}

// The roster fields are the server's own list: one definition, so web and server cannot disagree.
export {
  ROSTER_FIELDS as IMPORT_FIELDS,
  REQUIRED_FIELDS as REQUIRED_IMPORT_FIELDS,
  type RosterField as ImportField,
} from '../../domain/roster/fields';
export type Mapping = Record<import('../../domain/roster/fields').RosterField, string | null>;

export interface ImportUpload {
  id: string;
  delimiter: string;
  headers: string[];
  preview: string[][];
  totalRows: number;
  suggestedMapping: Partial<Record<string, string | null>>;
}

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportValidation {
  totalRows: number;
  validRows: number;
  errorCount: number;
  errors: ImportRowError[];
}

export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'done' | 'failed';

export interface ImportSummary {
  id: string;
  filename: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errorCount: number;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
}
export interface ImportDetail extends ImportSummary {
  errors: ImportRowError[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  student: { id: string; name: string } | null;
  entityType: string | null;
  entityId: string | null;
  detail: unknown;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}
