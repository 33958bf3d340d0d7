import { sql, type Kysely } from 'kysely';

/*
 * Instruments (versioned questionnaires), responses with their answers and scale scores, and the
 * single-use links through which an external supervisor fills in a competence scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Aggregates about fewer people than this are not shown to managers.
    ALTER TABLE institution ADD COLUMN min_group_size integer NOT NULL DEFAULT 5
      CHECK (min_group_size BETWEEN 2 AND 100);

    CREATE TABLE instrument_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- NULL: ships with Koers (files in the repository); otherwise imported by that institution.
      institution_id uuid REFERENCES institution(id),
      code text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      definition jsonb NOT NULL,
      checksum text NOT NULL,
      created_by uuid REFERENCES app_user(id),
      published_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX instrument_version_builtin_key ON instrument_version (code, version) WHERE institution_id IS NULL;
    CREATE UNIQUE INDEX instrument_version_own_key ON instrument_version (institution_id, code, version) WHERE institution_id IS NOT NULL;

    -- A published version never changes: responses point to the exact questions that were answered.
    CREATE FUNCTION instrument_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'instrument versions are immutable; publish a new version instead';
    END;
    $$;
    CREATE TRIGGER instrument_version_no_update BEFORE UPDATE OR DELETE ON instrument_version
      FOR EACH ROW EXECUTE FUNCTION instrument_version_immutable();

    CREATE TABLE scan_invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      instrument_version_id uuid NOT NULL REFERENCES instrument_version(id),
      invited_by uuid NOT NULL REFERENCES app_user(id),
      name text NOT NULL,
      email text NOT NULL,
      language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      revoked_at timestamptz,
      revoked_by uuid REFERENCES app_user(id)
    );
    CREATE INDEX scan_invitation_student_idx ON scan_invitation (student_id, created_at DESC);

    CREATE TABLE instrument_response (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      instrument_version_id uuid NOT NULL REFERENCES instrument_version(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      source text NOT NULL CHECK (source IN ('self', 'counsellor', 'supervisor')),
      respondent_id uuid REFERENCES app_user(id),
      invitation_id uuid REFERENCES scan_invitation(id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
      started_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      submitted_at timestamptz,
      CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
      CHECK (respondent_id IS NOT NULL OR invitation_id IS NOT NULL)
    );
    CREATE INDEX instrument_response_student_idx ON instrument_response (student_id, submitted_at DESC);
    CREATE INDEX instrument_response_version_idx ON instrument_response (instrument_version_id) WHERE status = 'submitted';
    CREATE UNIQUE INDEX instrument_response_one_draft ON instrument_response (respondent_id, student_id, instrument_version_id)
      WHERE status = 'draft' AND respondent_id IS NOT NULL;
    CREATE UNIQUE INDEX instrument_response_invitation_key ON instrument_response (invitation_id) WHERE invitation_id IS NOT NULL;

    CREATE TABLE instrument_answer (
      response_id uuid NOT NULL REFERENCES instrument_response(id) ON DELETE CASCADE,
      item_code text NOT NULL,
      value integer NOT NULL,
      answered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (response_id, item_code)
    );

    -- Written once at submission, so overviews and aggregates are plain SQL over numbers.
    CREATE TABLE instrument_scale_score (
      response_id uuid NOT NULL REFERENCES instrument_response(id) ON DELETE CASCADE,
      scale_code text NOT NULL,
      score numeric(6, 4),
      answered integer NOT NULL,
      total integer NOT NULL,
      PRIMARY KEY (response_id, scale_code)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE instrument_scale_score, instrument_answer, instrument_response, scan_invitation, instrument_version;
    DROP FUNCTION instrument_version_immutable();
    ALTER TABLE institution DROP COLUMN min_group_size;
  `.execute(db);
}
