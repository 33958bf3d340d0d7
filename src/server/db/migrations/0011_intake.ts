import { sql, type Kysely } from 'kysely';

/*
 * The start of a study: an intake per enrolment (prior education, learning history, the study
 * choice check, support needs, agreed first steps, a warm-handover checklist), an intake type of
 * conversation, and the first-100-days milestones a programme sets, with manual ticks per student.
 * Whether a milestone is met is computed from the facts elsewhere (conversations, test results,
 * reflections, the intake), so nothing here can drift from them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE conversation DROP CONSTRAINT conversation_type_check;
    ALTER TABLE conversation ADD CONSTRAINT conversation_type_check
      CHECK (type IN ('kennismaking', 'voortgang', 'loopbaangesprek', 'bpv', 'exit', 'intake'));

    CREATE TABLE intake (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      enrolment_id uuid NOT NULL UNIQUE REFERENCES enrolment(id),
      prior_education text CHECK (prior_education IN ('havo', 'vwo', 'mbo', 'other')),
      mbo_level integer CHECK (mbo_level BETWEEN 1 AND 4),
      -- The mbo programme, or what "other" was.
      prior_detail text NOT NULL DEFAULT '',
      learning_history text NOT NULL DEFAULT '',
      choice_check_outcome text CHECK (choice_check_outcome IN ('positive', 'doubtful', 'negative', 'not_done')),
      choice_check_advice text NOT NULL DEFAULT '',
      support_needs text NOT NULL DEFAULT '',
      first_steps text NOT NULL DEFAULT '',
      dossier_import_id uuid REFERENCES dossier_import(id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
      completed_at timestamptz,
      completed_by uuid REFERENCES app_user(id),
      created_by uuid NOT NULL REFERENCES app_user(id),
      updated_by uuid REFERENCES app_user(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (status <> 'complete' OR completed_at IS NOT NULL)
    );
    CREATE INDEX intake_student_idx ON intake (student_id, created_at DESC);

    -- A ticked item of the warm-handover checklist; the items themselves are fixed in the domain.
    CREATE TABLE intake_handover_item (
      intake_id uuid NOT NULL REFERENCES intake(id) ON DELETE CASCADE,
      code text NOT NULL,
      done_by uuid NOT NULL REFERENCES app_user(id),
      done_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (intake_id, code)
    );

    CREATE TABLE programme_milestone (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programme(id),
      name_nl text NOT NULL,
      name_en text NOT NULL,
      -- Due at the end of this week after the start of the student's first enrolment in the programme.
      week integer NOT NULL CHECK (week BETWEEN 1 AND 52),
      kind text NOT NULL CHECK (kind IN ('conversation', 'test_results', 'reflection', 'intake', 'manual')),
      position integer NOT NULL DEFAULT 0,
      updated_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX programme_milestone_programme_idx ON programme_milestone (programme_id, week, position);

    CREATE TABLE student_milestone_tick (
      student_id uuid NOT NULL REFERENCES app_user(id),
      milestone_id uuid NOT NULL REFERENCES programme_milestone(id) ON DELETE CASCADE,
      ticked_by uuid NOT NULL REFERENCES app_user(id),
      ticked_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (student_id, milestone_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE student_milestone_tick, programme_milestone, intake_handover_item, intake;
    DELETE FROM conversation WHERE type = 'intake';
    ALTER TABLE conversation DROP CONSTRAINT conversation_type_check;
    ALTER TABLE conversation ADD CONSTRAINT conversation_type_check
      CHECK (type IN ('kennismaking', 'voortgang', 'loopbaangesprek', 'bpv', 'exit'));
  `.execute(db);
}
