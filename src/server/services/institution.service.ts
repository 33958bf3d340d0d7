import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/institution.repository';
import { audit, changes } from './audit.service';

export interface InstitutionSettings {
  name: string;
  minGroupSize: number;
  privateNoteRetentionMonths: number;
}

export async function getSettings(ctx: AppContext, actor: Actor): Promise<InstitutionSettings> {
  const row = await repo.findInstitution(ctx.db, actor.institutionId);
  if (!row) throw new AppError('not_found');
  return { name: row.name, minGroupSize: row.min_group_size, privateNoteRetentionMonths: row.private_note_retention_months };
}

export async function updateSettings(ctx: AppContext, actor: Actor, input: Partial<InstitutionSettings>, ip: string): Promise<InstitutionSettings> {
  const before = await getSettings(ctx, actor);
  if (input.name === undefined && input.minGroupSize === undefined && input.privateNoteRetentionMonths === undefined) return before;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateInstitution(trx, actor.institutionId, { name: input.name, min_group_size: input.minGroupSize, private_note_retention_months: input.privateNoteRetentionMonths });
    await audit(trx, actor, 'institution.update', { entityType: 'institution', entityId: actor.institutionId, detail: changes(before, input) }, ip);
  });
  return getSettings(ctx, actor);
}
