import { sql } from 'kysely';
import type { TeamLookup } from '../policies/policy';
import type { Queryable } from './types';

/** Teams of counsellors led by a team leader, and the aggregates of the team overview. */

export interface TeamRow {
  id: string;
  institution_id: string;
  name: string;
  leader_id: string;
  leader_name: string;
}

const teamSelect = sql`SELECT t.id, t.institution_id, t.name, t.leader_id, u.display_name AS leader_name FROM team t JOIN app_user u ON u.id = t.leader_id`;

export async function findTeam(db: Queryable, institutionId: string, id: string): Promise<TeamRow | undefined> {
  const { rows } = await sql<TeamRow>`${teamSelect} WHERE t.id = ${id} AND t.institution_id = ${institutionId}`.execute(db);
  return rows[0];
}

/** Teams the user leads or belongs to. */
export async function teamsOf(db: Queryable, userId: string): Promise<TeamRow[]> {
  const { rows } = await sql<TeamRow>`${teamSelect}
    WHERE t.leader_id = ${userId} OR t.id IN (SELECT team_id FROM team_member WHERE user_id = ${userId})
    ORDER BY t.name, t.id LIMIT 100`.execute(db);
  return rows;
}

export function teamLookup(db: Queryable): TeamLookup {
  return {
    async leadsTeamOf(managerId, counsellorId) {
      const { rows } = await sql<{ one: number }>`
        SELECT 1 AS one FROM team t JOIN team_member m ON m.team_id = t.id
        WHERE t.leader_id = ${managerId} AND m.user_id = ${counsellorId} LIMIT 1`.execute(db);
      return rows.length > 0;
    },
  };
}

export async function insertTeam(db: Queryable, t: { institutionId: string; name: string; leaderId: string }): Promise<string> {
  const row = await db.insertInto('team').values({ institution_id: t.institutionId, name: t.name, leader_id: t.leaderId }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceMembers(db: Queryable, teamId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('team_member').where('team_id', '=', teamId).execute();
  if (userIds.length > 0) await db.insertInto('team_member').values(userIds.map((user_id) => ({ team_id: teamId, user_id }))).execute();
}

/** Members with their consent, latest self-rating, open goals and latest review, by name. */
export async function memberRows(db: Queryable, teamId: string, code: string) {
  const { rows } = await sql<{
    id: string;
    name: string;
    consent: boolean;
    latest_id: string | null;
    latest_at: Date | null;
    open_goals: number;
    last_review_on: string | null;
  }>`
    SELECT u.id, u.display_name AS name, coalesce(c.ratings_visible_to_leader, false) AS consent,
      l.id AS latest_id, l.submitted_at AS latest_at,
      (SELECT count(*)::int FROM development_goal g WHERE g.counsellor_id = u.id AND g.status = 'open') AS open_goals,
      (SELECT max(r.held_on) FROM development_review r WHERE r.counsellor_id = u.id) AS last_review_on
    FROM team_member m
    JOIN app_user u ON u.id = m.user_id
    LEFT JOIN staff_development_consent c ON c.user_id = u.id
    LEFT JOIN LATERAL (
      SELECT r.id, r.submitted_at FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
      WHERE r.student_id = u.id AND r.respondent_id = u.id AND r.source = 'self' AND r.status = 'submitted' AND iv.code = ${code}
      ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1
    ) l ON true
    WHERE m.team_id = ${teamId}
    ORDER BY u.sort_name, u.id
    LIMIT 500`.execute(db);
  return rows;
}

/**
 * Latest self-rating scores of the team, counted per consent group, scale and meetlat level
 * (the mean rounded to a whole level), with sums for means and how many fall below `lowBelow`.
 * Only counts leave the database; which groups may be shown is decided in the service.
 */
export async function levelCounts(db: Queryable, teamId: string, code: string, lowBelow: number) {
  const { rows } = await sql<{ consent: boolean; scale_code: string; level: number; count: number; sum: number; low: number }>`
    WITH latest AS (
      SELECT DISTINCT ON (r.student_id) r.id, r.student_id
      FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
      WHERE r.student_id IN (SELECT user_id FROM team_member WHERE team_id = ${teamId})
        AND r.respondent_id = r.student_id AND r.source = 'self' AND r.status = 'submitted' AND iv.code = ${code}
      ORDER BY r.student_id, r.submitted_at DESC, r.id DESC
    )
    SELECT coalesce(c.ratings_visible_to_leader, false) AS consent, ss.scale_code, round(ss.score)::int AS level,
      count(*)::int AS count, sum(ss.score)::float8 AS sum, count(*) FILTER (WHERE ss.score < ${lowBelow})::int AS low
    FROM latest l
    JOIN instrument_scale_score ss ON ss.response_id = l.id AND ss.score IS NOT NULL
    LEFT JOIN staff_development_consent c ON c.user_id = l.student_id
    GROUP BY 1, ss.scale_code, level`.execute(db);
  return rows;
}

/** Open goals of the team per competency. */
export async function openGoalCounts(db: Queryable, teamId: string) {
  const { rows } = await sql<{ code: string; count: number }>`
    SELECT c.code, count(*)::int AS count
    FROM development_goal g CROSS JOIN LATERAL jsonb_array_elements_text(g.competencies) AS c(code)
    WHERE g.status = 'open' AND g.counsellor_id IN (SELECT user_id FROM team_member WHERE team_id = ${teamId})
    GROUP BY c.code`.execute(db);
  return rows;
}

/** Trainings the members logged in the past two years, newest first. */
export async function trainings(db: Queryable, teamId: string, since: string, limit = 200) {
  const { rows } = await sql<{ member_id: string; member_name: string; title: string; held_on: string; competencies: string[] }>`
    SELECT u.id AS member_id, u.display_name AS member_name, a.title, a.held_on, a.competencies
    FROM development_activity a JOIN app_user u ON u.id = a.counsellor_id
    WHERE a.kind = 'training' AND a.held_on >= ${since}::date
      AND a.counsellor_id IN (SELECT user_id FROM team_member WHERE team_id = ${teamId})
    ORDER BY a.held_on DESC, a.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

/** The roles of these users in the institution (unknown ids are missing from the map). */
export async function rolesOf(db: Queryable, institutionId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'role']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.role]));
}
