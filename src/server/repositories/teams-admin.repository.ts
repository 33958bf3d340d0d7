import { sql } from 'kysely';
import type { Queryable } from './types';

/** Setting up teams: the administrator's list with leaders and members, and the changes to them. */

export interface AdminTeamRow {
  id: string;
  name: string;
  leader_id: string;
  leader_name: string;
  members: { id: string; name: string }[];
}

const teamsSelect = sql`
  SELECT t.id, t.name, t.leader_id, l.display_name AS leader_name,
    coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.display_name) ORDER BY u.sort_name, u.id)
      FROM team_member m JOIN app_user u ON u.id = m.user_id WHERE m.team_id = t.id), '[]'::json) AS members
  FROM team t JOIN app_user l ON l.id = t.leader_id`;

export async function listTeams(db: Queryable, institutionId: string, limit = 200): Promise<AdminTeamRow[]> {
  const { rows } = await sql<AdminTeamRow>`${teamsSelect} WHERE t.institution_id = ${institutionId} ORDER BY t.name, t.id LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findTeam(db: Queryable, institutionId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<AdminTeamRow | undefined> {
  const { rows } = await sql<AdminTeamRow>`${teamsSelect} WHERE t.id = ${id} AND t.institution_id = ${institutionId} ${opts.forUpdate ? sql`FOR UPDATE OF t` : sql``}`.execute(db);
  return rows[0];
}

/** An active user of the institution with their role, or undefined. */
export async function activeUser(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'role', 'display_name'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function updateTeam(db: Queryable, id: string, change: { name?: string; leaderId?: string }): Promise<void> {
  await db
    .updateTable('team')
    .set({ ...(change.name !== undefined ? { name: change.name } : {}), ...(change.leaderId !== undefined ? { leader_id: change.leaderId } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Adds a member; true when they were not a member yet. */
export async function addMember(db: Queryable, teamId: string, userId: string): Promise<boolean> {
  const rows = await db.insertInto('team_member').values({ team_id: teamId, user_id: userId }).onConflict((oc) => oc.doNothing()).returning('user_id').execute();
  return rows.length > 0;
}

/** Removes a member; true when they were one. */
export async function removeMember(db: Queryable, teamId: string, userId: string): Promise<boolean> {
  const rows = await db.deleteFrom('team_member').where('team_id', '=', teamId).where('user_id', '=', userId).returning('user_id').execute();
  return rows.length > 0;
}
