import type { FeedbackAsk, FeedbackRequestCreated, FeedbackRequestView, NewFeedbackRequest } from '../../shared/portfolio';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import { insertAudit } from '../repositories/audit.repository';
import * as evidence from '../repositories/portfolio-evidence.repository';
import * as repo from '../repositories/portfolio-feedback.repository';
import { today } from '../repositories/relationships.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';
import { fieldErrors } from './field-errors';
import { hashToken, newToken } from './tokens';

/**
 * Feedback on a piece of evidence, asked by the student from someone around them with an account
 * (who answers signed in) or from an outsider through a link. The link is the only credential for
 * an outsider: random, stored as a hash, expiring, revocable and good for one answer. The person
 * asked sees the question and that one item, nothing else of the portfolio.
 */
export const FEEDBACK_LINK_DAYS = 21;

function statusOf(row: repo.FeedbackRequestRow, now = new Date()): FeedbackRequestView['status'] {
  return row.answered_at ? 'answered' : row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : 'open';
}

export function requestView(row: repo.FeedbackRequestRow): FeedbackRequestView {
  return {
    id: row.id,
    evidenceId: row.evidence_id,
    evidenceTitle: row.evidence_title,
    via: row.via_link ? 'link' : 'user',
    name: row.name,
    email: row.email,
    question: row.question,
    status: statusOf(row),
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    answer: row.answer_id && row.answer_at ? { id: row.answer_id, authorName: row.answer_author ?? '', body: row.answer_body ?? '', createdAt: row.answer_at.toISOString() } : null,
  };
}

