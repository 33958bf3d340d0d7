import type { Level } from '../../shared/roles';
import type { AppContext } from '../context';
import { withUniqueErrors } from '../db/unique-violation';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../policies/policy';
import { today } from '../repositories/relationships.repository';
import * as repo from '../repositories/structure.repository';
import { audit, changes } from './audit.service';

/** Sectors, programmes and cohorts: read by staff who work with the structure, changed by admins. */

export interface CohortNode {
  id: string;
  name: string;
  schoolYear: string;
  studentCount: number;
}
export interface ProgrammeNode {
  id: string;
  name: string;
  code: string;
  level: Level;
  cohorts: CohortNode[];
}
export interface SectorNode {
  id: string;
  name: string;
  code: string;
  programmes: ProgrammeNode[];
}

export async function getStructure(ctx: AppContext, actor: Actor): Promise<{ sectors: SectorNode[] }> {
  assertCan(actor, 'structure.read');
  const rows = await repo.structureRows(ctx.db, actor.institutionId, today());
  // Rows arrive sorted sector → programme → cohort, so the tree is built in one pass.
  const sectors: SectorNode[] = [];
  const programmes = new Map<string, ProgrammeNode>();
  for (const r of rows) {
    let sector = sectors.at(-1);
    if (sector?.id !== r.sector_id) {
      sector = { id: r.sector_id, name: r.sector_name, code: r.sector_code, programmes: [] };
      sectors.push(sector);
    }
    if (r.programme_id === null) continue;
    let programme = programmes.get(r.programme_id);
    if (!programme) {
      programme = { id: r.programme_id, name: r.programme_name ?? '', code: r.programme_code ?? '', level: r.level ?? 'vo', cohorts: [] };
      programmes.set(r.programme_id, programme);
      sector.programmes.push(programme);
    }
    if (r.cohort_id === null) continue;
    programme.cohorts.push({ id: r.cohort_id, name: r.cohort_name ?? '', schoolYear: r.school_year ?? '', studentCount: r.student_count });
  }
  return { sectors };
}

// Sector and programme codes are the only unique columns besides the ids.
const codeTaken = () => 'code_taken' as const;

export async function createSector(ctx: AppContext, actor: Actor, input: { name: string; code: string }, ip: string) {
  assertCan(actor, 'structure.manage');
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        if (await repo.sectorCodeTaken(trx, actor.institutionId, input.code)) throw new AppError('code_taken');
        const sector = await repo.insertSector(trx, { institutionId: actor.institutionId, ...input });
        await audit(trx, actor, 'sector.created', { entityType: 'sector', entityId: sector.id, detail: { ...input } }, ip);
        return sector;
      }),
    codeTaken,
  );
}

export async function updateSector(ctx: AppContext, actor: Actor, id: string, input: { name?: string; code?: string }, ip: string) {
  assertCan(actor, 'structure.manage');
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const before = await repo.findSector(trx, actor.institutionId, id);
        if (!before) throw new AppError('not_found');
        const changed = changes(before, input);
        if (Object.keys(changed).length === 0) return before;
        if (changed.code && (await repo.sectorCodeTaken(trx, actor.institutionId, input.code ?? '', id))) throw new AppError('code_taken');
        const sector = await repo.updateSector(trx, id, input);
        await audit(trx, actor, 'sector.updated', { entityType: 'sector', entityId: id, detail: { changes: changed } }, ip);
        return sector;
      }),
    codeTaken,
  );
}

const programmeDto = (p: { id: string; sector_id: string; name: string; code: string; level: string }) => ({
  id: p.id,
  sectorId: p.sector_id,
  name: p.name,
  code: p.code,
  level: p.level as Level,
});

export async function createProgramme(
  ctx: AppContext,
  actor: Actor,
  input: { sectorId: string; name: string; code: string; level: Level },
  ip: string,
) {
  assertCan(actor, 'structure.manage');
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        if (!(await repo.findSector(trx, actor.institutionId, input.sectorId))) throw new AppError('not_found');
        if (await repo.programmeCodeTaken(trx, actor.institutionId, input.code)) throw new AppError('code_taken');
        const programme = await repo.insertProgramme(trx, { institutionId: actor.institutionId, ...input });
        await audit(trx, actor, 'programme.created', { entityType: 'programme', entityId: programme.id, detail: { ...input } }, ip);
        return programmeDto(programme);
      }),
    codeTaken,
  );
}

export async function updateProgramme(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { sectorId?: string; name?: string; code?: string; level?: Level },
  ip: string,
) {
  assertCan(actor, 'structure.manage');
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const found = await repo.findProgramme(trx, actor.institutionId, id);
        if (!found) throw new AppError('not_found');
        const before = programmeDto(found);
        const changed = changes(before, input);
        if (Object.keys(changed).length === 0) return before;
        if (changed.sectorId && !(await repo.findSector(trx, actor.institutionId, input.sectorId ?? ''))) throw new AppError('not_found');
        if (changed.code && (await repo.programmeCodeTaken(trx, actor.institutionId, input.code ?? '', id))) throw new AppError('code_taken');
        const programme = await repo.updateProgramme(trx, id, {
          sector_id: input.sectorId,
          name: input.name,
          code: input.code,
          level: input.level,
        });
        await audit(trx, actor, 'programme.updated', { entityType: 'programme', entityId: id, detail: { changes: changed } }, ip);
        return programmeDto(programme);
      }),
    codeTaken,
  );
}

const cohortDto = (c: { id: string; programme_id: string; name: string; school_year: string }) => ({
  id: c.id,
  programmeId: c.programme_id,
  name: c.name,
  schoolYear: c.school_year,
});

// The only unique constraint on cohort is (programme, school year, name).
const cohortExistsError = () => 'conflict' as const;

export async function createCohort(
  ctx: AppContext,
  actor: Actor,
  input: { programmeId: string; name: string; schoolYear: string },
  ip: string,
) {
  assertCan(actor, 'structure.manage');
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        if (!(await repo.findProgramme(trx, actor.institutionId, input.programmeId))) throw new AppError('not_found');
        if (await repo.cohortExists(trx, input)) throw new AppError('conflict');
        const cohort = await repo.insertCohort(trx, input);
        await audit(trx, actor, 'cohort.created', { entityType: 'cohort', entityId: cohort.id, detail: { ...input } }, ip);
        return cohortDto(cohort);
      }),
    cohortExistsError,
  );
}

export async function updateCohort(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { programmeId?: string; name?: string; schoolYear?: string },
  ip: string,
) {
  assertCan(actor, 'structure.manage');
  return withUniqueErrors(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const found = await repo.findCohort(trx, actor.institutionId, id);
        if (!found) throw new AppError('not_found');
        const before = cohortDto(found);
        const changed = changes(before, input);
        if (Object.keys(changed).length === 0) return before;
        if (changed.programmeId && !(await repo.findProgramme(trx, actor.institutionId, input.programmeId ?? ''))) {
          throw new AppError('not_found');
        }
        const after = { ...before, ...input };
        if (await repo.cohortExists(trx, after, id)) throw new AppError('conflict');
        const cohort = await repo.updateCohort(trx, id, { programme_id: input.programmeId, name: input.name, school_year: input.schoolYear });
        await audit(trx, actor, 'cohort.updated', { entityType: 'cohort', entityId: id, detail: { changes: changed } }, ip);
        return cohortDto(cohort);
      }),
    cohortExistsError,
  );
}
