import type { Visibility, VisibilityUpdate } from '../../shared/showcase';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import { listEvidence } from '../repositories/portfolio-evidence.repository';
import { planShared, setPlanShared } from '../repositories/portfolio-goals.repository';
import { setEvidenceMarks } from '../repositories/showcase-visibility.repository';
import { audit } from './audit.service';

/**
 * What the student's guidance team sees of the portfolio is the student's choice. The default is
 * the plan and every piece of evidence (a new piece starts marked "for guidance"); drafts are never
 * shown to staff, whatever the mark.
 */

export async function visibility(ctx: AppContext, actor: Actor): Promise<Visibility> {
  const [plan, evidence] = await Promise.all([planShared(ctx.db, actor.id), listEvidence(ctx.db, actor.id, 'owner')]);
  return { planForGuidance: plan, evidence: evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title, forGuidance: e.for_guidance })) };
}

export async function updateVisibility(ctx: AppContext, actor: Actor, input: VisibilityUpdate, ip: string): Promise<Visibility> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await planShared(trx, actor.id);
    if (before !== input.planForGuidance) await setPlanShared(trx, actor.id, input.planForGuidance);
    const shown = await setEvidenceMarks(trx, actor.id, input.evidence.filter((e) => e.forGuidance).map((e) => e.id), true);
    const hidden = await setEvidenceMarks(trx, actor.id, input.evidence.filter((e) => !e.forGuidance).map((e) => e.id), false);
    if (before !== input.planForGuidance || shown.length + hidden.length > 0) {
      // Kept so the student (and a dispute) can tell when staff could see what.
      await audit(trx, actor, 'portfolio.visibility', { studentId: actor.id, detail: { planForGuidance: input.planForGuidance, shown, hidden } }, ip);
    }
  });
  return visibility(ctx, actor);
}
