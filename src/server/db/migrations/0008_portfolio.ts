import { sql, type Kysely } from 'kysely';

/*
 * The student's own work: the POP (goals, actions, progress reviews, with every change kept), the
 * evidence (reflections, experiences, files, feedback from others), showcase pages shared with
 * chosen people or by expiring links, who looked at them, and dossiers imported at intake.
 * Everything belongs to the student; guidance staff see what the student marks for guidance.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- What guidance staff see by default: the plan, and evidence marked "for guidance".
    CREATE TABLE portfolio_settings (
      student_id uuid PRIMARY KEY REFERENCES app_user(id),
      plan_for_guidance boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE portfolio_goal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      due_on date,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'stopped')),
      -- Where the goal came from when a dossier was imported at intake (NULL: made here).
      imported_from uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX portfolio_goal_student_idx ON portfolio_goal (student_id, created_at DESC);

    CREATE TABLE portfolio_goal_competency (
      goal_id uuid NOT NULL REFERENCES portfolio_goal(id) ON DELETE CASCADE,
      competency text NOT NULL,
      PRIMARY KEY (goal_id, competency)
    );

    -- History is kept: every change to a goal writes the previous state here.
    CREATE TABLE portfolio_goal_revision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      goal_id uuid NOT NULL REFERENCES portfolio_goal(id) ON DELETE CASCADE,
      snapshot jsonb NOT NULL,
      changed_by uuid REFERENCES app_user(id),
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX portfolio_goal_revision_goal_idx ON portfolio_goal_revision (goal_id, changed_at DESC);

    CREATE TABLE portfolio_goal_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      goal_id uuid NOT NULL REFERENCES portfolio_goal(id) ON DELETE CASCADE,
      description text NOT NULL,
      due_on date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX portfolio_goal_action_goal_idx ON portfolio_goal_action (goal_id);

    CREATE TABLE portfolio_goal_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      goal_id uuid NOT NULL REFERENCES portfolio_goal(id) ON DELETE CASCADE,
      author_id uuid REFERENCES app_user(id),
      progress text NOT NULL CHECK (progress IN ('not_started', 'behind', 'on_track', 'achieved')),
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX portfolio_goal_review_goal_idx ON portfolio_goal_review (goal_id, created_at DESC);

    CREATE TABLE portfolio_evidence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      kind text NOT NULL CHECK (kind IN ('reflection', 'experience', 'file')),
      title text NOT NULL DEFAULT '',
      -- reflection: 'cycle' | 'starrtt' | 'free'; the answers per template field live in body.
      template text CHECK (template IN ('cycle', 'starrtt', 'free')),
      body jsonb NOT NULL DEFAULT '{}',
      experience_type text CHECK (experience_type IN ('bpv', 'job', 'volunteering', 'open_day', 'shadowing', 'other')),
      organisation text,
      happened_on date,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
      for_guidance boolean NOT NULL DEFAULT true,
      imported_from uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (kind <> 'reflection' OR template IS NOT NULL),
      CHECK (kind <> 'experience' OR experience_type IS NOT NULL)
    );
    CREATE INDEX portfolio_evidence_student_idx ON portfolio_evidence (student_id, updated_at DESC);

    CREATE TABLE portfolio_evidence_competency (
      evidence_id uuid NOT NULL REFERENCES portfolio_evidence(id) ON DELETE CASCADE,
      competency text NOT NULL,
      PRIMARY KEY (evidence_id, competency)
    );

    CREATE TABLE portfolio_evidence_goal (
      evidence_id uuid NOT NULL REFERENCES portfolio_evidence(id) ON DELETE CASCADE,
      goal_id uuid NOT NULL REFERENCES portfolio_goal(id) ON DELETE CASCADE,
      PRIMARY KEY (evidence_id, goal_id)
    );
    CREATE INDEX portfolio_evidence_goal_goal_idx ON portfolio_evidence_goal (goal_id);

    -- The bytes live in the file store (a directory or an object store); the row holds the key.
    CREATE TABLE portfolio_file (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      evidence_id uuid NOT NULL REFERENCES portfolio_evidence(id) ON DELETE CASCADE,
      storage_key text NOT NULL UNIQUE,
      original_name text NOT NULL,
      media_type text NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
      sha256 text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX portfolio_file_evidence_idx ON portfolio_file (evidence_id);

    -- Feedback asked from a user (requested_from) or from an outsider through an expiring link.
    CREATE TABLE portfolio_feedback_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      evidence_id uuid REFERENCES portfolio_evidence(id) ON DELETE CASCADE,
      requested_from uuid REFERENCES app_user(id),
      name text NOT NULL,
      email text,
      question text NOT NULL DEFAULT '',
      token_hash text UNIQUE,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      revoked_at timestamptz,
      -- Feedback that came with an imported dossier has neither: it was asked at the earlier school.
      imported_from uuid,
      CHECK (requested_from IS NOT NULL OR token_hash IS NOT NULL OR imported_from IS NOT NULL)
    );
    CREATE INDEX portfolio_feedback_request_student_idx ON portfolio_feedback_request (student_id, created_at DESC);
    CREATE INDEX portfolio_feedback_request_user_idx ON portfolio_feedback_request (requested_from) WHERE answered_at IS NULL;

    CREATE TABLE portfolio_feedback (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL UNIQUE REFERENCES portfolio_feedback_request(id) ON DELETE CASCADE,
      author_name text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE showcase_page (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      title text NOT NULL,
      intro text NOT NULL DEFAULT '',
      show_competency_chart boolean NOT NULL DEFAULT true,
      imported_from uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX showcase_page_student_idx ON showcase_page (student_id);

    CREATE TABLE showcase_page_item (
      page_id uuid NOT NULL REFERENCES showcase_page(id) ON DELETE CASCADE,
      position integer NOT NULL,
      evidence_id uuid REFERENCES portfolio_evidence(id) ON DELETE CASCADE,
      goal_id uuid REFERENCES portfolio_goal(id) ON DELETE CASCADE,
      PRIMARY KEY (page_id, position),
      CHECK ((evidence_id IS NULL) <> (goal_id IS NULL))
    );

    -- A page shared with a chosen user, or through a revocable, expiring link (token stored hashed).
    CREATE TABLE showcase_share (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      page_id uuid NOT NULL REFERENCES showcase_page(id) ON DELETE CASCADE,
      user_id uuid REFERENCES app_user(id),
      token_hash text UNIQUE,
      label text NOT NULL DEFAULT '',
      expires_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CHECK ((user_id IS NULL) <> (token_hash IS NULL)),
      CHECK (token_hash IS NULL OR expires_at IS NOT NULL)
    );
    CREATE INDEX showcase_share_page_idx ON showcase_share (page_id);
    CREATE INDEX showcase_share_user_idx ON showcase_share (user_id) WHERE revoked_at IS NULL;

    CREATE TABLE showcase_view (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      page_id uuid NOT NULL REFERENCES showcase_page(id) ON DELETE CASCADE,
      share_id uuid REFERENCES showcase_share(id) ON DELETE SET NULL,
      viewer_id uuid REFERENCES app_user(id),
      viewed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX showcase_view_page_idx ON showcase_view (page_id, viewed_at DESC);

    -- A loopbaandossier brought in at intake, with the student's consent.
    CREATE TABLE dossier_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      imported_by uuid NOT NULL REFERENCES app_user(id),
      consent_given_at timestamptz NOT NULL,
      consent_text text NOT NULL,
      source_institution text NOT NULL,
      exported_at timestamptz,
      counts jsonb NOT NULL DEFAULT '{}',
      -- What has no live table here (profile, education history, self-assessments, conversations), kept as it came.
      archive jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX dossier_import_student_idx ON dossier_import (student_id, created_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE dossier_import, showcase_view, showcase_share, showcase_page_item, showcase_page,
      portfolio_feedback, portfolio_feedback_request, portfolio_file, portfolio_evidence_goal,
      portfolio_evidence_competency, portfolio_evidence, portfolio_goal_review, portfolio_goal_action,
      portfolio_goal_revision, portfolio_goal_competency, portfolio_goal, portfolio_settings;
  `.execute(db);
}
