import type { Role } from '../../src/shared/roles';

export type Who = Role | 'anonymous';
export type Expectation = Partial<Record<Who, 'allow' | 'deny'>>;

/** Shorthands: a route every signed-in role may call, one for everyone, one for admins only. */
export const SIGNED_IN: Expectation = {
  student: 'allow',
  counsellor: 'allow',
  specialist: 'allow',
  supervisor: 'allow',
  parent: 'allow',
  manager: 'allow',
  admin: 'allow',
};
export const PUBLIC: Expectation = { ...SIGNED_IN, anonymous: 'allow' };
export const ADMIN_ONLY: Expectation = { admin: 'allow' };
// Managers answer only as a team leader a counsellor asked for a rating (360° for staff).
export const ANSWERERS: Expectation = { student: 'allow', counsellor: 'allow', supervisor: 'allow', manager: 'allow' };
export const TAKE_PART: Expectation = { student: 'allow', counsellor: 'allow', specialist: 'allow' };

/**
 * Who may call each API route ('METHOD /url' exactly as registered). Roles left out are denied.
 * The matrix test fails when a route is registered without an entry here.
 */
export const EXPECTATIONS: Record<string, Expectation> = {
  'GET /api/health': PUBLIC,
  'GET /api/demo': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': PUBLIC,
  'POST /api/auth/set-password': PUBLIC,
  'POST /api/auth/password': SIGNED_IN,
  'GET /api/auth/sessions': SIGNED_IN,
  'DELETE /api/auth/sessions/:id': SIGNED_IN,
  'GET /api/me': SIGNED_IN,
  'PATCH /api/me': SIGNED_IN,
  'GET /api/home': SIGNED_IN,
  'GET /api/instruments': SIGNED_IN,
  'GET /api/admin/institution': ADMIN_ONLY,
  'PATCH /api/admin/institution': ADMIN_ONLY,
  'GET /api/admin/instruments': ADMIN_ONLY,
  'POST /api/admin/instruments': ADMIN_ONLY,
  'GET /api/admin/instruments/:id/psychometrics': ADMIN_ONLY,
  // Answering: roles that can ever fill in an instrument; which one about whom is tested in competencies-*.test.ts.
  'POST /api/responses': ANSWERERS,
  'GET /api/responses/:id': ANSWERERS,
  'PATCH /api/responses/:id': ANSWERERS,
  'POST /api/responses/:id/submit': ANSWERERS,
  // Competence measurements are the student's and their counsellors' — not even an admin's.
  'GET /api/students/:id/competencies': { student: 'allow', counsellor: 'allow' },
  'GET /api/students/:id/scan-invitations': { student: 'allow', counsellor: 'allow' },
  'POST /api/students/:id/scan-invitations': { student: 'allow', counsellor: 'allow' },
  'POST /api/scan-invitations/:id/revoke': { student: 'allow', counsellor: 'allow' },
  'GET /api/caseload/competencies': { counsellor: 'allow' },
  'GET /api/stats/competencies': { manager: 'allow', admin: 'allow' },
  // Conversations: the student and their current counsellors; which conversation is whose is tested in conversations-*.test.ts.
  // zorg@ handles the demo student's open referral, which puts the specialist in her guidance team.
  'GET /api/students/:id/conversations': { student: 'allow', counsellor: 'allow', specialist: 'allow' },
  'POST /api/students/:id/conversations': { student: 'allow', counsellor: 'allow' },
  'GET /api/conversations/:id': TAKE_PART,
  'POST /api/conversations/:id/respond': TAKE_PART,
  'PUT /api/conversations/:id/preparation': TAKE_PART,
  'GET /api/conversations/:id/preparation-view': TAKE_PART,
  'POST /api/conversations/:id/close': TAKE_PART,
  'PUT /api/conversations/:id/summary': TAKE_PART,
  'GET /api/conversations/:id/calendar.ics': TAKE_PART,
  'POST /api/conversations/:id/notes': TAKE_PART,
  'PATCH /api/notes/:id': TAKE_PART,
  'PATCH /api/actions/:id': TAKE_PART,
  'POST /api/conversations/:id/feedback': TAKE_PART,
  'GET /api/caseload/conversations': { counsellor: 'allow' },
  'GET /api/me/conversation-feedback': { counsellor: 'allow' },
  'GET /api/stats/conversation-feedback': { manager: 'allow', admin: 'allow' },
  // Counsellor professionalisation: own plan for counsellors; a member's plan for them and their team leader.
  'GET /api/staff/me/development': { counsellor: 'allow' },
  'PUT /api/staff/me/consent': { counsellor: 'allow' },
  'POST /api/staff/me/goals': { counsellor: 'allow' },
  'PATCH /api/staff/goals/:id': { counsellor: 'allow' },
  'GET /api/staff/me/activities': { counsellor: 'allow' },
  'POST /api/staff/me/activities': { counsellor: 'allow' },
  'DELETE /api/staff/activities/:id': { counsellor: 'allow' },
  // With an id that does not exist: 404 for both; a colleague's real plan is 403 (test/development).
  'GET /api/staff/counsellors/:id/development': { counsellor: 'allow', manager: 'allow' },
  'GET /api/staff/counsellors/:id/activities': { counsellor: 'allow', manager: 'allow' },
  'POST /api/staff/counsellors/:id/reviews': { manager: 'allow' },
  'PATCH /api/staff/reviews/:id': { counsellor: 'allow', manager: 'allow' },
  'GET /api/staff/colleagues': { counsellor: 'allow' },
  'POST /api/staff/me/rating-requests': { counsellor: 'allow' },
  'POST /api/staff/rating-requests/:id/revoke': { counsellor: 'allow' },
  'GET /api/staff/rating-requests/incoming': { counsellor: 'allow', manager: 'allow' },
  'POST /api/staff/rating-requests/:id/response': { counsellor: 'allow', manager: 'allow' },
  'GET /api/teams': { counsellor: 'allow', manager: 'allow' },
  'GET /api/teams/:id/overview': { manager: 'allow' },
  'POST /api/admin/teams': ADMIN_ONLY,
  'GET /api/admin/teams': ADMIN_ONLY,
  'PATCH /api/admin/teams/:id': ADMIN_ONLY,
  'PUT /api/admin/teams/:id/members/:userId': ADMIN_ONLY,
  'DELETE /api/admin/teams/:id/members/:userId': ADMIN_ONLY,
  // The student evaluation of guidance: students answer (about a current counsellor only), the admin switches it on per year.
  'GET /api/evaluation': { student: 'allow' },
  'POST /api/evaluation/counsellors/:id/response': { student: 'allow' },
  'GET /api/admin/guidance-evaluation': ADMIN_ONLY,
  'PUT /api/admin/guidance-evaluation': ADMIN_ONLY,
  'GET /api/admin/cadence-norms': ADMIN_ONLY,
  'PUT /api/admin/cadence-norms': ADMIN_ONLY,
  // Caseload signals, referrals and handover.
  'GET /api/caseload': { counsellor: 'allow' },
  'POST /api/admin/test-results': ADMIN_ONLY,
  'GET /api/admin/signal-settings': ADMIN_ONLY,
  'PUT /api/admin/signal-settings': ADMIN_ONLY,
  'GET /api/stats/guidance': { manager: 'allow', admin: 'allow' },
  'POST /api/referrals': { counsellor: 'allow' },
  'GET /api/referrals/dashboard': { specialist: 'allow' },
  'GET /api/referrals/:id': { student: 'allow', counsellor: 'allow', specialist: 'allow', parent: 'allow' },
  'POST /api/referrals/:id/actions': { specialist: 'allow' },
  'PATCH /api/referral-steps/:id': { specialist: 'allow' },
  'GET /api/students/:id/referrals': { student: 'allow', counsellor: 'allow' },
  'POST /api/handovers': { counsellor: 'allow', admin: 'allow' },
  'GET /api/students/:id/handovers': { counsellor: 'allow', admin: 'allow' },
  'GET /api/counsellors': { counsellor: 'allow', admin: 'allow' },
  // The supervisor's scan link: the token is the credential (an unknown one gets 404).
  'GET /api/scan/:token': PUBLIC,
  'PATCH /api/scan/:token': PUBLIC,
  'POST /api/scan/:token/submit': PUBLIC,
  'GET /api/students': { counsellor: 'allow', admin: 'allow' },
  // With the :id of a student in slb@'s caseload: the student themself, their counsellor and admins.
  'GET /api/students/:id': { student: 'allow', counsellor: 'allow', admin: 'allow' },
  // Structure, users, enrolments, assignments, audit log and outbox.
  'GET /api/structure': { counsellor: 'allow', specialist: 'allow', manager: 'allow', admin: 'allow' },
  'POST /api/admin/sectors': ADMIN_ONLY,
  'PATCH /api/admin/sectors/:id': ADMIN_ONLY,
  'POST /api/admin/programmes': ADMIN_ONLY,
  'PATCH /api/admin/programmes/:id': ADMIN_ONLY,
  'POST /api/admin/cohorts': ADMIN_ONLY,
  'PATCH /api/admin/cohorts/:id': ADMIN_ONLY,
  'GET /api/admin/users': ADMIN_ONLY,
  'GET /api/admin/users/:id': ADMIN_ONLY,
  'POST /api/admin/users': ADMIN_ONLY,
  'PATCH /api/admin/users/:id': ADMIN_ONLY,
  'POST /api/admin/enrolments': ADMIN_ONLY,
  'GET /api/admin/assignments': ADMIN_ONLY,
  'POST /api/admin/assignments': ADMIN_ONLY,
  'POST /api/admin/assignments/:id/end': ADMIN_ONLY,
  'GET /api/admin/audit': ADMIN_ONLY,
  'GET /api/admin/outbox': ADMIN_ONLY,
  // Roster import and student export.
  'POST /api/admin/imports': ADMIN_ONLY,
  'POST /api/admin/imports/:id/validate': ADMIN_ONLY,
  'POST /api/admin/imports/:id/start': ADMIN_ONLY,
  'GET /api/admin/imports/:id': ADMIN_ONLY,
  'GET /api/admin/imports': ADMIN_ONLY,
  'GET /api/admin/exports/students.csv': ADMIN_ONLY,
};
