import type { ScanForm, ScanInvitationCreated, ScanInvitationView } from '../../shared/competencies';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { scanInvitationMail, scanLink } from '../mail/scan-invitation';
import { assertCanReadCompetencies, type Actor } from '../policies/policy';
import { insertAudit } from '../repositories/audit.repository';
import * as instruments from '../repositories/instruments.repository';
import { relationshipLookup } from '../repositories/relationships.repository';
import * as responses from '../repositories/responses.repository';
import * as repo from '../repositories/scan-invitations.repository';
import type { Queryable } from '../repositories/types';
import { applyAnswers, loadDefinition, submitResponse, viewOf } from './answering';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';
import { hashToken, newToken } from './tokens';

/**
 * The 360° scan: a student or their counsellor invites an external supervisor, who gets a link
 * that opens only this one form about this one student. The link is the only credential, so it is
 * random, stored as a hash, expires, can be revoked and works for one submission.
 */
export const SCAN_INSTRUMENT = 'competentiescan';
export const SCAN_LINK_DAYS = 30;

function invitationView(row: repo.InvitationRow, now = new Date()): ScanInvitationView {
  const status = row.revoked_at ? 'revoked' : row.used_at ? 'used' : row.expires_at <= now ? 'expired' : 'open';
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    status,
    invitedBy: row.invited_by_name,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    usedAt: row.used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

export async function createInvitation(
  ctx: AppContext,
  actor: Actor,
  studentId: string,
  input: { name: string; email: string },
  base: string,
  ip: string,
): Promise<ScanInvitationCreated> {
  await assertCanReadCompetencies(actor, studentId, relationshipLookup(ctx.db));
  const version = await instruments.latestVersionOf(ctx.db, actor.institutionId, SCAN_INSTRUMENT);
  if (!version) throw new AppError('instrument_unknown');
  if (!definitionOf(version).respondents.some((r) => r.role === 'supervisor' && r.about === 'student')) throw new AppError('instrument_not_for_you');
  const token = newToken();
  const expiresAt = new Date(Date.now() + SCAN_LINK_DAYS * 86_400_000);
  const link = scanLink(base, token);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertInvitation(trx, {
      institutionId: actor.institutionId,
      studentId,
      versionId: version.id,
      invitedBy: actor.id,
      name: input.name,
      email: input.email,
      language: actor.language,
      tokenHash: hashToken(token),
      expiresAt,
    });
    const row = await repo.findInvitation(trx, id);
    if (!row) throw new AppError('internal');
    const message = scanInvitationMail({ language: actor.language, supervisorName: input.name, studentName: row.student_name, inviterName: actor.name, link, validDays: SCAN_LINK_DAYS });
    await ctx.mailer.send({ institutionId: actor.institutionId, to: input.email, subject: message.subject, body: message.body }, trx);
    await audit(trx, actor, 'scan.invite', { studentId, entityType: 'scan_invitation', entityId: id, detail: { email: input.email } }, ip);
    return { invitation: invitationView(row), link, message, mailSent: ctx.mailer.delivers };
  });
}

export async function listInvitations(ctx: AppContext, actor: Actor, studentId: string) {
  await assertCanReadCompetencies(actor, studentId, relationshipLookup(ctx.db));
  const rows = await repo.listForStudent(ctx.db, studentId);
  return { items: rows.map((r) => invitationView(r)) };
}

export async function revokeInvitation(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<ScanInvitationView> {
  const row = await repo.findInvitation(ctx.db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  await assertCanReadCompetencies(actor, row.student_id, relationshipLookup(ctx.db));
  if (row.used_at) throw new AppError('invalid_state');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revoke(trx, id, actor.id);
    await audit(trx, actor, 'scan.revoke', { studentId: row.student_id, entityType: 'scan_invitation', entityId: id }, ip);
  });
  const after = await repo.findInvitation(ctx.db, id);
  return invitationView(after ?? row);
}

/* ---- the supervisor's side: everything is reached through the token alone ---- */

async function openInvitation(db: Queryable, token: string, forUpdate = false): Promise<repo.InvitationRow> {
  const row = token.length >= 20 && token.length <= 100 ? await repo.findByTokenHash(db, hashToken(token), { forUpdate }) : undefined;
  if (!row) throw new AppError('scan_link_invalid');
  if (row.revoked_at) throw new AppError('scan_link_revoked');
  if (row.used_at) throw new AppError('scan_link_used');
  if (row.expires_at <= new Date()) throw new AppError('scan_link_expired');
  return row;
}

async function responseFor(db: Queryable, invitation: repo.InvitationRow) {
  const existing = await responses.findByInvitation(db, invitation.id);
  if (existing) return existing;
  const id = await responses.insertResponse(db, {
    institutionId: invitation.institution_id,
    versionId: invitation.instrument_version_id,
    studentId: invitation.student_id,
    source: 'supervisor',
    respondentId: null,
    invitationId: invitation.id,
  });
  const row = await responses.findResponse(db, id);
  if (!row) throw new AppError('internal');
  return row;
}

async function form(db: Queryable, invitation: repo.InvitationRow, response: responses.ResponseRow): Promise<ScanForm> {
  const definition = await loadDefinition(db, invitation.institution_id, invitation.instrument_version_id);
  const { student: _student, ...view } = await viewOf(db, response, definition);
  return { supervisorName: invitation.name, studentName: invitation.student_name, expiresAt: invitation.expires_at.toISOString(), response: view };
}

/** Locks the invitation row so that answering and submitting through one link never interleave. */
function withInvitation<T>(ctx: AppContext, token: string, work: (trx: Queryable, inv: repo.InvitationRow, r: responses.ResponseRow) => Promise<T>) {
  return ctx.db.transaction().execute(async (trx) => {
    const invitation = await openInvitation(trx, token, true);
    return work(trx, invitation, await responseFor(trx, invitation));
  });
}

export function getScanForm(ctx: AppContext, token: string): Promise<ScanForm> {
  return withInvitation(ctx, token, (trx, invitation, response) => form(trx, invitation, response));
}

export function answerScan(ctx: AppContext, token: string, answers: Record<string, number | null>, language: 'nl' | 'en'): Promise<ScanForm> {
  return withInvitation(ctx, token, async (trx, invitation, response) => {
    const definition = await loadDefinition(trx, invitation.institution_id, invitation.instrument_version_id);
    await applyAnswers(trx, response, definition, answers, language);
    return form(trx, invitation, (await responses.findResponse(trx, response.id)) ?? response);
  });
}

export function submitScan(ctx: AppContext, token: string, ip: string): Promise<ScanForm> {
  return withInvitation(ctx, token, async (trx, invitation, response) => {
    const definition = await loadDefinition(trx, invitation.institution_id, invitation.instrument_version_id);
    await submitResponse(trx, response, definition);
    await repo.markUsed(trx, invitation.id);
    await insertAudit(trx, [
      { institutionId: invitation.institution_id, actorId: null, action: 'scan.submit', studentId: invitation.student_id, entityType: 'scan_invitation', entityId: invitation.id, ip },
    ]);
    return form(trx, invitation, (await responses.findResponse(trx, response.id)) ?? response);
  });
}
