import { sql, type Kysely } from 'kysely';

/*
 * Career conversations: planning, the student's preparation, notes in visibility tiers, actions
 * agreed at the close, the student's feedback, and the cadence norms counsellors are held to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Private working notes are deleted this many months after they were last changed.
    ALTER TABLE institution ADD COLUMN private_note_retention_months integer NOT NULL DEFAULT 12
      CHECK (private_note_retention_months BETWEEN 1 AND 120);

    CREATE TABLE cadence_norm (
      programme_id uuid NOT NULL REFERENCES programme(id),
      school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
      conversations_per_year integer NOT NULL CHECK (conversations_per_year BETWEEN 1 AND 20),
      minutes_each integer NOT NULL CHECK (minutes_each BETWEEN 5 AND 240),
      description text NOT NULL DEFAULT '',
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (programme_id, school_year)
    );

    CREATE TABLE conversation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      counsellor_id uuid NOT NULL REFERENCES app_user(id),
      type text NOT NULL CHECK (type IN ('kennismaking', 'voortgang', 'loopbaangesprek', 'bpv', 'exit')),
      status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'planned', 'held', 'cancelled')),
      starts_at timestamptz NOT NULL,
      duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
      location text NOT NULL DEFAULT '',
      online boolean NOT NULL DEFAULT false,
      proposed_by uuid NOT NULL REFERENCES app_user(id),
      agenda text NOT NULL DEFAULT '',
      experience text NOT NULL DEFAULT '',
      student_summary text NOT NULL DEFAULT '',
      held_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX conversation_student_idx ON conversation (student_id, starts_at DESC);
    CREATE INDEX conversation_counsellor_idx ON conversation (counsellor_id, starts_at DESC);

    CREATE TABLE conversation_topic (
      conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
      competency text NOT NULL,
      PRIMARY KEY (conversation_id, competency)
    );

    CREATE TABLE conversation_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES app_user(id),
      tier text NOT NULL CHECK (tier IN ('student', 'team', 'private')),
      phase text CHECK (phase IN ('terugblikken', 'bewustwording', 'alternatieven', 'acties')),
      body text NOT NULL,
      competencies jsonb NOT NULL DEFAULT '[]',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX conversation_note_conversation_idx ON conversation_note (conversation_id, created_at);
    CREATE INDEX conversation_note_private_idx ON conversation_note (updated_at) WHERE tier = 'private';

    CREATE TABLE conversation_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
      student_id uuid NOT NULL REFERENCES app_user(id),
      what text NOT NULL,
      owner text NOT NULL CHECK (owner IN ('student', 'counsellor', 'other')),
      due_date date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX conversation_action_student_idx ON conversation_action (student_id, status);

    CREATE TABLE conversation_feedback (
      conversation_id uuid PRIMARY KEY REFERENCES conversation(id) ON DELETE CASCADE,
      counsellor_id uuid NOT NULL REFERENCES app_user(id),
      whose_agenda text NOT NULL CHECK (whose_agenda IN ('mine', 'both', 'counsellor')),
      helping_vs_reflective integer NOT NULL CHECK (helping_vs_reflective BETWEEN 1 AND 5),
      topics jsonb NOT NULL DEFAULT '[]',
      comment text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX conversation_feedback_counsellor_idx ON conversation_feedback (counsellor_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE conversation_feedback, conversation_action, conversation_note, conversation_topic, conversation, cadence_norm;
    ALTER TABLE institution DROP COLUMN private_note_retention_months;
  `.execute(db);
}
