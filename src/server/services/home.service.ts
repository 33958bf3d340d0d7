import { DEFAULT_SUPPRESSION_THRESHOLD, suppressSmall } from '../../domain/privacy/small-groups';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import { today } from '../repositories/relationships.repository';
import * as stats from '../repositories/stats.repository';
import { countUsersByRole } from '../repositories/users.repository';
import { countOutbox } from '../repositories/mail.repository';
import { getStudentFile } from './students.service';

/** What each role sees first after signing in. */
export async function homeFor(ctx: AppContext, actor: Actor, ip: string) {
  const day = today();
  switch (actor.role) {
    case 'student': {
      const file = await getStudentFile(ctx, actor, actor.id, ip);
      return {
        kind: 'student' as const,
        programme: file.programme && { name: file.programme.name, level: file.programme.level },
        cohort: file.cohort && { name: file.cohort.name, schoolYear: file.cohort.schoolYear },
        counsellors: file.counsellors.filter((c) => c.endDate === null || c.endDate > day).map((c) => ({ name: c.name, email: c.email })),
      };
    }
    case 'counsellor': {
      const cohorts = await stats.caseloadByCohort(ctx.db, actor.id, day);
      return {
        kind: 'counsellor' as const,
        caseloadCount: cohorts.reduce((n, c) => n + c.count, 0),
        cohorts: cohorts.map((c) => ({ name: c.name ?? '—', schoolYear: c.school_year ?? '', count: c.count })),
      };
    }
    case 'manager': {
      const [bySector, byRole, counts] = await Promise.all([
        stats.studentsPerSector(ctx.db, actor.institutionId),
        countUsersByRole(ctx.db, actor.institutionId),
        stats.institutionCounts(ctx.db, actor.institutionId),
      ]);
      return {
        kind: 'manager' as const,
        totals: { students: byRole.student ?? 0, counsellors: byRole.counsellor ?? 0, programmes: counts.programmes },
        bySector: bySector.map((s) => ({ sector: s.sector, students: suppressSmall(s.students) })),
        suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
      };
    }
    case 'admin': {
      const [byRole, counts, outbox] = await Promise.all([
        countUsersByRole(ctx.db, actor.institutionId),
        stats.institutionCounts(ctx.db, actor.institutionId),
        countOutbox(ctx.db, actor.institutionId),
      ]);
      const staff = (byRole.counsellor ?? 0) + (byRole.specialist ?? 0) + (byRole.manager ?? 0) + (byRole.admin ?? 0);
      return { kind: 'admin' as const, counts: { students: byRole.student ?? 0, staff, ...counts, outbox } };
    }
    case 'specialist':
      return { kind: 'specialist' as const };
    case 'parent':
    case 'supervisor':
      return { kind: 'linked' as const, students: await stats.linkedStudents(ctx.db, actor.id, day) };
  }
}
