import { sql, type Kysely } from 'kysely';

/*
 * Indexes found missing when the benchmark ran on the large synthetic institution:
 * - conversation_action by conversation: every conversation page counts and lists its actions,
 *   and without it each of those read all 300,000 actions of an institution (≈ 50 ms apiece);
 *   deleting a conversation (cascade) scanned them as well.
 * - open enrolments by student: the roster import looks up the open enrolments of 1,000 students
 *   per chunk, and the planner preferred the per-class index over all open enrolments (≈ 80 ms a
 *   chunk on L, 7 ms with this one).
 * - job rows left 'running' by a crashed process: the queue's claim asks for pending jobs *or*
 *   stale running ones; with only the pending index that OR became a scan of every job ever run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX conversation_action_conversation_idx ON conversation_action (conversation_id);
    CREATE INDEX job_running_idx ON job (locked_at) WHERE status = 'running';
    CREATE INDEX enrolment_open_student_idx ON enrolment (student_id) WHERE end_date IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX enrolment_open_student_idx;
    DROP INDEX job_running_idx;
    DROP INDEX conversation_action_conversation_idx;
  `.execute(db);
}
