import type { Language } from '../../shared/errors';
import type { PeopleResult, ShareCreate, ShareCreated, SharedPageView, SharedWithMe } from '../../shared/showcase';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertShareTarget, showcaseViewer, type Actor } from '../policies/policy';
import * as repo from '../repositories/showcase-shares.repository';
import * as pages from '../repositories/showcase.repository';
import { downloadForPage, type Download } from './portfolio-files.service';
import { evidenceIdsOn, ownedPage, ownPage, pageContent } from './showcase.service';
import { hashToken, newToken } from './tokens';

/**
 * Sharing a page: with a chosen person of the school, or through a link that expires after the
 * days the student picked and can be withdrawn at any time. Only the link's hash is kept. Every
 * look at a shared page is logged so the student sees who looked and when.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createShare(ctx: AppContext, actor: Actor, pageId: string, input: ShareCreate, origin: string, language: Language): Promise<ShareCreated> {
  await ownedPage(ctx, actor, pageId);
  const expiresAt = input.days ? new Date(Date.now() + input.days * DAY_MS) : null;
  let token: string | null = null;
  let id: string;
  if (input.kind === 'link') {
    token = newToken();
    id = await repo.insertShare(ctx.db, { pageId, userId: null, tokenHash: hashToken(token), label: input.label, expiresAt });
  } else {
    const person = await repo.findPerson(ctx.db, input.userId);
    assertShareTarget(actor, person && { id: person.id, institutionId: person.institution_id, active: person.active });
    id = await repo.insertShare(ctx.db, { pageId, userId: input.userId, tokenHash: null, label: '', expiresAt });
  }
  const page = await ownPage(ctx, actor, pageId, language);
  const share = page.shares.find((s) => s.id === id);
  if (!share) throw new AppError('internal');
  return { share, url: token ? `${origin}/gedeeld/${token}` : null };
}

export async function revokeShare(ctx: AppContext, actor: Actor, shareId: string): Promise<void> {
  const share = await repo.findShare(ctx.db, shareId);
  if (!share || share.student_id !== actor.id) throw new AppError('not_found');
  await repo.revokeShare(ctx.db, shareId);
}

async function linkShare(ctx: AppContext, token: string) {
  const share = await repo.findShareByTokenHash(ctx.db, hashToken(token));
  if (!share) throw new AppError('not_found');
  if (share.revoked_at || (share.expires_at && share.expires_at.getTime() <= Date.now())) throw new AppError('share_link_gone');
  return share;
}

async function pageOf(ctx: AppContext, pageId: string) {
  const page = await pages.findPage(ctx.db, pageId);
  if (!page) throw new AppError('not_found');
  return page;
}

/** Opening a link: anyone who has it, while it is valid. A signed-in viewer is logged by name. */
export async function viewByLink(ctx: AppContext, token: string, viewer: Actor | undefined, language: Language): Promise<SharedPageView> {
  const share = await linkShare(ctx, token);
  const page = await pageOf(ctx, share.page_id);
  const content = await pageContent(ctx, page, language);
  if (viewer?.id !== page.student_id) await repo.logView(ctx.db, { pageId: page.id, shareId: share.id, viewerId: viewer?.id ?? null });
  return content;
}

export async function fileByLink(ctx: AppContext, token: string, fileId: string): Promise<Download> {
  const share = await linkShare(ctx, token);
  return downloadForPage(ctx, fileId, await evidenceIdsOn(ctx, share.page_id));
}

async function sharedPage(ctx: AppContext, actor: Actor, pageId: string) {
  const page = await pageOf(ctx, pageId);
  const share = page.student_id === actor.id ? undefined : await repo.activeUserShare(ctx.db, pageId, actor.id);
  showcaseViewer(actor, { studentId: page.student_id }, share !== undefined);
  return { page, share };
}

/** A page shared with the signed-in user (or their own page, unlogged). */
export async function viewShared(ctx: AppContext, actor: Actor, pageId: string, language: Language): Promise<SharedPageView> {
  const { page, share } = await sharedPage(ctx, actor, pageId);
  const content = await pageContent(ctx, page, language);
  if (share) await repo.logView(ctx.db, { pageId, shareId: share.id, viewerId: actor.id });
  return content;
}

export async function fileOfShared(ctx: AppContext, actor: Actor, pageId: string, fileId: string): Promise<Download> {
  await sharedPage(ctx, actor, pageId);
  return downloadForPage(ctx, fileId, await evidenceIdsOn(ctx, pageId));
}

export async function sharedWithMe(ctx: AppContext, actor: Actor): Promise<SharedWithMe> {
  return {
    items: (await repo.sharedWith(ctx.db, actor.id)).map((r) => ({
      shareId: r.share_id,
      pageId: r.page_id,
      title: r.title,
      studentName: r.student_name,
      sharedAt: r.created_at.toISOString(),
      expiresAt: r.expires_at?.toISOString() ?? null,
    })),
  };
}

export async function people(ctx: AppContext, actor: Actor, q: string): Promise<PeopleResult> {
  const rows = await repo.searchPeople(ctx.db, actor.institutionId, q, actor.id, 8);
  return { items: rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role })) };
}
