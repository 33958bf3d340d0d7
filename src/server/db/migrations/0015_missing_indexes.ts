import { sql, type Kysely } from 'kysely';

/*
 * Indexes found missing when the benchmark ran on the large synthetic institution:
 * - conversation_action by conversation: every conversation page counts and lists its actions,
 *   and without it each of those read all 300,000 actions of an institution (≈ 50 ms apiece);
 *   deleting a conversation (cascade) scanned them as well.
 * - job rows left 'running' by a crashed process: the queue's claim asks for pending jobs *or*
 *   stale running ones; with only the pending index that OR became a scan of every job ever run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX conversation_action_conversation_idx ON conversation_action (conversation_id);
    CREATE INDEX job_running_idx ON job (locked_at) WHERE status = 'running';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX job_running_idx;
    DROP INDEX conversation_action_conversation_idx;
  `.execute(db);
}
