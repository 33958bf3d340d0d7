import { sql, type Kysely } from 'kysely';

/*
 * One row per submitted survey response with its answers and scale scores as arrays, in the
 * campaign's questionnaire order (survey_campaign_layout). The quality monitor's report and export
 * read one short row per respondent instead of every answer row (20,000 rows instead of 800,000
 * for a large campaign): counts, alpha, correlations and regressions become one pass with FILTER
 * aggregates over array elements (decision 016).
 *
 * Triggers keep the pivot in step with survey_answer, survey_scale_score and the response's
 * status in the same transaction, whoever writes them (submission, CSV import, demo seed, bulk
 * generators); statement-level triggers recompute the touched responses set-based, so a bulk
 * insert costs one refresh per statement. Drafts have no row, so autosaving a draft only looks up
 * its status. A submitted response without any answer or score has no row either: to every
 * aggregate that is the same as a row of missing values.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The order of a campaign's items and scales: instruments by position, then each definition's scales and their items.
    -- Campaign instruments are fixed at creation and instrument versions are immutable, so the order never changes.
    CREATE VIEW survey_campaign_layout AS
    SELECT c.id AS campaign_id,
      ARRAY(
        SELECT i.code
        FROM survey_campaign_instrument ci JOIN instrument_version iv ON iv.id = ci.instrument_version_id
        CROSS JOIN LATERAL jsonb_array_elements(iv.definition -> 'scales') WITH ORDINALITY AS s(scale, ord)
        CROSS JOIN LATERAL jsonb_array_elements_text(s.scale -> 'items') WITH ORDINALITY AS i(code, ord)
        WHERE ci.campaign_id = c.id ORDER BY ci.position, ci.instrument_version_id, s.ord, i.ord
      ) AS item_codes,
      ARRAY(
        SELECT s.scale ->> 'code'
        FROM survey_campaign_instrument ci JOIN instrument_version iv ON iv.id = ci.instrument_version_id
        CROSS JOIN LATERAL jsonb_array_elements(iv.definition -> 'scales') WITH ORDINALITY AS s(scale, ord)
        WHERE ci.campaign_id = c.id ORDER BY ci.position, ci.instrument_version_id, s.ord
      ) AS scale_codes
    FROM survey_campaign c;

    CREATE TABLE survey_response_pivot (
      response_id uuid PRIMARY KEY REFERENCES survey_response(id) ON DELETE CASCADE,
      campaign_id uuid NOT NULL,
      -- Raw values at the positions of survey_campaign_layout.item_codes; NULL = not answered (a NULL array: none yet).
      answers integer[],
      -- Stored scale scores at the positions of survey_campaign_layout.scale_codes; NULL = no score (a NULL array: none yet).
      scores double precision[]
    );
    CREATE INDEX survey_response_pivot_campaign_idx ON survey_response_pivot (campaign_id);
    -- A campaign's submitted responses in id order: the export pages through them by id.
    CREATE INDEX survey_response_submitted_idx ON survey_response (campaign_id, id) WHERE status = 'submitted';
    DROP INDEX survey_response_campaign_idx;

    /*
     * Rewrites the answers and/or scores of these responses from survey_answer and
     * survey_scale_score. Set-based per campaign: each response's rows are read with one index range
     * scan (OFFSET 0 keeps that per response, so the cost follows the responses touched, not the
     * table size) and placed by position with one FILTER aggregate per array element. Without JIT:
     * the planner's estimate for a bulk refresh passes the JIT threshold, and compiling the
     * aggregates took longer (≈ 1.8 s) than running them.
     */
    CREATE FUNCTION survey_pivot_refresh(ids uuid[], with_answers boolean, with_scores boolean) RETURNS void LANGUAGE plpgsql
    SET jit = off AS $$
    DECLARE
      c record;
      elements text;
    BEGIN
      IF cardinality(ids) IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
      END IF;
      DELETE FROM survey_response_pivot p WHERE p.response_id = ANY (ids)
        AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.id = p.response_id AND r.status = 'submitted');
      FOR c IN
        WITH r AS (SELECT campaign_id, array_agg(id) AS responses FROM survey_response WHERE id = ANY (ids) AND status = 'submitted' GROUP BY campaign_id)
        SELECT r.campaign_id, r.responses, l.item_codes, l.scale_codes FROM r JOIN survey_campaign_layout l ON l.campaign_id = r.campaign_id
      LOOP
        IF with_answers AND cardinality(c.item_codes) > 0 THEN
          SELECT string_agg(format('max(a.value) FILTER (WHERE u.ord = %s)', n), ', ' ORDER BY n) INTO elements
          FROM generate_series(1, cardinality(c.item_codes)) AS n;
          EXECUTE format($q$
            INSERT INTO survey_response_pivot (response_id, campaign_id, answers)
            SELECT r.id, $1, ARRAY[%s]::integer[]
            FROM unnest($2) AS r(id)
            LEFT JOIN LATERAL (SELECT a.item_code, a.value FROM survey_answer a WHERE a.response_id = r.id OFFSET 0) a ON true
            LEFT JOIN unnest($3) WITH ORDINALITY AS u(code, ord) ON u.code = a.item_code
            GROUP BY r.id
            ON CONFLICT (response_id) DO UPDATE SET answers = EXCLUDED.answers $q$, elements)
          USING c.campaign_id, c.responses, c.item_codes;
        END IF;
        IF with_scores AND cardinality(c.scale_codes) > 0 THEN
          SELECT string_agg(format('max(s.score) FILTER (WHERE u.ord = %s)', n), ', ' ORDER BY n) INTO elements
          FROM generate_series(1, cardinality(c.scale_codes)) AS n;
          EXECUTE format($q$
            INSERT INTO survey_response_pivot (response_id, campaign_id, scores)
            SELECT r.id, $1, ARRAY[%s]::double precision[]
            FROM unnest($2) AS r(id)
            LEFT JOIN LATERAL (SELECT s.scale_code, s.score FROM survey_scale_score s WHERE s.response_id = r.id OFFSET 0) s ON true
            LEFT JOIN unnest($3) WITH ORDINALITY AS u(code, ord) ON u.code = s.scale_code
            GROUP BY r.id
            ON CONFLICT (response_id) DO UPDATE SET scores = EXCLUDED.scores $q$, elements)
          USING c.campaign_id, c.responses, c.scale_codes;
        END IF;
      END LOOP;
    END;
    $$;

    -- Answers and scores: statement level, the transition table is named changed; drafts are skipped.
    CREATE FUNCTION survey_pivot_on_answers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM survey_pivot_refresh(ARRAY(
        SELECT DISTINCT c.response_id FROM changed c JOIN survey_response r ON r.id = c.response_id WHERE r.status = 'submitted'), true, false);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER survey_pivot_answer_insert AFTER INSERT ON survey_answer
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION survey_pivot_on_answers();
    CREATE TRIGGER survey_pivot_answer_update AFTER UPDATE ON survey_answer
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION survey_pivot_on_answers();
    CREATE TRIGGER survey_pivot_answer_delete AFTER DELETE ON survey_answer
      REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION survey_pivot_on_answers();

    CREATE FUNCTION survey_pivot_on_scores() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM survey_pivot_refresh(ARRAY(
        SELECT DISTINCT c.response_id FROM changed c JOIN survey_response r ON r.id = c.response_id WHERE r.status = 'submitted'), false, true);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER survey_pivot_score_insert AFTER INSERT ON survey_scale_score
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION survey_pivot_on_scores();
    CREATE TRIGGER survey_pivot_score_update AFTER UPDATE ON survey_scale_score
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION survey_pivot_on_scores();
    CREATE TRIGGER survey_pivot_score_delete AFTER DELETE ON survey_scale_score
      REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION survey_pivot_on_scores();

    -- Submission (scores are written while the response is still a draft, in the same transaction).
    CREATE FUNCTION survey_pivot_on_status() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM survey_pivot_refresh(ARRAY[NEW.id], true, true);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER survey_pivot_response_status AFTER UPDATE OF status ON survey_response
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION survey_pivot_on_status();

    SELECT survey_pivot_refresh(ARRAY(SELECT id FROM survey_response WHERE status = 'submitted'), true, true);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER survey_pivot_response_status ON survey_response;
    DROP TRIGGER survey_pivot_score_delete ON survey_scale_score;
    DROP TRIGGER survey_pivot_score_update ON survey_scale_score;
    DROP TRIGGER survey_pivot_score_insert ON survey_scale_score;
    DROP TRIGGER survey_pivot_answer_delete ON survey_answer;
    DROP TRIGGER survey_pivot_answer_update ON survey_answer;
    DROP TRIGGER survey_pivot_answer_insert ON survey_answer;
    DROP FUNCTION survey_pivot_on_status(), survey_pivot_on_scores(), survey_pivot_on_answers(), survey_pivot_refresh(uuid[], boolean, boolean);
    DROP TABLE survey_response_pivot;
    DROP VIEW survey_campaign_layout;
    CREATE INDEX survey_response_campaign_idx ON survey_response (campaign_id) WHERE status = 'submitted';
    DROP INDEX survey_response_submitted_idx;
  `.execute(db);
}
