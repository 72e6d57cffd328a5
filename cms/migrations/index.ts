import * as migration_20261125_030407_initial from './20261125_030407_initial';
import * as migration_20261125_063052_question_pool from './20261125_063052_question_pool';
import * as migration_20261130_173425_report_integrity from './20261130_173425_report_integrity';
import * as migration_20261130_190529_drop_quizzes from './20261130_190529_drop_quizzes';
import * as migration_20261130_200201_search_aliases from './20261130_200201_search_aliases';
import * as migration_20261130_200303_citation_reviews from './20261130_200303_citation_reviews';
import * as migration_20261130_200827_site_builds from './20261130_200827_site_builds';
import * as migration_20261130_202318_law_imports from './20261130_202318_law_imports';
import * as migration_20261130_203232_certificate_issuer_revocation from './20261130_203232_certificate_issuer_revocation';
import * as migration_20261130_203904_law_status_dates from './20261130_203904_law_status_dates';
import * as migration_20261130_211627_exam_blueprint_accommodations from './20261130_211627_exam_blueprint_accommodations';
import * as migration_20261130_211713_learner_board_name from './20261130_211713_learner_board_name';
import * as migration_20261130_231526_classroom from './20261130_231526_classroom';
import * as migration_20261130_232817_report_narrative_rubric from './20261130_232817_report_narrative_rubric';
import * as migration_20261130_233538_media_pipeline from './20261130_233538_media_pipeline';
import * as migration_20261130_233704_unit_invitations_login_names from './20261130_233704_unit_invitations_login_names';

export const migrations = [
  {
    up: migration_20261125_030407_initial.up,
    down: migration_20261125_030407_initial.down,
    name: '20261125_030407_initial',
  },
  {
    up: migration_20261125_063052_question_pool.up,
    down: migration_20261125_063052_question_pool.down,
    name: '20261125_063052_question_pool',
  },
  {
    up: migration_20261130_173425_report_integrity.up,
    down: migration_20261130_173425_report_integrity.down,
    name: '20261130_173425_report_integrity',
  },
  {
    up: migration_20261130_190529_drop_quizzes.up,
    down: migration_20261130_190529_drop_quizzes.down,
    name: '20261130_190529_drop_quizzes',
  },
  {
    up: migration_20261130_200201_search_aliases.up,
    down: migration_20261130_200201_search_aliases.down,
    name: '20261130_200201_search_aliases',
  },
  {
    up: migration_20261130_200303_citation_reviews.up,
    down: migration_20261130_200303_citation_reviews.down,
    name: '20261130_200303_citation_reviews',
  },
  {
    up: migration_20261130_200827_site_builds.up,
    down: migration_20261130_200827_site_builds.down,
    name: '20261130_200827_site_builds',
  },
  {
    up: migration_20261130_202318_law_imports.up,
    down: migration_20261130_202318_law_imports.down,
    name: '20261130_202318_law_imports',
  },
  {
    up: migration_20261130_203232_certificate_issuer_revocation.up,
    down: migration_20261130_203232_certificate_issuer_revocation.down,
    name: '20261130_203232_certificate_issuer_revocation',
  },
  {
    up: migration_20261130_203904_law_status_dates.up,
    down: migration_20261130_203904_law_status_dates.down,
    name: '20261130_203904_law_status_dates',
  },
  {
    up: migration_20261130_211627_exam_blueprint_accommodations.up,
    down: migration_20261130_211627_exam_blueprint_accommodations.down,
    name: '20261130_211627_exam_blueprint_accommodations',
  },
  {
    up: migration_20261130_211713_learner_board_name.up,
    down: migration_20261130_211713_learner_board_name.down,
    name: '20261130_211713_learner_board_name',
  },
  {
    up: migration_20261130_231526_classroom.up,
    down: migration_20261130_231526_classroom.down,
    name: '20261130_231526_classroom',
  },
  {
    up: migration_20261130_232817_report_narrative_rubric.up,
    down: migration_20261130_232817_report_narrative_rubric.down,
    name: '20261130_232817_report_narrative_rubric',
  },
  {
    up: migration_20261130_233538_media_pipeline.up,
    down: migration_20261130_233538_media_pipeline.down,
    name: '20261130_233538_media_pipeline',
  },
  {
    up: migration_20261130_233704_unit_invitations_login_names.up,
    down: migration_20261130_233704_unit_invitations_login_names.down,
    name: '20261130_233704_unit_invitations_login_names'
  },
];
