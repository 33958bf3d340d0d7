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

export type Relationship = 'self' | 'counsellor' | 'parent' | 'supervisor' | 'specialist';

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
  'instruments.answer': ['student', 'counsellor', 'supervisor', 'manager'],
  'scan.invite': ['student', 'counsellor'],
  // Taking part in a conversation; whether this one is theirs is decided by conversationRole.
  'conversations.take-part': ['student', 'counsellor', 'specialist'],
  'conversations.norms': ['admin'],
  'conversations.feedback-stats': ['manager', 'admin'],
  'referrals.create': ['counsellor'],
  // Reading a referral: whose it is, is decided by referralAccess.
  'referrals.read': ['student', 'counsellor', 'specialist', 'parent'],
  'referrals.handle': ['specialist'],
  'handover.create': ['counsellor', 'admin'],
  'handover.read': ['counsellor', 'admin'],
  'signals.manage': ['admin'],
  'guidance.stats': ['manager', 'admin'],
  // Counsellor professionalisation: one's own development plan and self-rating.
  'development.own': ['counsellor'],
  // A counsellor's plan by id: the counsellor or a leader of their team, decided by developmentReader.
  'development.read': ['counsellor', 'manager'],
  // Rating a counsellor who asked for it (360° for staff): colleagues and team leaders.
  'development.rate': ['counsellor', 'manager'],
  // Leading a team: its overview and the plans of its members; which team is theirs is teamLeaderOf.
  'teams.lead': ['manager'],
  'teams.manage': ['admin'],
  // The end-of-year evaluation of guidance: a student about a current counsellor (evaluatorCapacity); the admin switches it on per year.
  'evaluation.answer': ['student'],
  'evaluation.manage': ['admin'],
  // Importing a loopbaandossier at intake: the student themself, their counsellor or an admin (assertCanImportDossier).
  'dossier.import': ['student', 'counsellor', 'admin'],
  // The portfolio by item id: the student writes their own; the guidance team reads what the student shares (portfolioView).
  'portfolio.write': ['student'],
  'portfolio.read': ['student', 'counsellor', 'specialist'],
  // Progress reviews on a POP goal: the student and their current counsellor.
  'portfolio.review': ['student', 'counsellor'],
  // Study progress in the first year: BSA norms are set by the admin; the first-year overview is a
  // counsellor's own caseload (or the whole school for an admin); the dropout analysis is aggregates only.
  'bsa.norms': ['admin'],
  'bsa.overview': ['counsellor', 'admin'],
  'dropout.stats': ['manager', 'admin'],
  // The first-100-days milestones per programme.
  'milestones.manage': ['admin'],
  // Quality monitor: campaigns, invitations, imported survey data. Answering goes through one's own invitation (assertSurveyInvitee).
  'surveys.manage': ['manager', 'admin'],
  // A team's LOB-scan results and plan: its members and its leader (lobScanRole decides which team).
  'lobscan.read': ['counsellor', 'manager'],
  // The evidence loop: aggregates over the institution's students, small programmes suppressed.
  'evidence.read': ['manager', 'admin'],
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
  role: 'student' | 'counsellor' | 'supervisor' | 'manager';
  about: 'self' | 'student' | 'counsellor';
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
  } else if (actor.role === 'counsellor' && actor.id === studentId && allows('counsellor', 'self')) {
    // A counsellor rating themself (the staff self-rating); rating a colleague needs a request, see staffRaterCapacity.
    return 'self';
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
  conversations: assertGuidanceTeam,
  // Planning a conversation: the student or their counsellor, not the specialist who reads along.
  'conversation-planning': assertCanReadCompetencies,
  'dossier-export': assertCanExportDossier,
  portfolio: portfolioView,
  // Writing in a portfolio, and asking others for feedback on it: only the student themself.
  'portfolio-own': assertPortfolioOwner,
  // BSA progress: the student, a current counsellor, an admin; recording advice and a switch or dropout: the latter two.
  'study-progress': assertCanReadStudentFile,
  'study-progress-record': assertCanRecordStudyProgress,
  intake: intakeReader,
  'intake-edit': intakeEditor,
} as const satisfies Record<string, (actor: Actor, studentId: string, lookup: RelationshipLookup) => Promise<unknown>>;

