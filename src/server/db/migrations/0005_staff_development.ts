import { sql, type Kysely } from 'kysely';

/*
 * Counsellor professionalisation: teams led by a team leader, the counsellor's consent to show
 * individual ratings to that leader, a development plan (goals, training and intervisie log,
 * yearly reviews) and 360° rating requests between staff. The ratings themselves are ordinary
 * instrument responses (`slb-zelfbeoordeling`) whose subject (`student_id`) is the counsellor.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Staff raters answer as colleague or team leader; the subject of those responses is a counsellor.
    ALTER TABLE instrument_response DROP CONSTRAINT instrument_response_source_check;
    ALTER TABLE instrument_response ADD CONSTRAINT instrument_response_source_check
      CHECK (source IN ('self', 'counsellor', 'supervisor', 'colleague', 'manager'));

    CREATE TABLE team (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      leader_id uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, name)
    );
    CREATE INDEX team_leader_idx ON team (leader_id);

    CREATE TABLE team_member (
      team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (team_id, user_id)
    );
    CREATE INDEX team_member_user_idx ON team_member (user_id);

    -- Without a row the counsellor has not consented: the team leader sees aggregates only.
    CREATE TABLE staff_development_consent (
      user_id uuid PRIMARY KEY REFERENCES app_user(id),
      ratings_visible_to_leader boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE development_goal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      counsellor_id uuid NOT NULL REFERENCES app_user(id),
      what text NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
      due_date date NOT NULL,
      competencies jsonb NOT NULL CHECK (jsonb_typeof(competencies) = 'array' AND jsonb_array_length(competencies) BETWEEN 1 AND 7),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX development_goal_counsellor_idx ON development_goal (counsellor_id, status, due_date);

    CREATE TABLE development_activity (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      counsellor_id uuid NOT NULL REFERENCES app_user(id),
      kind text NOT NULL CHECK (kind IN ('training', 'intervisie')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      held_on date NOT NULL,
      hours numeric(5, 1) CHECK (hours > 0 AND hours <= 500),
      competencies jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(competencies) = 'array'),
      reflection text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX development_activity_counsellor_idx ON development_activity (counsellor_id, held_on DESC, id DESC);

    CREATE TABLE development_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      counsellor_id uuid NOT NULL REFERENCES app_user(id),
      leader_id uuid NOT NULL REFERENCES app_user(id),
      held_on date NOT NULL,
      leader_notes text NOT NULL DEFAULT '',
      counsellor_notes text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX development_review_counsellor_idx ON development_review (counsellor_id, held_on DESC);

    -- A counsellor asks a colleague or their team leader to rate them; the rater sees only that form.
    CREATE TABLE staff_rating_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      subject_id uuid NOT NULL REFERENCES app_user(id),
      rater_id uuid NOT NULL REFERENCES app_user(id),
      relation text NOT NULL CHECK (relation IN ('colleague', 'manager')),
      instrument_version_id uuid NOT NULL REFERENCES instrument_version(id),
      response_id uuid UNIQUE REFERENCES instrument_response(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CHECK (subject_id <> rater_id)
    );
    CREATE INDEX staff_rating_request_subject_idx ON staff_rating_request (subject_id, created_at DESC);
    CREATE INDEX staff_rating_request_rater_idx ON staff_rating_request (rater_id, created_at DESC);
    CREATE UNIQUE INDEX staff_rating_request_open_key ON staff_rating_request (subject_id, rater_id)
      WHERE revoked_at IS NULL AND response_id IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE staff_rating_request, development_review, development_activity, development_goal,
      staff_development_consent, team_member, team;
    ALTER TABLE instrument_response DROP CONSTRAINT instrument_response_source_check;
    ALTER TABLE instrument_response ADD CONSTRAINT instrument_response_source_check
      CHECK (source IN ('self', 'counsellor', 'supervisor'));
  `.execute(db);
}