export function feedbackLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/feedback/${encodeURIComponent(token)}`;
}

/** The message for an outsider, mailed through the outbox or copied by the student. */
export function feedbackMail(t: { language: 'nl' | 'en'; name: string; studentName: string; question: string; link: string; validDays: number }) {
  const question = t.question.trim();
  if (t.language === 'en') {
    return {
      subject: `${t.studentName} would like your feedback`,
      body: [
        `Dear ${t.name},`,
        '',
        `${t.studentName} is building a career portfolio at school and would value your view on one piece of it.`,
        ...(question ? ['', `The question: ${question}`] : []),
        '',
        t.link,
        '',
        `You need no account. The link is personal, works for one answer and expires in ${t.validDays} days.`,
      ].join('\n'),
    };
  }
  return {
    subject: `${t.studentName} vraagt om je feedback`,
    body: [
      `Beste ${t.name},`,
      '',
      `${t.studentName} werkt op school aan een loopbaandossier en hoort graag jouw kijk op een onderdeel daarvan.`,
      ...(question ? ['', `De vraag: ${question}`] : []),
      '',
      t.link,
      '',
      `Je hebt geen account nodig. De link is persoonlijk, werkt voor één antwoord en is ${t.validDays} dagen geldig.`,
    ].join('\n'),
  };
}

export async function listRequests(ctx: AppContext, studentId: string) {
  const [rows, askable] = await Promise.all([repo.listForStudent(ctx.db, studentId), repo.askablePeople(ctx.db, studentId, today())]);
  return { items: rows.map(requestView), askable };
}

export async function createRequest(ctx: AppContext, actor: Actor, studentId: string, input: NewFeedbackRequest, base: string, ip: string): Promise<FeedbackRequestCreated> {
  const item = await evidence.findEvidence(ctx.db, input.evidenceId);
  if (!item || item.student_id !== studentId) throw fieldErrors(actor, [{ path: 'evidenceId', nl: 'Kies een eigen bewijsstuk.', en: 'Choose an item of your own.' }]);
  let person: { id: string | null; name: string; email: string | null };
  if (input.to.via === 'user') {
    const userId = input.to.userId;
    const found = (await repo.askablePeople(ctx.db, studentId, today())).find((p) => p.id === userId);
    if (!found) throw fieldErrors(actor, [{ path: 'to.userId', nl: 'Je kunt alleen mensen om je heen vragen.', en: 'You can only ask people around you.' }]);
    person = { id: found.id, name: found.name, email: null };
  } else {
    person = { id: null, name: input.to.name, email: input.to.email };
  }
  const token = input.to.via === 'link' ? newToken() : null;
  const expiresAt = new Date(Date.now() + FEEDBACK_LINK_DAYS * 86_400_000);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRequest(trx, {
      institutionId: actor.institutionId,
      studentId,
      evidenceId: item.id,
      requestedFrom: person.id,
      name: person.name,
      email: person.email,
      question: input.question,
      tokenHash: token ? hashToken(token) : null,
      expiresAt,
    });
    const row = await repo.findRequest(trx, id);
    if (!row) throw new AppError('internal');
    let link: string | null = null;
    let message: FeedbackRequestCreated['message'] = null;
    let mailSent = false;
    if (token) {
      link = feedbackLink(base, token);
      message = feedbackMail({ language: actor.language, name: person.name, studentName: actor.name, question: input.question, link, validDays: FEEDBACK_LINK_DAYS });
      if (person.email) {
        await ctx.mailer.send({ institutionId: actor.institutionId, to: person.email, subject: message.subject, body: message.body }, trx);
        mailSent = ctx.mailer.delivers;
      }
    }
    await audit(trx, actor, 'portfolio.feedback.request', { studentId, entityType: 'portfolio_feedback_request', entityId: id, detail: { via: input.to.via } }, ip);
    return { request: requestView(row), link, message, mailSent };
  });
}

export async function revokeRequest(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<FeedbackRequestView> {
  const row = await repo.findRequest(ctx.db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  if (row.student_id !== actor.id) throw new AppError('forbidden');
  if (row.answered_at) throw new AppError('invalid_state');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revoke(trx, id);
    await audit(trx, actor, 'portfolio.feedback.revoke', { studentId: row.student_id, entityType: 'portfolio_feedback_request', entityId: id }, ip);
  });
  return requestView((await repo.findRequest(ctx.db, id)) ?? row);
}

async function askOf(db: Queryable, row: repo.FeedbackRequestRow): Promise<FeedbackAsk> {
  const item = row.evidence_id ? await evidence.findEvidence(db, row.evidence_id) : undefined;
  return {
    id: row.id,
    studentName: row.student_name,
    name: row.name,
    question: row.question,
    expiresAt: row.expires_at.toISOString(),
    evidence: item ? { kind: item.kind, title: item.title, template: item.template, experienceType: item.experience_type, body: item.body } : null,
  };
}

function assertOpen(row: repo.FeedbackRequestRow): void {
  if (row.revoked_at) throw new AppError('feedback_link_revoked');
  if (row.answered_at) throw new AppError('feedback_link_used');
  if (row.expires_at <= new Date()) throw new AppError('feedback_link_expired');
}

/* ---- someone with an account, signed in ---- */

export async function myRequests(ctx: AppContext, actor: Actor): Promise<{ items: FeedbackAsk[] }> {
  const rows = await repo.openForUser(ctx.db, actor.id);
  return { items: await Promise.all(rows.map((r) => askOf(ctx.db, r))) };
}

export async function answerAsUser(ctx: AppContext, actor: Actor, id: string, body: string, ip: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findRequest(trx, id, { forUpdate: true });
    // A request for someone else is "not found": it is not theirs to see.
    if (!row || row.requested_from !== actor.id) throw new AppError('not_found');
    assertOpen(row);
    await repo.answer(trx, id, { authorName: actor.name, body });
    await audit(trx, actor, 'portfolio.feedback.answer', { studentId: row.student_id, entityType: 'portfolio_feedback_request', entityId: id }, ip);
  });
}

/* ---- an outsider, through the link alone ---- */

async function openByToken(db: Queryable, token: string, forUpdate = false): Promise<repo.FeedbackRequestRow> {
  const row = token.length >= 20 && token.length <= 100 ? await repo.findByTokenHash(db, hashToken(token), { forUpdate }) : undefined;
  if (!row) throw new AppError('feedback_link_invalid');
  assertOpen(row);
  return row;
}

export async function askByToken(ctx: AppContext, token: string): Promise<FeedbackAsk> {
  return askOf(ctx.db, await openByToken(ctx.db, token));
}

export async function answerByToken(ctx: AppContext, token: string, input: { body: string; authorName?: string | undefined }, ip: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await openByToken(trx, token, true);
    await repo.answer(trx, row.id, { authorName: input.authorName ?? row.name, body: input.body });
    await insertAudit(trx, [
      { institutionId: row.institution_id, actorId: null, action: 'portfolio.feedback.answer', studentId: row.student_id, entityType: 'portfolio_feedback_request', entityId: row.id, ip },
    ]);
  });
}
