import { sql, type Kysely } from 'kysely';

/*
 * The end-of-year student evaluation of guidance (`slb-evaluatie`). A student answers about one of
 * their current counsellors: an ordinary instrument response whose subject (`student_id`) is the
 * counsellor, like the staff ratings of 0005, with the new source 'student'. The respondent is
 * stored only so the student can resume their own draft; it never leaves the database for the
 * counsellor, who reads means of at least five responses.
 *
 * Whether a school runs the evaluation is its own choice, per school year: one row per year that
 * was switched on or off, with who did it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE instrument_response DROP CONSTRAINT instrument_response_source_check;
    ALTER TABLE instrument_response ADD CONSTRAINT instrument_response_source_check
      CHECK (source IN ('self', 'counsellor', 'supervisor', 'colleague', 'manager', 'student'));
    -- The counsellor's aggregate: submitted evaluations of one subject, by date.
    CREATE INDEX instrument_response_evaluation_idx ON instrument_response (student_id, submitted_at)
      WHERE source = 'student' AND status = 'submitted';

    CREATE TABLE guidance_evaluation_year (
      institution_id uuid NOT NULL REFERENCES institution(id),
      school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
      enabled boolean NOT NULL,
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (institution_id, school_year)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE guidance_evaluation_year;
    DROP INDEX instrument_response_evaluation_idx;
    DELETE FROM instrument_response WHERE source = 'student';
    ALTER TABLE instrument_response DROP CONSTRAINT instrument_response_source_check;
    ALTER TABLE instrument_response ADD CONSTRAINT instrument_response_source_check
      CHECK (source IN ('self', 'counsellor', 'supervisor', 'colleague', 'manager'));
  `.execute(db);
}
