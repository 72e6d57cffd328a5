import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`quiz_sets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`time_limit_seconds\` numeric DEFAULT 20,
  	\`scoring\` text DEFAULT 'speed' NOT NULL,
  	\`school_id\` integer,
  	\`owner_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_sets_school_idx\` ON \`quiz_sets\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_sets_owner_idx\` ON \`quiz_sets\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_sets_updated_at_idx\` ON \`quiz_sets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_sets_created_at_idx\` ON \`quiz_sets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quiz_sets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quiz_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_sets_rels_order_idx\` ON \`quiz_sets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quiz_sets_rels_parent_idx\` ON \`quiz_sets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_sets_rels_path_idx\` ON \`quiz_sets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quiz_sets_rels_questions_id_idx\` ON \`quiz_sets_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE TABLE \`class_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`quiz_set_id\` integer,
  	\`school_id\` integer NOT NULL,
  	\`host_id\` integer NOT NULL,
  	\`class_name\` text,
  	\`mode\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`game_id\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`scoring\` text NOT NULL,
  	\`time_limit_seconds\` numeric,
  	\`started_at\` text NOT NULL,
  	\`deadline\` text,
  	\`ended_at\` text,
  	\`questions\` text NOT NULL,
  	\`report\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`quiz_set_id\`) REFERENCES \`quiz_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`host_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`class_sessions_quiz_set_idx\` ON \`class_sessions\` (\`quiz_set_id\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_school_idx\` ON \`class_sessions\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_host_idx\` ON \`class_sessions\` (\`host_id\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_class_name_idx\` ON \`class_sessions\` (\`class_name\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_code_idx\` ON \`class_sessions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_game_id_idx\` ON \`class_sessions\` (\`game_id\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_status_idx\` ON \`class_sessions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_updated_at_idx\` ON \`class_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`class_sessions_created_at_idx\` ON \`class_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`class_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`school_id\` integer NOT NULL,
  	\`player_id\` text NOT NULL,
  	\`nickname\` text NOT NULL,
  	\`learner_id\` integer,
  	\`question_index\` numeric NOT NULL,
  	\`question_id\` text NOT NULL,
  	\`choice\` text,
  	\`correct\` integer DEFAULT false,
  	\`points\` numeric DEFAULT 0,
  	\`time_ms\` numeric,
  	\`answered_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`class_sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learner_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`class_answers_session_idx\` ON \`class_answers\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`class_answers_school_idx\` ON \`class_answers\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`class_answers_learner_idx\` ON \`class_answers\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`class_answers_updated_at_idx\` ON \`class_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`class_answers_created_at_idx\` ON \`class_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`session_playerId_questionIndex_idx\` ON \`class_answers\` (\`session_id\`,\`player_id\`,\`question_index\`);`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`school_id\` integer REFERENCES agencies(id);`)
  await db.run(sql`CREATE INDEX \`questions_school_idx\` ON \`questions\` (\`school_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_sets_id\` integer REFERENCES quiz_sets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`class_sessions_id\` integer REFERENCES class_sessions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`class_answers_id\` integer REFERENCES class_answers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_class_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`class_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_class_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`class_answers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`quiz_sets\`;`)
  await db.run(sql`DROP TABLE \`quiz_sets_rels\`;`)
  await db.run(sql`DROP TABLE \`class_sessions\`;`)
  await db.run(sql`DROP TABLE \`class_answers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question_id\` text NOT NULL,
  	\`pool\` text DEFAULT 'exam' NOT NULL,
  	\`type\` text NOT NULL,
  	\`stem\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`explanation\` text NOT NULL,
  	\`cite_law_id\` integer,
  	\`cite_article\` numeric,
  	\`cite_version\` text,
  	\`difficulty\` numeric DEFAULT 1,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cite_law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_questions\`("id", "question_id", "pool", "type", "stem", "answer", "explanation", "cite_law_id", "cite_article", "cite_version", "difficulty", "source", "updated_at", "created_at") SELECT "id", "question_id", "pool", "type", "stem", "answer", "explanation", "cite_law_id", "cite_article", "cite_version", "difficulty", "source", "updated_at", "created_at" FROM \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_question_id_idx\` ON \`questions\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_pool_idx\` ON \`questions\` (\`pool\`);`)
  await db.run(sql`CREATE INDEX \`questions_cite_law_idx\` ON \`questions\` (\`cite_law_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`agencies_id\` integer,
  	\`responsibility_lists_id\` integer,
  	\`campaigns_id\` integer,
  	\`key_dates_id\` integer,
  	\`reports_id\` integer,
  	\`laws_id\` integer,
  	\`law_versions_id\` integer,
  	\`law_articles_id\` integer,
  	\`search_aliases_id\` integer,
  	\`questions_id\` integer,
  	\`citation_reviews_id\` integer,
  	\`media_id\` integer,
  	\`learners_id\` integer,
  	\`learning_records_id\` integer,
  	\`exam_settings_id\` integer,
  	\`exam_attempts_id\` integer,
  	\`exam_accommodations_id\` integer,
  	\`certificates_id\` integer,
  	\`site_builds_id\` integer,
  	\`law_imports_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibility_lists_id\`) REFERENCES \`responsibility_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`key_dates_id\`) REFERENCES \`key_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`law_versions_id\`) REFERENCES \`law_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`law_articles_id\`) REFERENCES \`law_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_aliases_id\`) REFERENCES \`search_aliases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citation_reviews_id\`) REFERENCES \`citation_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learners_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_records_id\`) REFERENCES \`learning_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exam_settings_id\`) REFERENCES \`exam_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exam_attempts_id\`) REFERENCES \`exam_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exam_accommodations_id\`) REFERENCES \`exam_accommodations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`certificates_id\`) REFERENCES \`certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`law_imports_id\`) REFERENCES \`law_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "agencies_id", "responsibility_lists_id", "campaigns_id", "key_dates_id", "reports_id", "laws_id", "law_versions_id", "law_articles_id", "search_aliases_id", "questions_id", "citation_reviews_id", "media_id", "learners_id", "learning_records_id", "exam_settings_id", "exam_attempts_id", "exam_accommodations_id", "certificates_id", "site_builds_id", "law_imports_id") SELECT "id", "order", "parent_id", "path", "users_id", "agencies_id", "responsibility_lists_id", "campaigns_id", "key_dates_id", "reports_id", "laws_id", "law_versions_id", "law_articles_id", "search_aliases_id", "questions_id", "citation_reviews_id", "media_id", "learners_id", "learning_records_id", "exam_settings_id", "exam_attempts_id", "exam_accommodations_id", "certificates_id", "site_builds_id", "law_imports_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responsibility_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`responsibility_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_key_dates_id_idx\` ON \`payload_locked_documents_rels\` (\`key_dates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laws_id_idx\` ON \`payload_locked_documents_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`law_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`law_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_aliases_id_idx\` ON \`payload_locked_documents_rels\` (\`search_aliases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citation_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`citation_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learners_id_idx\` ON \`payload_locked_documents_rels\` (\`learners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learning_records_id_idx\` ON \`payload_locked_documents_rels\` (\`learning_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exam_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`exam_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exam_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`exam_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exam_accommodations_id_idx\` ON \`payload_locked_documents_rels\` (\`exam_accommodations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`certificates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`law_imports_id\`);`)
}
