import { sql, type Kysely } from 'kysely';

/*
 * Summaries of the self-assessments for the institution dashboard and the caseload, which
 * otherwise had to rank every response of every year on each request:
 * - self_assessment_latest: per student and instrument the latest two submitted self-assessments
 *   with the mean of their scale scores (caseload signals, caseload overview);
 * - self_assessment_latest_score: the scale scores of that latest one;
 * - self_assessment_cohort_score: those scores of the students currently enrolled in a class,
 *   counted per scale and whole score point (floor), with their sum: the manager's per-class
 *   distribution reads a few rows per class instead of five per student.
 *
 * Triggers keep them in step with instrument_response, instrument_scale_score and enrolment in
 * the same transaction, whoever writes (submission, demo seed, roster sync, bulk generators).
 * Statement-level triggers recompute the touched students and classes set-based, so a bulk insert
 * costs one refresh per statement; autosaving answers touches only updated_at and fires nothing.
 * Every refresh first locks the students' app_user rows and then the classes' cohort rows, each in
 * id order, so two transactions never interleave their recomputations of the same student or
 * class (the second waits and then reads what the first committed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE self_assessment_latest (
      student_id uuid NOT NULL,
      instrument_code text NOT NULL,
      institution_id uuid NOT NULL,
      latest_id uuid NOT NULL,
      latest_at timestamptz NOT NULL,
      -- Mean of the scale scores that have a value; NULL while a response has none.
      latest_mean double precision,
      previous_id uuid,
      previous_at timestamptz,
      previous_mean double precision,
      PRIMARY KEY (student_id, instrument_code)
    );

    CREATE TABLE self_assessment_latest_score (
      student_id uuid NOT NULL,
      instrument_code text NOT NULL,
      scale_code text NOT NULL,
      score double precision NOT NULL,
      PRIMARY KEY (student_id, instrument_code, scale_code)
    );

    CREATE TABLE self_assessment_cohort_score (
      cohort_id uuid NOT NULL,
      instrument_code text NOT NULL,
      scale_code text NOT NULL,
      -- Whole score point: a response scale has integer bounds, so the band follows from it.
      floor_score integer NOT NULL,
      students integer NOT NULL,
      score_sum double precision NOT NULL,
      PRIMARY KEY (cohort_id, instrument_code, scale_code, floor_score)
    );

    CREATE FUNCTION self_assessment_cohort_refresh(cohorts uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF cardinality(cohorts) IS NULL OR cardinality(cohorts) = 0 THEN
        RETURN;
      END IF;
      PERFORM 1 FROM cohort WHERE id = ANY (cohorts) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM self_assessment_cohort_score WHERE cohort_id = ANY (cohorts);
      INSERT INTO self_assessment_cohort_score (cohort_id, instrument_code, scale_code, floor_score, students, score_sum)
      SELECT e.cohort_id, s.instrument_code, s.scale_code, floor(s.score)::int, count(*), sum(s.score)
      FROM enrolment e JOIN self_assessment_latest_score s ON s.student_id = e.student_id
      WHERE e.cohort_id = ANY (cohorts) AND e.end_date IS NULL
      GROUP BY 1, 2, 3, 4;
    END;
    $$;

    CREATE FUNCTION self_assessment_refresh(students uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF cardinality(students) IS NULL OR cardinality(students) = 0 THEN
        RETURN;
      END IF;
      PERFORM 1 FROM app_user WHERE id = ANY (students) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM self_assessment_latest_score WHERE student_id = ANY (students);
      DELETE FROM self_assessment_latest WHERE student_id = ANY (students);
      INSERT INTO self_assessment_latest (student_id, instrument_code, institution_id, latest_id, latest_at, latest_mean, previous_id, previous_at, previous_mean)
      WITH ranked AS (
        SELECT r.id, r.institution_id, r.student_id, iv.code, r.submitted_at,
          row_number() OVER (PARTITION BY r.student_id, iv.code ORDER BY r.submitted_at DESC, r.id DESC) AS rn
        FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
        WHERE r.student_id = ANY (students) AND r.status = 'submitted' AND r.source = 'self'
      ),
      top2 AS (
        SELECT k.*, (SELECT avg(ss.score)::float8 FROM instrument_scale_score ss WHERE ss.response_id = k.id AND ss.score IS NOT NULL) AS mean
        FROM ranked k WHERE k.rn <= 2
      )
      -- Pivoted by aggregation, not by joining top2 to itself: a join may be planned as a rescan per
      -- row while a bulk load has left the statistics behind (seconds per thousand students).
      SELECT student_id, code, (array_agg(institution_id) FILTER (WHERE rn = 1))[1],
        (array_agg(id) FILTER (WHERE rn = 1))[1], max(submitted_at) FILTER (WHERE rn = 1), max(mean) FILTER (WHERE rn = 1),
        (array_agg(id) FILTER (WHERE rn = 2))[1], max(submitted_at) FILTER (WHERE rn = 2), max(mean) FILTER (WHERE rn = 2)
      FROM top2 GROUP BY student_id, code;
      INSERT INTO self_assessment_latest_score (student_id, instrument_code, scale_code, score)
      SELECT l.student_id, l.instrument_code, ss.scale_code, ss.score
      FROM self_assessment_latest l JOIN instrument_scale_score ss ON ss.response_id = l.latest_id AND ss.score IS NOT NULL
      WHERE l.student_id = ANY (students);
      PERFORM self_assessment_cohort_refresh(ARRAY(
        SELECT DISTINCT cohort_id FROM enrolment WHERE student_id = ANY (students) AND end_date IS NULL));
    END;
    $$;

    -- Inserted or deleted responses: the statement's rows are in the transition table changed.
    CREATE FUNCTION self_assessment_on_responses() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM self_assessment_refresh(ARRAY(SELECT DISTINCT student_id FROM changed WHERE source = 'self' AND status = 'submitted'));
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER self_assessment_response_insert AFTER INSERT ON instrument_response
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_responses();
    CREATE TRIGGER self_assessment_response_delete AFTER DELETE ON instrument_response
      REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_responses();

    -- Submission, or any change of what makes a response count.
    CREATE FUNCTION self_assessment_on_response_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM self_assessment_refresh(ARRAY[OLD.student_id, NEW.student_id]);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER self_assessment_response_update
      AFTER UPDATE OF status, submitted_at, source, student_id, instrument_version_id ON instrument_response
      FOR EACH ROW WHEN (OLD.source = 'self' OR NEW.source = 'self') EXECUTE FUNCTION self_assessment_on_response_update();

    -- Scale scores arrive after the response is marked submitted. A delete cascaded from the
    -- response finds no response here and is handled by the response's own trigger. One lookup by
    -- key per response, for the same reason as the pivot above (seen: minutes instead of a second).
    CREATE FUNCTION self_assessment_on_scores() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM self_assessment_refresh(ARRAY(
        SELECT DISTINCT x.student_id FROM (
          SELECT (SELECT r.student_id FROM instrument_response r WHERE r.id = c.response_id AND r.source = 'self' AND r.status = 'submitted') AS student_id
          FROM (SELECT DISTINCT response_id FROM changed) c
        ) x WHERE x.student_id IS NOT NULL));
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER self_assessment_score_insert AFTER INSERT ON instrument_scale_score
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_scores();
    CREATE TRIGGER self_assessment_score_update AFTER UPDATE ON instrument_scale_score
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_scores();
    CREATE TRIGGER self_assessment_score_delete AFTER DELETE ON instrument_scale_score
      REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_scores();

    -- A student joins, leaves or changes class: recompute the classes of the current enrolments
    -- that appeared or disappeared, if the student has scores at all (a roster import of new
    -- students changes no counts). A trigger can have transition tables for one event only.
    CREATE FUNCTION self_assessment_on_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      students uuid[];
      cohorts uuid[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT student_id) INTO students FROM new_rows WHERE end_date IS NULL;
      ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT student_id) INTO students FROM old_rows WHERE end_date IS NULL;
      ELSE
        SELECT array_agg(DISTINCT x.student_id) INTO students
        FROM (SELECT student_id FROM old_rows WHERE end_date IS NULL UNION ALL SELECT student_id FROM new_rows WHERE end_date IS NULL) x;
      END IF;
      IF cardinality(students) > 0 THEN
        -- The students first, like a student's own refresh, so the two cannot miss each other;
        -- only then is it certain which of them have scores.
        PERFORM 1 FROM app_user WHERE id = ANY (students) ORDER BY id FOR NO KEY UPDATE;
        students := ARRAY(SELECT DISTINCT s.student_id FROM self_assessment_latest_score s WHERE s.student_id = ANY (students));
      END IF;
      IF cardinality(students) > 0 THEN
        IF TG_OP = 'INSERT' THEN
          cohorts := ARRAY(SELECT DISTINCT cohort_id FROM new_rows WHERE end_date IS NULL AND student_id = ANY (students));
        ELSIF TG_OP = 'DELETE' THEN
          cohorts := ARRAY(SELECT DISTINCT cohort_id FROM old_rows WHERE end_date IS NULL AND student_id = ANY (students));
        ELSE
          cohorts := ARRAY(SELECT DISTINCT x.cohort_id FROM (
            SELECT student_id, cohort_id FROM old_rows WHERE end_date IS NULL UNION ALL SELECT student_id, cohort_id FROM new_rows WHERE end_date IS NULL
          ) x WHERE x.student_id = ANY (students));
        END IF;
        PERFORM self_assessment_cohort_refresh(cohorts);
      END IF;
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER self_assessment_enrolment_insert AFTER INSERT ON enrolment
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_enrolments();
    CREATE TRIGGER self_assessment_enrolment_update AFTER UPDATE ON enrolment
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_enrolments();
    CREATE TRIGGER self_assessment_enrolment_delete AFTER DELETE ON enrolment
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION self_assessment_on_enrolments();

    SELECT self_assessment_refresh(ARRAY(SELECT DISTINCT student_id FROM instrument_response WHERE source = 'self' AND status = 'submitted'));

    -- The manager's "conversations held this school year" per student, without a lookup per student.
    CREATE INDEX conversation_held_idx ON conversation (institution_id, starts_at) INCLUDE (student_id) WHERE status = 'held';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX conversation_held_idx;
    DROP TRIGGER self_assessment_enrolment_delete ON enrolment;
    DROP TRIGGER self_assessment_enrolment_update ON enrolment;
    DROP TRIGGER self_assessment_enrolment_insert ON enrolment;
    DROP TRIGGER self_assessment_score_delete ON instrument_scale_score;
    DROP TRIGGER self_assessment_score_update ON instrument_scale_score;
    DROP TRIGGER self_assessment_score_insert ON instrument_scale_score;
    DROP TRIGGER self_assessment_response_update ON instrument_response;
    DROP TRIGGER self_assessment_response_delete ON instrument_response;
    DROP TRIGGER self_assessment_response_insert ON instrument_response;
    DROP FUNCTION self_assessment_on_enrolments(), self_assessment_on_scores(), self_assessment_on_response_update(),
      self_assessment_on_responses(), self_assessment_refresh(uuid[]), self_assessment_cohort_refresh(uuid[]);
    DROP TABLE self_assessment_cohort_score, self_assessment_latest_score, self_assessment_latest;
  `.execute(db);
}
