import { sql, type Kysely } from 'kysely';

/*
 * The foundation schema: institution structure, people and their relationships, sessions, audit,
 * mail outbox, background jobs and roster imports. Written for PostgreSQL 15 and PGlite (18).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE institution (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE sector (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      name text NOT NULL,
      code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, code)
    );

    CREATE TABLE programme (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      sector_id uuid NOT NULL REFERENCES sector(id),
      name text NOT NULL,
      code text NOT NULL,
      level text NOT NULL CHECK (level IN ('vo', 'mbo', 'hbo')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, code)
    );
    CREATE INDEX programme_sector_idx ON programme (sector_id);

    CREATE TABLE cohort (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programme(id),
      name text NOT NULL,
      school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, school_year, name)
    );

    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      role text NOT NULL CHECK (role IN ('student', 'counsellor', 'specialist', 'supervisor', 'parent', 'manager', 'admin')),
      email text,
      first_name text NOT NULL,
      name_prefix text,
      last_name text NOT NULL,
      display_name text NOT NULL,
      sort_name text NOT NULL,
      student_number text,
      gender text CHECK (gender IN ('v', 'm', 'x')),
      language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
      password_hash text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (role <> 'student' OR student_number IS NOT NULL)
    );
    CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email)) WHERE email IS NOT NULL;
    CREATE UNIQUE INDEX app_user_student_number_key ON app_user (institution_id, student_number) WHERE student_number IS NOT NULL;
    CREATE INDEX app_user_role_sort_idx ON app_user (institution_id, role, sort_name, id);

    CREATE TABLE enrolment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      student_id uuid NOT NULL REFERENCES app_user(id),
      cohort_id uuid NOT NULL REFERENCES cohort(id),
      start_date date NOT NULL,
      end_date date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_date IS NULL OR end_date >= start_date)
    );
    CREATE INDEX enrolment_student_idx ON enrolment (student_id, start_date DESC);
    CREATE INDEX enrolment_cohort_idx ON enrolment (cohort_id) WHERE end_date IS NULL;

    -- Counsellor-student assignments keep their history: ending one sets end_date, a new one is a new row.
    CREATE TABLE assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      counsellor_id uuid NOT NULL REFERENCES app_user(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      start_date date NOT NULL,
      end_date date,
      created_by uuid REFERENCES app_user(id),
      ended_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_date IS NULL OR end_date >= start_date)
    );
    CREATE INDEX assignment_counsellor_idx ON assignment (counsellor_id, student_id);
    CREATE INDEX assignment_student_idx ON assignment (student_id, start_date DESC);

    -- Parents and external placement supervisors are linked to students, also with history.
    CREATE TABLE student_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      student_id uuid NOT NULL REFERENCES app_user(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      kind text NOT NULL CHECK (kind IN ('parent', 'supervisor')),
      start_date date NOT NULL,
      end_date date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX student_link_user_idx ON student_link (user_id, student_id);
    CREATE INDEX student_link_student_idx ON student_link (student_id);

    CREATE TABLE user_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      ip text,
      user_agent text
    );
    CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL;

    CREATE TABLE user_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      purpose text NOT NULL CHECK (purpose IN ('set_password')),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE login_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      success boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX login_attempt_email_idx ON login_attempt (email, at);
    CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at);

    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      institution_id uuid REFERENCES institution(id),
      actor_id uuid REFERENCES app_user(id),
      action text NOT NULL,
      student_id uuid REFERENCES app_user(id),
      entity_type text,
      entity_id text,
      detail jsonb,
      ip text
    );
    CREATE INDEX audit_log_institution_idx ON audit_log (institution_id, id DESC);
    CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC);
    CREATE INDEX audit_log_student_idx ON audit_log (student_id, id DESC);

    CREATE TABLE mail_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid REFERENCES institution(id),
      to_address text NOT NULL,
      subject text NOT NULL,
      body_text text NOT NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'outbox', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    );
    CREATE INDEX mail_message_created_idx ON mail_message (created_at DESC, id);

    CREATE TABLE job (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      queue text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 5,
      run_at timestamptz NOT NULL DEFAULT now(),
      locked_at timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX job_pending_idx ON job (run_at) WHERE status = 'pending';

    CREATE TABLE roster_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      created_by uuid NOT NULL REFERENCES app_user(id),
      filename text NOT NULL,
      status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'queued', 'running', 'done', 'failed')),
      delimiter text NOT NULL,
      headers jsonb NOT NULL,
      content text NOT NULL,
      total_rows integer NOT NULL,
      mapping jsonb,
      skip_invalid boolean NOT NULL DEFAULT false,
      processed_rows integer NOT NULL DEFAULT 0,
      inserted_count integer NOT NULL DEFAULT 0,
      updated_count integer NOT NULL DEFAULT 0,
      unchanged_count integer NOT NULL DEFAULT 0,
      skipped_count integer NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]',
      failure text,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE roster_import, job, mail_message, audit_log, login_attempt, user_token, user_session,
      student_link, assignment, enrolment, app_user, cohort, programme, sector, institution;
  `.execute(db);
}
