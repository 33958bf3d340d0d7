import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_competencies';
import * as m0003 from './0003_conversations';
import * as m0004 from './0004_guidance';
import * as m0005 from './0005_staff_development';
import * as m0006 from './0006_guidance_evaluation';
import * as m0007 from './0007_test_results';
import * as m0008 from './0008_portfolio';
import * as m0009 from './0009_surveys';
import * as m0010 from './0010_more_signals';
import * as m0011 from './0011_intake';
import * as m0012 from './0012_study_progress';
import * as m0013 from './0013_self_assessment_latest';
import * as m0014 from './0014_survey_response_pivot';
import * as m0015 from './0015_missing_indexes';
import * as m0016 from './0016_caseload_stamp';

/** Every migration in order. Names are permanent once released: never rename or edit one. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_competencies': m0002,
  '0003_conversations': m0003,
  '0004_guidance': m0004,
  '0005_staff_development': m0005,
  '0006_guidance_evaluation': m0006,
  '0007_test_results': m0007,
  '0008_portfolio': m0008,
  '0009_surveys': m0009,
  '0010_more_signals': m0010,
  '0011_intake': m0011,
  '0012_study_progress': m0012,
  '0013_self_assessment_latest': m0013,
  '0014_survey_response_pivot': m0014,
  '0015_missing_indexes': m0015,
  '0016_caseload_stamp': m0016,
};
