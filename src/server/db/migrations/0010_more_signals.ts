import { sql, type Kysely } from 'kysely';

/** Thresholds for the caseload signals from the portfolio and from surveys shared with guidance. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE signal_settings
      ADD COLUMN portfolio_inactive_weeks integer NOT NULL DEFAULT 6 CHECK (portfolio_inactive_weeks BETWEEN 1 AND 52),
      ADD COLUMN low_choice_certainty numeric(3, 2) NOT NULL DEFAULT 2.5,
      ADD COLUMN falling_choice_certainty numeric(3, 2) NOT NULL DEFAULT 0.5,
      ADD COLUMN high_dropout_risk numeric(3, 2) NOT NULL DEFAULT 3;
    CREATE INDEX survey_invitation_user_idx ON survey_invitation (user_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX survey_invitation_user_idx;
    ALTER TABLE signal_settings DROP COLUMN portfolio_inactive_weeks, DROP COLUMN low_choice_certainty,
      DROP COLUMN falling_choice_certainty, DROP COLUMN high_dropout_risk;
  `.execute(db);
}
