import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-edited: the generated copy selected the new columns (membership, invitation_id, username)
// from the old table. Learners who already named a unit before invitation codes existed stay
// counted (confirmed); new ones join by code or wait for their unit's editor.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`unit_invitations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`unit_id\` integer,
  	\`note\` text,
  	\`expires_at\` text NOT NULL,
  	\`max_uses\` numeric DEFAULT 50 NOT NULL,
  	\`uses\` numeric DEFAULT 0,
  	\`revoked\` integer DEFAULT false,
  	\`issued_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_invitations_code_idx\` ON \`unit_invitations\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`unit_invitations_unit_idx\` ON \`unit_invitations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_invitations_issued_by_idx\` ON \`unit_invitations\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_invitations_updated_at_idx\` ON \`unit_invitations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_invitations_created_at_idx\` ON \`unit_invitations\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_learners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`unit_id\` integer,
  	\`membership\` text,
  	\`invitation_id\` integer,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai',
  	\`leaderboard_opt_in\` integer DEFAULT false,
  	\`board_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text,
  	\`username\` text,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invitation_id\`) REFERENCES \`unit_invitations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_learners\`("id", "display_name", "audience", "unit_id", "membership", "invitation_id", "time_zone", "leaderboard_opt_in", "board_name", "updated_at", "created_at", "email", "username", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "display_name", "audience", "unit_id", CASE WHEN "unit_id" IS NOT NULL THEN 'confirmed' END, NULL, "time_zone", "leaderboard_opt_in", "board_name", "updated_at", "created_at", "email", NULL, "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`learners\`;`)
  await db.run(sql`DROP TABLE \`learners\`;`)
  await db.run(sql`ALTER TABLE \`__new_learners\` RENAME TO \`learners\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`learners_unit_idx\` ON \`learners\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`learners_membership_idx\` ON \`learners\` (\`membership\`);`)
  await db.run(sql`CREATE INDEX \`learners_invitation_idx\` ON \`learners\` (\`invitation_id\`);`)
  await db.run(sql`CREATE INDEX \`learners_updated_at_idx\` ON \`learners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learners_created_at_idx\` ON \`learners\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learners_email_idx\` ON \`learners\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learners_username_idx\` ON \`learners\` (\`username\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`unit_invitations_id\` integer REFERENCES unit_invitations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_invitations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`unit_invitations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_learners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`unit_id\` integer,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai',
  	\`leaderboard_opt_in\` integer DEFAULT false,
  	\`board_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_learners\`("id", "display_name", "audience", "unit_id", "time_zone", "leaderboard_opt_in", "board_name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "display_name", "audience", "unit_id", "time_zone", "leaderboard_opt_in", "board_name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`learners\`;`)
  await db.run(sql`DROP TABLE \`learners\`;`)
  await db.run(sql`ALTER TABLE \`__new_learners\` RENAME TO \`learners\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`learners_unit_idx\` ON \`learners\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`learners_updated_at_idx\` ON \`learners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learners_created_at_idx\` ON \`learners\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learners_email_idx\` ON \`learners\` (\`email\`);`)
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
  	\`quiz_sets_id\` integer,
  	\`class_sessions_id\` integer,
  	\`class_answers_id\` integer,
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
  	FOREIGN KEY (\`law_imports_id\`) REFERENCES \`law_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quiz_sets_id\`) REFERENCES \`quiz_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`class_sessions_id\`) REFERENCES \`class_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`class_answers_id\`) REFERENCES \`class_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "agencies_id", "responsibility_lists_id", "campaigns_id", "key_dates_id", "reports_id", "laws_id", "law_versions_id", "law_articles_id", "search_aliases_id", "questions_id", "citation_reviews_id", "media_id", "learners_id", "learning_records_id", "exam_settings_id", "exam_attempts_id", "exam_accommodations_id", "certificates_id", "site_builds_id", "law_imports_id", "quiz_sets_id", "class_sessions_id", "class_answers_id") SELECT "id", "order", "parent_id", "path", "users_id", "agencies_id", "responsibility_lists_id", "campaigns_id", "key_dates_id", "reports_id", "laws_id", "law_versions_id", "law_articles_id", "search_aliases_id", "questions_id", "citation_reviews_id", "media_id", "learners_id", "learning_records_id", "exam_settings_id", "exam_attempts_id", "exam_accommodations_id", "certificates_id", "site_builds_id", "law_imports_id", "quiz_sets_id", "class_sessions_id", "class_answers_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_class_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`class_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_class_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`class_answers_id\`);`)
}
