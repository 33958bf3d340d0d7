import { sql, type Kysely } from 'kysely';

/*
 * A change stamp per student for everything the caseload shows of them (decision 022). Each
 * statement that writes one of those tables gives the students it touched a new number from one
 * sequence; a change to what every caseload shares (classes, programmes, cadence norms,
 * milestones, which campaigns feed guidance) renews the row of the nil subject. An app process
 * keeps a counsellor's caseload rows together with a digest of the stamps of the students in it
 * and serves them again only while the digest is unchanged — in every process, since the stamps
 * live in the database and are written in the same transaction as the data.
 *
 * Statement-level triggers with transition tables, so a bulk insert (a roster import, a survey
 * import) touches each student once rather than once per row. Updates that cannot change a
 * caseload (a survey reminder, a survey autosave, an account's timestamps) do not fire at all.
 */

const PER_STUDENT = [
  'assignment',
  'enrolment',
  'self_assessment_latest',
  'conversation',
  'conversation_action',
  'test_result',
  'portfolio_evidence',
  'portfolio_goal',
  'referral',
  'intake',
  'student_milestone_tick',
];

const SHARED = ['cohort', 'programme', 'cadence_norm', 'programme_milestone'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE SEQUENCE caseload_stamp_seq;
    CREATE TABLE caseload_stamp (
      subject uuid PRIMARY KEY,
      stamp bigint NOT NULL
    );

    -- In subject order, so two statements that touch overlapping students lock them in one order.
    CREATE FUNCTION caseload_touch(subjects uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO caseload_stamp (subject, stamp)
      SELECT s, nextval('caseload_stamp_seq') FROM (SELECT DISTINCT s FROM unnest(subjects) AS s WHERE s IS NOT NULL ORDER BY s) x
      ON CONFLICT (subject) DO UPDATE SET stamp = excluded.stamp
    $$;

    CREATE FUNCTION caseload_on_student_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM caseload_touch(ARRAY(SELECT student_id FROM new_rows));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM caseload_touch(ARRAY(SELECT student_id FROM old_rows));
      ELSE
        PERFORM caseload_touch(ARRAY(SELECT student_id FROM new_rows UNION SELECT student_id FROM old_rows));
      END IF;
      RETURN NULL;
    END;
    $$;

    CREATE FUNCTION caseload_on_shared_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM caseload_touch(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
      RETURN NULL;
    END;
    $$;

    -- Only the name shows in a caseload; a login's timestamps must not renew anything.
    CREATE FUNCTION caseload_on_user_name() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM caseload_touch(ARRAY[NEW.id]);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER caseload_user_name AFTER UPDATE OF display_name, sort_name ON app_user
      FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.sort_name IS DISTINCT FROM NEW.sort_name)
      EXECUTE FUNCTION caseload_on_user_name();

    -- Survey scores reach a caseload through the response's invitation. New invitations and
    -- reminders change nothing a caseload shows; moving or removing an invitation does. (A trigger
    -- limited to some columns cannot have transition tables: these are per row, and rare.)
    CREATE FUNCTION caseload_on_invitation_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM caseload_touch(ARRAY[OLD.user_id, NEW.user_id]);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER caseload_invitation_update AFTER UPDATE OF user_id, campaign_id ON survey_invitation
      FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id)
      EXECUTE FUNCTION caseload_on_invitation_row();
    CREATE FUNCTION caseload_on_invitations_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM caseload_touch(ARRAY(SELECT user_id FROM old_rows));
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER caseload_invitation_delete AFTER DELETE ON survey_invitation
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_invitations_deleted();

    -- Submitting, reopening or anonymising a response; an autosave sets none of these columns.
    CREATE FUNCTION caseload_on_response_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM caseload_touch(ARRAY(SELECT user_id FROM survey_invitation WHERE id IN (OLD.invitation_id, NEW.invitation_id)));
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER caseload_response_update AFTER UPDATE OF status, invitation_id, submitted_at ON survey_response
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.invitation_id IS DISTINCT FROM NEW.invitation_id
        OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at)
      EXECUTE FUNCTION caseload_on_response_row();
    CREATE FUNCTION caseload_on_responses_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM caseload_touch(ARRAY(SELECT i.user_id FROM old_rows r JOIN survey_invitation i ON i.id = r.invitation_id));
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER caseload_response_delete AFTER DELETE ON survey_response
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_responses_deleted();

    -- Scores reach a caseload through their response's invitation. A delete cascaded from the
    -- response finds no response here and is handled by the response's own trigger.
    CREATE FUNCTION caseload_on_survey_scores() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM caseload_touch(ARRAY(SELECT i.user_id FROM (SELECT DISTINCT response_id FROM new_rows) c
          JOIN survey_response r ON r.id = c.response_id JOIN survey_invitation i ON i.id = r.invitation_id));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM caseload_touch(ARRAY(SELECT i.user_id FROM (SELECT DISTINCT response_id FROM old_rows) c
          JOIN survey_response r ON r.id = c.response_id JOIN survey_invitation i ON i.id = r.invitation_id));
      ELSE
        PERFORM caseload_touch(ARRAY(SELECT i.user_id FROM (SELECT response_id FROM new_rows UNION SELECT response_id FROM old_rows) c
          JOIN survey_response r ON r.id = c.response_id JOIN survey_invitation i ON i.id = r.invitation_id));
      END IF;
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER caseload_survey_score_insert AFTER INSERT ON survey_scale_score
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_survey_scores();
    CREATE TRIGGER caseload_survey_score_update AFTER UPDATE ON survey_scale_score
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_survey_scores();
    CREATE TRIGGER caseload_survey_score_delete AFTER DELETE ON survey_scale_score
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_survey_scores();

    CREATE TRIGGER caseload_campaign_feeds AFTER UPDATE OF feeds_guidance OR DELETE ON survey_campaign
      FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_shared_rows();
  `.execute(db);
  for (const table of PER_STUDENT) {
    const t = sql.id(table);
    await sql`
      CREATE TRIGGER ${sql.id(`caseload_${table}_insert`)} AFTER INSERT ON ${t}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_student_rows();
      CREATE TRIGGER ${sql.id(`caseload_${table}_update`)} AFTER UPDATE ON ${t}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_student_rows();
      CREATE TRIGGER ${sql.id(`caseload_${table}_delete`)} AFTER DELETE ON ${t}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_student_rows();
    `.execute(db);
  }
  for (const table of SHARED) {
    await sql`
      CREATE TRIGGER ${sql.id(`caseload_${table}_change`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.id(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION caseload_on_shared_rows();
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of SHARED) await sql`DROP TRIGGER ${sql.id(`caseload_${table}_change`)} ON ${sql.id(table)}`.execute(db);
  for (const table of PER_STUDENT) {
    for (const event of ['insert', 'update', 'delete']) await sql`DROP TRIGGER ${sql.id(`caseload_${table}_${event}`)} ON ${sql.id(table)}`.execute(db);
  }
  await sql`
    DROP TRIGGER caseload_campaign_feeds ON survey_campaign;
    DROP TRIGGER caseload_survey_score_insert ON survey_scale_score;
    DROP TRIGGER caseload_survey_score_update ON survey_scale_score;
    DROP TRIGGER caseload_survey_score_delete ON survey_scale_score;
    DROP TRIGGER caseload_response_update ON survey_response;
    DROP TRIGGER caseload_response_delete ON survey_response;
    DROP TRIGGER caseload_invitation_update ON survey_invitation;
    DROP TRIGGER caseload_invitation_delete ON survey_invitation;
    DROP TRIGGER caseload_user_name ON app_user;
    DROP FUNCTION caseload_on_survey_scores();
    DROP FUNCTION caseload_on_responses_deleted();
    DROP FUNCTION caseload_on_response_row();
    DROP FUNCTION caseload_on_invitations_deleted();
    DROP FUNCTION caseload_on_invitation_row();
    DROP FUNCTION caseload_on_user_name();
    DROP FUNCTION caseload_on_shared_rows();
    DROP FUNCTION caseload_on_student_rows();
    DROP FUNCTION caseload_touch(uuid[]);
    DROP TABLE caseload_stamp;
    DROP SEQUENCE caseload_stamp_seq;
  `.execute(db);
}
