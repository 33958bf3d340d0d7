import { EXPERIENCE_TYPE_LABELS, templateByCode, type ExperienceType, type ReflectionTemplate } from '../../domain/portfolio/templates';
import { fieldsFor } from '../../domain/portfolio/validation';
import type { Language } from '../../shared/errors';
import type { Candidate, CompetencyChart, OwnPageView, PageInput, PageItemView, PageSummary, SharedPageView } from '../../shared/showcase';
import { PageInput as PageInputSchema } from '../../shared/showcase';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as instruments from '../repositories/instruments.repository';
import * as responses from '../repositories/responses.repository';
import * as shares from '../repositories/showcase-shares.repository';
import * as repo from '../repositories/showcase.repository';
import { SELF_INSTRUMENT } from './competencies.service';
import { definitionOf } from './instruments.service';
import { filesByEvidence } from './portfolio-files.service';

/**
 * Showcase pages: the student composes them from their own evidence and goals. What a viewer gets
 * is built from the page's items only, so nothing else of the portfolio can leak into a shared page.
 */

type Page = NonNullable<Awaited<ReturnType<typeof repo.findPage>>>;

/** The student's own page; someone else's is reported as not existing. */
export async function ownedPage(ctx: AppContext, actor: Actor, id: string): Promise<Page> {
  const page = await repo.findPage(ctx.db, id);
  if (!page || page.student_id !== actor.id) throw new AppError('not_found');
  return page;
}

export async function listPages(ctx: AppContext, actor: Actor): Promise<PageSummary[]> {
  return (await repo.pagesOf(ctx.db, actor.id)).map((p) => ({
    id: p.id,
    title: p.title,
    itemCount: p.item_count,
    activeShares: p.active_shares,
    views: p.views,
    updatedAt: p.updated_at.toISOString(),
  }));
}

export async function candidates(ctx: AppContext, actor: Actor): Promise<Candidate[]> {
  return (await repo.candidatesOf(ctx.db, actor.id)).map((r) => ({
    ref: r.goal_id ? { goalId: r.goal_id } : { evidenceId: r.evidence_id ?? '' },
    kind: r.kind as Candidate['kind'],
    title: r.title,
    date: r.date,
  }));
}

async function assertOwnItems(ctx: AppContext, actor: Actor, items: PageInput['items']): Promise<repo.Ref[]> {
  const refs = items ?? [];
  const evidenceIds = [...new Set(refs.flatMap((r) => ('evidenceId' in r ? [r.evidenceId] : [])))];
  const goalIds = [...new Set(refs.flatMap((r) => ('goalId' in r ? [r.goalId] : [])))];
  if (evidenceIds.length + goalIds.length !== refs.length) throw new AppError('showcase_item_invalid');
  const owned = await repo.countOwned(ctx.db, actor.id, evidenceIds, goalIds);
  if (owned.evidence !== evidenceIds.length || owned.goals !== goalIds.length) throw new AppError('showcase_item_invalid');
  return refs;
}

export async function createPage(ctx: AppContext, actor: Actor, input: PageInput, language: Language): Promise<OwnPageView> {
  const data = PageInputSchema.parse(input);
  const refs = await assertOwnItems(ctx, actor, data.items);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const pageId = await repo.insertPage(trx, { institutionId: actor.institutionId, studentId: actor.id, ...data });
    await repo.replaceItems(trx, pageId, refs);
    return pageId;
  });
  return ownPage(ctx, actor, id, language);
}

export async function updatePage(ctx: AppContext, actor: Actor, id: string, input: PageInput & { version: number }, language: Language): Promise<OwnPageView> {
  await ownedPage(ctx, actor, id);
  const data = PageInputSchema.parse(input);
  const refs = await assertOwnItems(ctx, actor, data.items);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updatePage(trx, id, input.version, data))) throw new AppError('showcase_changed');
    await repo.replaceItems(trx, id, refs);
  });
  return ownPage(ctx, actor, id, language);
}

export async function deletePage(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ownedPage(ctx, actor, id);
  await repo.deletePage(ctx.db, id);
}

