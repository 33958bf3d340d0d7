import { sql, type Kysely } from 'kysely';

/** Test results imported from the student information system, for the "failed tests" signal. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE test_result (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      course text NOT NULL,
      taken_on date NOT NULL,
      grade numeric(4, 2),
      passed boolean NOT NULL,
      imported_by uuid REFERENCES app_user(id),
      imported_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (student_id, course, taken_on)
    );
    CREATE INDEX test_result_failed_idx ON test_result (student_id, taken_on) WHERE NOT passed;

    ALTER TABLE signal_settings ADD COLUMN failed_tests integer NOT NULL DEFAULT 2;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE test_result; ALTER TABLE signal_settings DROP COLUMN failed_tests;`.execute(db);
}
