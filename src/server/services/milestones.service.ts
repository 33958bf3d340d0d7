import { DEFAULT_MILESTONES, journeyDay, summarise, type ProgrammeLevel } from '../../domain/transition/milestones';
import type { JourneyView, ProgrammeMilestones, ProgrammeMilestonesSave } from '../../shared/intake';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { intakeEditor, intakeReader, type Actor } from '../policies/policy';
import { studentJourney } from '../repositories/milestone-progress.repository';
import * as repo from '../repositories/milestones.repository';
import { relationshipLookup, today } from '../repositories/relationships.repository';
import { findProgramme } from '../repositories/structure.repository';
import { audit } from './audit.service';

/**
 * The first 100 days: the timeline of a student's milestones (met or not is computed from the
 * facts in SQL), manual ticks by the counsellor, and the admin's milestones per programme.
 */

export async function journey(ctx: AppContext, actor: Actor, studentId: string, ip: string): Promise<JourneyView> {
  const relation = await intakeReader(actor, studentId, relationshipLookup(ctx.db));
  const day = today();
  const { journey: j, own, rows } = await studentJourney(ctx.db, studentId, day);
  if (relation !== 'self') await audit(ctx.db, actor, 'milestones.read', { studentId, entityType: 'student', entityId: studentId }, ip);
  const mayTick = relation !== 'self';
  return {
    studentId,
    programme: j?.programme ?? null,
    journeyStart: j?.journey_start ?? null,
    day: j ? journeyDay(j.journey_start, day) : null,
    ownMilestones: own,
    items: rows.map((r) => ({
      id: r.id,
      name: actor.language === 'en' ? r.name_en : r.name_nl,
      week: r.week,
      kind: r.kind,
      dueOn: r.due_on,
      metOn: r.met_on,
      state: r.state,
      tickable: mayTick && r.kind === 'manual' && r.id !== null,
    })),
    summary: summarise(rows.map((r) => ({ dueOn: r.due_on, metOn: r.met_on })), day),
  };
}

export async function tick(ctx: AppContext, actor: Actor, studentId: string, milestoneId: string, done: boolean, ip: string): Promise<JourneyView> {
  await intakeEditor(actor, studentId, relationshipLookup(ctx.db));
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.manualMilestoneOfStudent(trx, studentId, milestoneId))) throw new AppError('not_found');
    await repo.setTick(trx, { studentId, milestoneId, by: actor.id, done });
    await audit(trx, actor, 'milestones.tick', { studentId, entityType: 'programme_milestone', entityId: milestoneId, detail: { done } }, ip);
  });
  return journey(ctx, actor, studentId, ip);
}

async function programmeOf(ctx: AppContext, actor: Actor, programmeId: string) {
  const programme = await findProgramme(ctx.db, actor.institutionId, programmeId);
  if (!programme) throw new AppError('not_found');
  return { ...programme, level: programme.level as ProgrammeLevel };
}

export async function programmeMilestones(ctx: AppContext, actor: Actor, programmeId: string): Promise<ProgrammeMilestones> {
  const programme = await programmeOf(ctx, actor, programmeId);
  const items = await repo.programmeMilestones(ctx.db, programme.id);
  return {
    programme: { id: programme.id, name: programme.name, level: programme.level },
    own: items.length > 0,
    items: items.map((m) => ({ id: m.id, nameNl: m.name_nl, nameEn: m.name_en, week: m.week, kind: m.kind })),
    defaults: DEFAULT_MILESTONES[programme.level].map((d) => ({ nameNl: d.name.nl, nameEn: d.name.en, week: d.week, kind: d.kind })),
  };
}

/** Replaces the programme's list: kept ids are updated (their ticks stay), others removed, new ones added. */
export async function saveProgrammeMilestones(ctx: AppContext, actor: Actor, programmeId: string, input: ProgrammeMilestonesSave, ip: string): Promise<ProgrammeMilestones> {
  const programme = await programmeOf(ctx, actor, programmeId);
  await ctx.db.transaction().execute(async (trx) => {
    const keep = input.items.flatMap((m) => (m.id ? [m.id] : []));
    if (new Set(keep).size !== keep.length) throw new AppError('validation_failed');
    await repo.deleteMilestonesExcept(trx, programme.id, keep);
    for (const [position, m] of input.items.entries()) {
      const values = { name_nl: m.nameNl, name_en: m.nameEn, week: m.week, kind: m.kind, position, updated_by: actor.id };
      if (m.id) {
        if (!(await repo.updateMilestone(trx, programme.id, m.id, values))) throw new AppError('not_found');
      } else await repo.insertMilestone(trx, { ...values, programme_id: programme.id });
    }
    await audit(trx, actor, 'milestones.save', { entityType: 'programme', entityId: programme.id, detail: { count: input.items.length } }, ip);
  });
  return programmeMilestones(ctx, actor, programme.id);
}
