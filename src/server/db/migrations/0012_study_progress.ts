import { sql, type Kysely } from 'kysely';

/*
 * Study progress in the first year: credits on test results, the binding study advice (BSA) norm
 * per programme and school year with the advice given per student, and the registration of a
 * switch or dropout (which ends the enrolment) with its reasons in a join table, since a student
 * usually gives more than one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE test_result ADD COLUMN credits numeric(5, 1) CHECK (credits >= 0);

    CREATE TABLE bsa_norm (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programme(id),
      school_year text NOT NULL,
      threshold_credits integer NOT NULL CHECK (threshold_credits > 0),
      year_credits integer NOT NULL DEFAULT 60 CHECK (year_credits > 0),
      warning_on date NOT NULL,
      final_on date NOT NULL,
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, school_year),
      CHECK (threshold_credits <= year_credits),
      CHECK (warning_on < final_on)
    );

    CREATE TABLE bsa_advice (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      programme_id uuid NOT NULL REFERENCES programme(id),
      school_year text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('provisional', 'final')),
      outcome text NOT NULL CHECK (outcome IN ('warning', 'on_track', 'positive', 'negative', 'postponed')),
      note text NOT NULL DEFAULT '',
      decided_by uuid NOT NULL REFERENCES app_user(id),
      decided_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (student_id, programme_id, school_year, kind),
      CHECK ((kind = 'provisional' AND outcome IN ('warning', 'on_track')) OR (kind = 'final' AND outcome IN ('positive', 'negative', 'postponed')))
    );

    CREATE TABLE study_exit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      enrolment_id uuid NOT NULL UNIQUE REFERENCES enrolment(id),
      exit_on date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('switch', 'dropout')),
      destination text NOT NULL CHECK (destination IN ('programme_here', 'other_institution', 'work', 'unknown')),
      destination_programme_id uuid REFERENCES programme(id),
      note text NOT NULL DEFAULT '',
      conversation_id uuid REFERENCES conversation(id),
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX study_exit_institution_idx ON study_exit (institution_id, exit_on);

    CREATE TABLE study_exit_reason (
      exit_id uuid NOT NULL REFERENCES study_exit(id) ON DELETE CASCADE,
      reason text NOT NULL CHECK (reason IN ('expectations', 'study_skills', 'wrong_choice', 'level', 'personal', 'other')),
      PRIMARY KEY (exit_id, reason)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE study_exit_reason; DROP TABLE study_exit; DROP TABLE bsa_advice; DROP TABLE bsa_norm;
    ALTER TABLE test_result DROP COLUMN credits;
  `.execute(db);
}
