import { schoolYearOf } from '../../domain/dates/school-year';
import { bsaStatus, expectedCredits, normProblems } from '../../domain/transition/bsa';
import type { BsaAdviceInput, BsaNorm, BsaNormView, BsaProgress, BsaStudentRow } from '../../shared/study-progress';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { studentListScope, type Actor } from '../policies/policy';
import * as repo from '../repositories/bsa.repository';
import { today } from '../repositories/relationships.repository';
import { audit } from './audit.service';

/** The BSA norms (admin), a student's progress towards them, and the advice a counsellor records. */

export async function listNorms(ctx: AppContext, actor: Actor): Promise<BsaNormView[]> {
  return (await repo.listNorms(ctx.db, actor.institutionId)).map((n) => ({
    programmeId: n.programme_id,
    programme: n.programme,
    schoolYear: n.school_year,
    thresholdCredits: n.threshold_credits,
    yearCredits: n.year_credits,
    warningOn: n.warning_on,
    finalOn: n.final_on,
  }));
}

export async function saveNorm(ctx: AppContext, actor: Actor, input: BsaNorm, ip: string): Promise<BsaNormView[]> {
  const problems = normProblems(input);
  if (problems.length > 0) throw new AppError('validation_failed', problems.map((path) => ({ path, message: actor.language === 'en' ? 'Check this value against the school year and the other dates.' : 'Controleer deze waarde tegen het schooljaar en de andere data.' })));
  if (!(await repo.programmeExists(ctx.db, actor.institutionId, input.programmeId))) throw new AppError('not_found');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertNorm(trx, { ...input, by: actor.id });
    await audit(trx, actor, 'bsa.norm', { entityType: 'programme', entityId: input.programmeId, detail: { schoolYear: input.schoolYear, thresholdCredits: input.thresholdCredits } }, ip);
  });
  return listNorms(ctx, actor);
}

function progressOf(rows: repo.FirstYearRow[], advices: repo.AdviceRow[], day: string): (BsaProgress & { row: repo.FirstYearRow })[] {
  return rows.map((r) => {
    const own = advices.filter((a) => a.student_id === r.student_id && a.programme_id === r.programme_id && a.school_year === r.school_year);
    const norm =
      r.threshold_credits !== null && r.year_credits !== null && r.warning_on !== null && r.final_on !== null
        ? { thresholdCredits: r.threshold_credits, yearCredits: r.year_credits, warningOn: r.warning_on, finalOn: r.final_on }
        : null;
    return {
      row: r,
      programmeId: r.programme_id,
      programme: r.programme,
      schoolYear: r.school_year,
      startDate: r.start_date,
      credits: r.credits,
      expectedCredits: norm ? expectedCredits(norm, r.start_date, day) : null,
      norm,
      status: bsaStatus({ norm, credits: r.credits, startDate: r.start_date, today: day, advices: own }),
      advices: own.map((a) => ({ kind: a.kind, outcome: a.outcome, decidedOn: a.decided_on, note: a.note, decidedBy: a.decided_by })),
    };
  });
}

/** One student's first years (access checked by the route: the student, a current counsellor, an admin). */
export async function studentProgress(ctx: AppContext, actor: Actor, studentId: string): Promise<BsaProgress[]> {
  const day = today();
  const rows = await repo.firstYears(ctx.db, { institutionId: actor.institutionId, studentId, today: day });
  return progressOf(rows, await repo.advicesFor(ctx.db, [studentId]), day).map(({ row: _row, ...p }) => p);
}

/** First-years of this school year: a counsellor's own caseload, or the whole school for an admin. */
export async function firstYearOverview(ctx: AppContext, actor: Actor): Promise<BsaStudentRow[]> {
  const scope = studentListScope(actor);
  const day = today();
  const rows = await repo.firstYears(ctx.db, {
    institutionId: actor.institutionId,
    counsellorId: scope.kind === 'caseload' ? scope.counsellorId : undefined,
    schoolYear: schoolYearOf(new Date(`${day}T12:00:00Z`)),
    today: day,
  });
  const advices = await repo.advicesFor(ctx.db, [...new Set(rows.map((r) => r.student_id))]);
  return progressOf(rows, advices, day).map(({ row, ...p }) => ({ ...p, studentId: row.student_id, name: row.name, studentNumber: row.student_number }));
}

export async function recordAdvice(ctx: AppContext, actor: Actor, studentId: string, input: BsaAdviceInput, ip: string): Promise<BsaProgress[]> {
  const day = today();
  const year = (await repo.firstYears(ctx.db, { institutionId: actor.institutionId, studentId, today: day })).find((r) => r.programme_id === input.programmeId);
  if (!year) throw new AppError('not_found');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertAdvice(trx, { institutionId: actor.institutionId, studentId, programmeId: input.programmeId, schoolYear: year.school_year, kind: input.kind, outcome: input.outcome, note: input.note, decidedOn: input.decidedOn, by: actor.id });
    await audit(trx, actor, 'bsa.advice', { studentId, entityType: 'programme', entityId: input.programmeId, detail: { kind: input.kind, outcome: input.outcome } }, ip);
  });
  return studentProgress(ctx, actor, studentId);
}