export type StudentAccessRule = keyof typeof STUDENT_ACCESS_RULES;

export type NoteTierName = 'student' | 'team' | 'private';

/**
 * The student's guidance team: the student, their current counsellors, and the specialist who
 * handles an open referral of theirs.
 */
export async function assertGuidanceTeam(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'self' | 'counsellor' | 'specialist'> {
  if (actor.role === 'student' && actor.id === studentId) return 'self';
  if (actor.role === 'counsellor' || actor.role === 'specialist') {
    if ((await lookup.relationshipsTo(actor, studentId)).includes(actor.role)) return actor.role;
  }
  throw new AppError('forbidden');
}

export type ConversationRole = 'student' | 'counsellor' | 'specialist';

/**
 * One's part in a conversation: its student, a current counsellor of that student (a counsellor
 * who took over sees the history), or the specialist of an open referral (reads, never writes).
 */
export async function conversationRole(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<ConversationRole> {
  const relation = await assertGuidanceTeam(actor, studentId, lookup);
  return relation === 'self' ? 'student' : relation;
}

/**
 * Which shared tiers a participant reads; their own private notes come on top. A student never
 * reads the team tier, and nobody reads another person's private notes.
 */
export function readableNoteTiers(role: ConversationRole): ('student' | 'team')[] {
  return role === 'student' ? ['student'] : ['student', 'team'];
}

/** A student writes notes shared with their counsellor or private; the team tier is for staff. */
export function writableNoteTiers(role: ConversationRole): NoteTierName[] {
  return role === 'student' ? ['student', 'private'] : role === 'counsellor' ? ['student', 'team', 'private'] : [];
}

/* ---- counsellor professionalisation ---- */

export interface TeamLookup {
  /** Whether the manager leads a team of which the counsellor is a member. */
  leadsTeamOf(managerId: string, counsellorId: string): Promise<boolean>;
}

/**
 * A counsellor's development plan (goals, log, reviews) is read by the counsellor and by the team
 * leader of one of their teams, who holds the yearly review. Colleagues and other managers are
 * refused. Individual ratings need the counsellor's consent on top of this (see ratingsVisible).
 */
export async function developmentReader(actor: Actor, counsellorId: string, teams: TeamLookup): Promise<'self' | 'leader'> {
  if (actor.role === 'counsellor' && actor.id === counsellorId) return 'self';
  if (actor.role === 'manager' && (await teams.leadsTeamOf(actor.id, counsellorId))) return 'leader';
  throw new AppError('development_forbidden');
}

/** A team leader sees one counsellor's ratings only when the counsellor said so; the counsellor always. */
export function ratingsVisible(reader: 'self' | 'leader', consented: boolean): boolean {
  return reader === 'self' || consented;
}

/**
 * Rating a colleague: only through that counsellor's request, as the person asked, in the capacity
 * the instrument allows for the rater's role (a counsellor as colleague, a manager as team leader).
 */
export function staffRaterCapacity(actor: Actor, request: { raterId: string; subjectId: string }, rules: readonly RespondentRule[]): 'colleague' | 'manager' {
  if (actor.id !== request.raterId || actor.id === request.subjectId) throw new AppError('forbidden');
  if (actor.role === 'counsellor' && rules.some((r) => r.role === 'counsellor' && r.about === 'counsellor')) return 'colleague';
  if (actor.role === 'manager' && rules.some((r) => r.role === 'manager' && r.about === 'counsellor')) return 'manager';
  throw new AppError('instrument_not_for_you');
}

export interface CounsellorLookup {
  /** Whether the counsellor is assigned to the student today. */
  isCurrentCounsellor(studentId: string, counsellorId: string): Promise<boolean>;
}

/**
 * Evaluating guidance: a student, about one of their current counsellors, when the instrument is
 * meant for that. Not through `answeringCapacity` (POST /api/responses) but through the evaluation
 * route, which also checks that the school runs the evaluation this year. A former counsellor is
 * refused: the evaluation is about the guidance now.
 */
export async function evaluatorCapacity(actor: Actor, counsellorId: string, rules: readonly RespondentRule[], lookup: CounsellorLookup): Promise<'student'> {
  if (actor.role !== 'student' || !rules.some((r) => r.role === 'student' && r.about === 'counsellor')) throw new AppError('instrument_not_for_you');
  if (!(await lookup.isCurrentCounsellor(actor.id, counsellorId))) throw new AppError('evaluation_not_your_counsellor');
  return 'student';
}

export type ReferralAccess = 'team' | 'specialist' | 'student' | 'parent';

/**
 * Who sees a referral, and how much: the second-line team (specialists of the institution) and the
 * referring or current counsellor see everything; the student sees status and step plan; a parent
 * sees the step plan only when the student's referral allows it.
 */
export async function referralAccess(
  actor: Actor,
  referral: { studentId: string; referrerId: string; parentsMaySee: boolean },
  lookup: RelationshipLookup,
): Promise<ReferralAccess> {
  if (actor.role === 'specialist') return 'specialist';
  if (actor.role === 'student' && actor.id === referral.studentId) return 'student';
  if (actor.role === 'counsellor') {
    if (actor.id === referral.referrerId || (await lookup.relationshipsTo(actor, referral.studentId)).includes('counsellor')) return 'team';
  }
  if (actor.role === 'parent' && referral.parentsMaySee && (await lookup.relationshipsTo(actor, referral.studentId)).includes('parent')) return 'parent';
  throw new AppError('forbidden');
}

/** A counsellor refers only students currently assigned to them. */
export async function assertCanRefer(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<void> {
  if (actor.role !== 'counsellor' || !(await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) throw new AppError('referral_not_assigned');
}

/* ---- portfolio ---- */

/**
 * The portfolio is the student's: they see and write everything. Their guidance team (current
 * counsellors, the specialist of an open referral) gets the guidance view, which shows only what
 * the student shares (the repositories filter it in SQL). Parents, supervisors, managers and
 * admins get nothing; showcase pages are how a student shows work to others.
 */
export async function portfolioView(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'owner' | 'guidance'> {
  return (await assertGuidanceTeam(actor, studentId, lookup)) === 'self' ? 'owner' : 'guidance';
}

export async function assertPortfolioOwner(actor: Actor, studentId: string): Promise<void> {
  if (actor.role !== 'student' || actor.id !== studentId) throw new AppError('forbidden');
}

/** A progress review on a goal: the student, or a current counsellor (a specialist reads along only). */
export async function assertCanReviewGoal(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'owner' | 'counsellor'> {
  if (actor.role === 'student' && actor.id === studentId) return 'owner';
  if (actor.role === 'counsellor' && (await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) return 'counsellor';
  throw new AppError('forbidden');
}

/* ---- showcase pages and portfolio files ---- */

/**
 * A file in the portfolio is read as its piece of evidence: by the student, and by their guidance
 * team only when the student marked that evidence for guidance. Viewers of a shared page reach
 * files through the page (showcaseViewer), never through this rule.
 */
export async function evidenceFileReader(
  actor: Actor,
  evidence: { studentId: string; forGuidance: boolean },
  lookup: RelationshipLookup,
): Promise<'owner' | 'guidance'> {
  const view = await portfolioView(actor, evidence.studentId, lookup);
  if (view === 'guidance' && !evidence.forGuidance) throw new AppError('forbidden');
  return view;
}

/**
 * A showcase page is seen by its student and by the people it is shared with now (not revoked,
 * not expired) — nobody else, whatever their role: the student decides who sees it.
 */
export function showcaseViewer(actor: Actor, page: { studentId: string }, sharedWithActorNow: boolean): 'owner' | 'shared' {
  if (actor.id === page.studentId) return 'owner';
  if (sharedWithActorNow) return 'shared';
  throw new AppError('forbidden');
}

/** A page is shared with another active person of the student's own school. */
export function assertShareTarget(actor: Actor, target: { id: string; institutionId: string; active: boolean } | undefined): void {
  if (!target || target.id === actor.id || target.institutionId !== actor.institutionId || !target.active) throw new AppError('share_user_invalid');
}

/* ---- study progress ---- */

/**
 * BSA advice and a switch or dropout registration change a student's record: a current counsellor
 * of the student or an admin records them. The student reads their progress, never writes it.
 */
export async function assertCanRecordStudyProgress(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'counsellor' | 'admin'> {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'counsellor' && (await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) return 'counsellor';
  throw new AppError('forbidden');
}

/* ---- loopbaandossier ---- */

/**
 * The whole dossier leaves the school: the student takes it along, and an admin may export it on
 * the student's request at a school switch (audited). A counsellor cannot: the dossier is the
 * student's to hand over, and staff read the portfolio through the guidance view instead.
 */
export async function assertCanExportDossier(actor: Actor, studentId: string): Promise<'self' | 'admin'> {
  if (actor.role === 'student' && actor.id === studentId) return 'self';
  if (actor.role === 'admin') return 'admin';
  throw new AppError('forbidden');
}

/** Importing at intake: the student themself, a current counsellor of the student, or an admin. */
export async function assertCanImportDossier(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'self' | 'counsellor' | 'admin'> {
  if (actor.role === 'student' && actor.id === studentId) return 'self';
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'counsellor' && (await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) return 'counsellor';
  throw new AppError('forbidden');
}

/**
 * A survey invitation is answered only by the person it was made for (signed in), or through its
 * link; the link is checked by token in the answering service. Managers see response counts per
 * group but never who answered what: nothing here grants reading a response.
 */
export function assertSurveyInvitee(actor: Actor, invitation: { userId: string; institutionId: string }): void {
  if (invitation.userId !== actor.id || invitation.institutionId !== actor.institutionId) throw new AppError('not_found');
}

/** Campaigns belong to one institution; another institution's campaign does not exist for the actor. */
export function assertCampaignManager(actor: Actor, campaign: { institutionId: string }): void {
  assertCan(actor, 'surveys.manage');
  if (campaign.institutionId !== actor.institutionId) throw new AppError('not_found');
}

/* ---- intake and the first 100 days ---- */

/**
 * The intake and the first-100-days timeline: the student reads their own (all of it: the intake
 * is written with them, not about them), their current counsellor and an admin (for corrections)
 * read it too; staff reads are audited. Parents, specialists and former counsellors get nothing.
 */
export async function intakeReader(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'self' | 'counsellor' | 'admin'> {
  if (actor.role === 'student' && actor.id === studentId) return 'self';
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'counsellor' && (await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) return 'counsellor';
  throw new AppError('forbidden');
}

/** Writing the intake, its handover checklist and manual milestone ticks: the current counsellor, or an admin correcting. */
export async function intakeEditor(actor: Actor, studentId: string, lookup: RelationshipLookup): Promise<'counsellor' | 'admin'> {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'counsellor' && (await lookup.relationshipsTo(actor, studentId)).includes('counsellor')) return 'counsellor';
  throw new AppError('forbidden');
}

/* ---- LOB-scan ---- */

/**
 * A team's LOB-scan is a self-assessment the team shares: its leader and its members read the
 * results (members only as "Teamlid n") and together keep the priorities and action plan.
 * Other teams, other managers and admins get nothing: the scan is the team's, not a report on it.
 */
export function lobScanRole(actor: Actor, team: { institutionId: string; leaderId: string; actorIsMember: boolean }): 'leader' | 'member' {
  assertCan(actor, 'lobscan.read');
  if (team.institutionId !== actor.institutionId) throw new AppError('not_found');
  if (actor.role === 'manager' && team.leaderId === actor.id) return 'leader';
  if (team.actorIsMember) return 'member';
  throw new AppError('lob_scan_forbidden');
}
