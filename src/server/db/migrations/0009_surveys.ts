import { sql, type Kysely } from 'kysely';

/*
 * The quality monitor: survey campaigns over published instruments, invitations with response
 * tracking, responses (answered here or imported from elsewhere) kept apart from who answered, and
 * the LOB-scan's priorities and action plan. Reports aggregate these tables in SQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Reports suppress any group below this; the quality monitor's default is stricter than other views.
    ALTER TABLE institution ADD COLUMN survey_min_group_size integer NOT NULL DEFAULT 10
      CHECK (survey_min_group_size BETWEEN 2 AND 100);

    CREATE TABLE survey_campaign (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institution(id),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      audience text NOT NULL CHECK (audience IN ('students', 'staff', 'team')),
      -- anonymous: nothing links a response to a person; pseudonymous: a stable code per person and campaign.
      anonymity text NOT NULL CHECK (anonymity IN ('anonymous', 'pseudonymous')),
      /*
       * Only for pseudonymous student surveys that say so to the student up front: the counsellor's
       * caseload may then use the student's own latest choice certainty and dropout-risk scores.
       */
      feeds_guidance boolean NOT NULL DEFAULT false,
      team_id uuid REFERENCES team(id),
      opens_on date NOT NULL,
      closes_on date NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
      -- The LOB-scan cycle this one follows up, so last cycle's action plan can be revisited.
      previous_campaign_id uuid REFERENCES survey_campaign(id),
      -- Holds answers gathered elsewhere (CSV import): closed from the start, never invites anyone.
      imported boolean NOT NULL DEFAULT false,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (closes_on >= opens_on),
      CHECK (audience <> 'team' OR team_id IS NOT NULL),
      CHECK (NOT feeds_guidance OR (anonymity = 'pseudonymous' AND audience = 'students')),
      CHECK (NOT imported OR (status = 'closed' AND NOT feeds_guidance))
    );
    CREATE INDEX survey_campaign_institution_idx ON survey_campaign (institution_id, opens_on DESC);

    CREATE TABLE survey_campaign_instrument (
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      instrument_version_id uuid NOT NULL REFERENCES instrument_version(id),
      position integer NOT NULL,
      PRIMARY KEY (campaign_id, instrument_version_id)
    );

    -- Which programmes / cohorts (students) or roles (staff) a campaign reaches.
    CREATE TABLE survey_target (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      programme_id uuid REFERENCES programme(id),
      cohort_id uuid REFERENCES cohort(id),
      role text
    );
    CREATE INDEX survey_target_campaign_idx ON survey_target (campaign_id);

    -- One per invitee. The group is copied at invitation time so response rates stay stable.
    CREATE TABLE survey_invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user(id),
      sector_id uuid REFERENCES sector(id),
      programme_id uuid REFERENCES programme(id),
      cohort_id uuid REFERENCES cohort(id),
      token_hash text NOT NULL UNIQUE,
      invited_at timestamptz NOT NULL DEFAULT now(),
      reminded_at timestamptz,
      reminder_count integer NOT NULL DEFAULT 0,
      responded_at timestamptz,
      UNIQUE (campaign_id, user_id)
    );
    CREATE INDEX survey_invitation_open_idx ON survey_invitation (campaign_id) WHERE responded_at IS NULL;

    -- Imported survey data (CSV), with the same report-and-confirm flow as the roster import.
    CREATE TABLE survey_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      created_by uuid NOT NULL REFERENCES app_user(id),
      file_name text NOT NULL,
      status text NOT NULL CHECK (status IN ('checked', 'rejected', 'applied')),
      row_count integer NOT NULL DEFAULT 0,
      report jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      applied_at timestamptz
    );

    /*
     * A response carries group labels (sector, programme, gender, year…) but no user. While a
     * respondent is still answering, invitation_id holds their draft; on submission of an anonymous
     * campaign it is cleared, so nothing links the answers back to the invitee. Pseudonymous
     * campaigns keep it (reports show only the pseudonym).
     */
    CREATE TABLE survey_response (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      invitation_id uuid REFERENCES survey_invitation(id) ON DELETE SET NULL,
      pseudonym text,
      import_id uuid REFERENCES survey_import(id) ON DELETE CASCADE,
      sector text,
      programme text,
      cohort text,
      gender text,
      year text,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
      started_at timestamptz NOT NULL DEFAULT now(),
      submitted_at timestamptz,
      CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
    );
    CREATE INDEX survey_response_campaign_idx ON survey_response (campaign_id) WHERE status = 'submitted';
    CREATE UNIQUE INDEX survey_response_invitation_key ON survey_response (invitation_id) WHERE invitation_id IS NOT NULL;

    CREATE TABLE survey_answer (
      response_id uuid NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
      item_code text NOT NULL,
      value integer NOT NULL,
      PRIMARY KEY (response_id, item_code)
    );

    -- Written at submission or import, so scale statistics, correlations and regressions are SQL sums.
    CREATE TABLE survey_scale_score (
      response_id uuid NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
      scale_code text NOT NULL,
      score double precision NOT NULL,
      PRIMARY KEY (response_id, scale_code)
    );
    CREATE INDEX survey_scale_score_scale_idx ON survey_scale_score (scale_code);

    -- LOB-scan follow-up: the team's priorities and action plan for one cycle.
    CREATE TABLE lob_scan_priority (
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      theme_code text NOT NULL,
      rank integer NOT NULL CHECK (rank > 0),
      rationale text NOT NULL DEFAULT '',
      PRIMARY KEY (campaign_id, theme_code)
    );

    CREATE TABLE lob_scan_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES survey_campaign(id) ON DELETE CASCADE,
      theme_code text NOT NULL,
      what text NOT NULL,
      who text NOT NULL,
      due_on date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      -- Written when the next cycle looks back at this action.
      review_note text,
      reviewed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX lob_scan_action_campaign_idx ON lob_scan_action (campaign_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE lob_scan_action, lob_scan_priority, survey_scale_score, survey_answer, survey_response,
      survey_import, survey_invitation, survey_target, survey_campaign_instrument, survey_campaign;
    ALTER TABLE institution DROP COLUMN survey_min_group_size;
  `.execute(db);
}
