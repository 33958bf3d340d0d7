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
