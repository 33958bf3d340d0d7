import { sql, type Kysely } from 'kysely';

/*
 * Signals for the caseload (thresholds per institution), referrals to second-line support with a
 * step plan and history, and handovers of students between counsellors.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE signal_settings (
      institution_id uuid PRIMARY KEY REFERENCES institution(id),
      action_grace_days integer NOT NULL DEFAULT 7,
      low_competency numeric(3, 2) NOT NULL DEFAULT 2.5,
      falling_competency numeric(3, 2) NOT NULL DEFAULT 0.5,
      referral_wait_days integer NOT NULL DEFAULT 10,
      no_conversation_days integer NOT NULL DEFAULT 120,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      student_id uuid NOT NULL REFERENCES app_user(id),
      referrer_id uuid NOT NULL REFERENCES app_user(id),
      specialist_id uuid REFERENCES app_user(id),
      line text NOT NULL CHECK (line IN ('second', 'external')),
      reason text NOT NULL,
      description text NOT NULL,
      consent text NOT NULL CHECK (consent IN ('given', 'not_given')),
      no_consent_reason text NOT NULL DEFAULT '',
      parents_may_see boolean NOT NULL DEFAULT false,
      external_party text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'in_behandeling', 'stappenplan', 'afgerond', 'terugverwezen')),
      feedback text NOT NULL DEFAULT '',
      submitted_at timestamptz NOT NULL DEFAULT now(),
      first_contact_at timestamptz,
      closed_at timestamptz,
      reminded_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      CHECK (consent = 'given' OR no_consent_reason <> ''),
      CHECK (status NOT IN ('afgerond', 'terugverwezen') OR (feedback <> '' AND closed_at IS NOT NULL))
    );
    CREATE INDEX referral_student_idx ON referral (student_id, submitted_at DESC);
    CREATE INDEX referral_open_idx ON referral (institution_id, status, submitted_at) WHERE closed_at IS NULL;

    CREATE TABLE referral_step (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
      position integer NOT NULL,
      what text NOT NULL,
      who text NOT NULL,
      due_date date,
      done boolean NOT NULL DEFAULT false
    );
    CREATE INDEX referral_step_referral_idx ON referral_step (referral_id, position);

    CREATE TABLE referral_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid REFERENCES app_user(id),
      from_status text,
      to_status text NOT NULL,
      note text NOT NULL DEFAULT ''
    );
    CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, at);

    CREATE TABLE handover (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      from_counsellor_id uuid NOT NULL REFERENCES app_user(id),
      to_counsellor_id uuid NOT NULL REFERENCES app_user(id),
      note text NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE handover_student (
      handover_id uuid NOT NULL REFERENCES handover(id) ON DELETE CASCADE,
      student_id uuid NOT NULL REFERENCES app_user(id),
      PRIMARY KEY (handover_id, student_id)
    );
    CREATE INDEX handover_student_student_idx ON handover_student (student_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE handover_student, handover, referral_event, referral_step, referral, signal_settings;`.execute(db);
}
