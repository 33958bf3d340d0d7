import { STAFF_ROLES, type Role } from '../../shared/roles';
import { AppError } from '../errors';

/**
 * The one place that decides who may do what. Every route asks this module; nothing else compares
 * roles. Decisions depend on the role (capabilities below) and, for a student's own data, on the
 * relationship between the actor and that student (looked up through `RelationshipLookup`).
 */
export interface Actor {
  id: string;
  institutionId: string;
  role: Role;
  name: string;
  email: string | null;
  language: 'nl' | 'en';
  sessionId: string;
}

export type Relationship = 'self' | 'counsellor' | 'parent' | 'supervisor';

export interface RelationshipLookup {
  /** The active relationships between a user and a student in the same institution. */
  relationshipsTo(actor: Actor, studentId: string): Promise<Relationship[]>;
}

const CAPABILITIES = {
  'students.list': ['counsellor', 'admin'],
  'structure.read': ['counsellor', 'specialist', 'manager', 'admin'],
  'structure.manage': ['admin'],
  'users.manage': ['admin'],
  'assignments.manage': ['admin'],
  'enrolments.manage': ['admin'],
  'imports.manage': ['admin'],
  'exports.students': ['admin'],
  'audit.read': ['admin'],
  'outbox.read': ['admin'],
  'stats.aggregate': ['manager', 'admin'],
  'instruments.manage': ['admin'],
  'caseload.overview': ['counsellor'],
  // Filling in instruments: about oneself, or about a student one guides. Which ones is data in the instrument.
  'instruments.answer': ['student', 'counsellor', 'supervisor'],
  'scan.invite': ['student', 'counsellor'],
  // Taking part in a conversation; whether this one is theirs is decided by conversationRole.
  'conversations.take-part': ['student', 'counsellor'],
  'conversations.norms': ['admin'],
  'conversations.feedback-stats': ['manager', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(actor: Actor, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: Actor, capability: Capability): void {
  if (!can(actor, capability)) throw new AppError('forbidden');
}

export function isStaff(actor: Actor): boolean {
  return STAFF_ROLES.includes(actor.role);
}

/** Which students a list of students may contain for this actor. */
export type StudentScope = { kind: 'institution' } | { kind: 'caseload'; counsellorId: string };

export function studentListScope(actor: Actor): StudentScope {
  assertCan(actor, 'students.list');
  return actor.role === 'admin' ? { kind: 'institution' } : { kind: 'caseload', counsellorId: actor.id };
}

/**
 * Reading a student's file: the student themself, their current counsellor, or an admin. Parents,
 * supervisors and specialists get narrower, purpose-bound views in their own modules; managers
 * never see one student.
 */
export async function assertCanReadStudentFile(
  actor: Actor,
  studentId: string,
  lookup: RelationshipLookup,
): Promise<Relationship | 'admin'> {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'student') {
    if (actor.id === studentId) return 'self';
    throw new AppError('forbidden');
  }
  if (actor.role === 'counsellor') {
    const relations = await lookup.relationshipsTo(actor, studentId);
    if (relations.includes('counsellor')) return 'counsellor';
  }
  throw new AppError('forbidden');
}

/**
 * Competence measurements are the student's own: they and their current counsellors may read them
 * and invite an external supervisor for a scan — nobody else, not even an admin.
 */
export async function assertCanReadCompetencies(
  actor: Actor,
  studentId: string,
  lookup: RelationshipLookup,
): Promise<'self' | 'counsellor'> {
  if (actor.role === 'student' && actor.id === studentId) return 'self';
  if (actor.role === 'counsellor' && (await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) return 'counsellor';
  throw new AppError('forbidden');
}

export interface RespondentRule {
  role: 'student' | 'counsellor' | 'supervisor';
  about: 'self' | 'student';
}

/**
 * Who fills in an instrument about whom is data in the instrument; this decides whether the actor
 * matches one of its rules for this student, and in which capacity (the measurement's source).
 */
export async function answeringCapacity(
  actor: Actor,
  studentId: string,
  rules: readonly RespondentRule[],
  lookup: RelationshipLookup,
): Promise<'self' | 'counsellor' | 'supervisor'> {
  const allows = (role: RespondentRule['role'], about: RespondentRule['about']) => rules.some((r) => r.role === role && r.about === about);
  if (actor.role === 'student') {
    if (actor.id === studentId && allows('student', 'self')) return 'self';
  } else if (actor.role === 'counsellor' || actor.role === 'supervisor') {
    if (allows(actor.role, 'student') && (await lookup.relationshipsTo(actor, studentId)).includes(actor.role)) return actor.role;
  }
  throw new AppError('instrument_not_for_you');
}

/**
 * Rules for routes whose `:id` is a student: checked before the body is validated, so someone
 * without the relationship learns nothing from validation errors either.
 */
export const STUDENT_ACCESS_RULES = {
  competencies: assertCanReadCompetencies,
  conversations: assertCanReadCompetencies,
} as const satisfies Record<string, (actor: Actor, studentId: string, lookup: RelationshipLookup) => Promise<unknown>>;

export type StudentAccessRule = keyof typeof STUDENT_ACCESS_RULES;

export type NoteTierName = 'student' | 'team' | 'private';

/**
 * One's part in a conversation: its student, or a current counsellor of that student (a
 * counsellor who took over sees the history). Everybody else is refused.
 */
export async function conversationRole(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'student' | 'counsellor'> {
  const relation = await assertCanReadCompetencies(actor, studentId, lookup);
  return relation === 'self' ? 'student' : 'counsellor';
}

/**
 * Which shared tiers a participant reads; their own private notes come on top. A student never
 * reads the team tier, and nobody reads another person's private notes.
 */
export function readableNoteTiers(role: 'student' | 'counsellor'): ('student' | 'team')[] {
  return role === 'student' ? ['student'] : ['student', 'team'];
}

/** A student writes notes shared with their counsellor or private; the team tier is for staff. */
export function writableNoteTiers(role: 'student' | 'counsellor'): NoteTierName[] {
  return role === 'student' ? ['student', 'private'] : ['student', 'team', 'private'];
}