export function itemView(row: repo.ItemRow, files: PageItemView['files'], language: Language): PageItemView {
  const body = (row.body ?? {}) as Record<string, unknown>;
  const isGoal = row.kind === 'goal';
  const fields = isGoal
    ? [{ code: 'description', label: { nl: 'Beschrijving', en: 'Description' } }]
    : fieldsFor(row.kind as 'reflection' | 'experience' | 'file', row.template as ReflectionTemplate | null);
  const sections = fields
    .map((f) => ({ key: f.code, label: f.label[language], text: typeof body[f.code] === 'string' ? (body[f.code] as string).trim() : '' }))
    .filter((s) => s.text !== '');
  return {
    kind: row.kind as PageItemView['kind'],
    id: row.evidence_id ?? row.goal_id ?? '',
    title: row.title,
    sections,
    date: row.date,
    organisation: row.organisation,
    template: row.kind === 'reflection' && row.template ? templateByCode(row.template as ReflectionTemplate).title[language] : null,
    experienceType: row.experience_type ? EXPERIENCE_TYPE_LABELS[row.experience_type as ExperienceType][language] : null,
    status: row.status,
    files,
  };
}

/** The student's latest self-assessment of the career competencies, for the chart. */
export async function competencyChart(ctx: AppContext, student: { id: string; institutionId: string }, language: Language): Promise<CompetencyChart | null> {
  const latest = (await responses.measurementsOf(ctx.db, student.id, [SELF_INSTRUMENT])).find((m) => m.source === 'self');
  const version = latest && (await instruments.latestVersionOf(ctx.db, student.institutionId, SELF_INSTRUMENT));
  if (!latest || !version) return null;
  const definition = definitionOf(version);
  const scores = new Map((await responses.scoresOf(ctx.db, [latest.id])).map((s) => [s.scale_code, s.score]));
  return {
    min: definition.responseScale.min,
    max: definition.responseScale.max,
    submittedAt: latest.submitted_at.toISOString(),
    scales: definition.scales.map((s) => ({ code: s.code, label: s.title[language], score: scores.get(s.code) ?? null })),
  };
}

/** What anyone allowed to see the page sees: its own items and, if chosen, the chart. */
export async function pageContent(ctx: AppContext, page: Page, language: Language): Promise<SharedPageView> {
  const items = await repo.itemsOf(ctx.db, page.id);
  const files = await filesByEvidence(ctx, items.flatMap((i) => (i.evidence_id ? [i.evidence_id] : [])));
  return {
    title: page.title,
    intro: page.intro,
    studentName: page.student_name,
    updatedAt: page.updated_at.toISOString(),
    items: items.map((i) => itemView(i, (i.evidence_id && files.get(i.evidence_id)) || [], language)),
    chart: page.show_competency_chart ? await competencyChart(ctx, { id: page.student_id, institutionId: page.institution_id }, language) : null,
  };
}

export async function evidenceIdsOn(ctx: AppContext, pageId: string): Promise<Set<string>> {
  return new Set((await repo.itemsOf(ctx.db, pageId)).flatMap((i) => (i.evidence_id ? [i.evidence_id] : [])));
}

export async function ownPage(ctx: AppContext, actor: Actor, id: string, language: Language): Promise<OwnPageView> {
  const page = await ownedPage(ctx, actor, id);
  const [content, items, shareRows, views] = await Promise.all([
    pageContent(ctx, page, language),
    repo.itemsOf(ctx.db, id),
    shares.sharesOf(ctx.db, id),
    shares.viewsOf(ctx.db, id),
  ]);
  const now = Date.now();
  return {
    ...content,
    id: page.id,
    version: page.version,
    showCompetencyChart: page.show_competency_chart,
    refs: items.map((i) => (i.goal_id ? { goalId: i.goal_id } : { evidenceId: i.evidence_id ?? '' })),
    shares: shareRows.map((s) => ({
      id: s.id,
      kind: s.user_id ? 'user' : 'link',
      label: s.label,
      userName: s.user_name,
      expiresAt: s.expires_at?.toISOString() ?? null,
      createdAt: s.created_at.toISOString(),
      revokedAt: s.revoked_at?.toISOString() ?? null,
      active: !s.revoked_at && (!s.expires_at || s.expires_at.getTime() > now),
    })),
    views: views.map((v) => ({
      viewedAt: v.viewed_at.toISOString(),
      who: v.viewer_name ?? v.share_label ?? '',
      via: v.share_id && !v.share_user_id ? 'link' : v.share_user_id ? 'user' : 'other',
    })),
  };
}
