import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'teacher' NOT NULL,
  	\`agency_id\` integer,
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
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_agency_idx\` ON \`users\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`kind\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_name_idx\` ON \`agencies\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`agencies_parent_idx\` ON \`agencies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`responsibility_lists_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`topic\` text NOT NULL,
  	\`leader\` text,
  	\`person\` text,
  	\`department\` text,
  	\`target\` text,
  	\`deadline\` text,
  	\`progress\` text DEFAULT '未开始',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`responsibility_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`responsibility_lists_items_order_idx\` ON \`responsibility_lists_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_items_parent_id_idx\` ON \`responsibility_lists_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`responsibility_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`agency_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`version\` numeric DEFAULT 1,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`review_comment\` text,
  	\`history\` text,
  	\`previous_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_id\`) REFERENCES \`responsibility_lists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`responsibility_lists_agency_idx\` ON \`responsibility_lists\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_year_idx\` ON \`responsibility_lists\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_status_idx\` ON \`responsibility_lists\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_previous_idx\` ON \`responsibility_lists\` (\`previous_id\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_updated_at_idx\` ON \`responsibility_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_created_at_idx\` ON \`responsibility_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_year_version_idx\` ON \`responsibility_lists\` (\`agency_id\`,\`year\`,\`version\`);`)
  await db.run(sql`CREATE TABLE \`responsibility_lists_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`responsibility_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`responsibility_lists_texts_order_parent\` ON \`responsibility_lists_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`responsibility_lists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`laws_id\` integer,
  	\`campaigns_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`responsibility_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`responsibility_lists_rels_order_idx\` ON \`responsibility_lists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_rels_parent_idx\` ON \`responsibility_lists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_rels_path_idx\` ON \`responsibility_lists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_rels_laws_id_idx\` ON \`responsibility_lists_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_rels_campaigns_id_idx\` ON \`responsibility_lists_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`responsibility_lists_rels_media_id_idx\` ON \`responsibility_lists_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`theme\` text NOT NULL,
  	\`agency_id\` integer,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`key_date_id\` integer,
  	\`target\` text NOT NULL,
  	\`place\` text,
  	\`participants\` numeric,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`key_date_id\`) REFERENCES \`key_dates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_agency_idx\` ON \`campaigns\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_start_date_idx\` ON \`campaigns\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_key_date_idx\` ON \`campaigns\` (\`key_date_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` integer,
  	\`media_id\` integer,
  	\`laws_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_agencies_id_idx\` ON \`campaigns_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_media_id_idx\` ON \`campaigns_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_laws_id_idx\` ON \`campaigns_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE TABLE \`key_dates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`month\` numeric NOT NULL,
  	\`day\` numeric NOT NULL,
  	\`duration_days\` numeric DEFAULT 1,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`key_dates_name_idx\` ON \`key_dates\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`key_dates_updated_at_idx\` ON \`key_dates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`key_dates_created_at_idx\` ON \`key_dates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`key_dates_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`key_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`key_dates_rels_order_idx\` ON \`key_dates_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`key_dates_rels_parent_idx\` ON \`key_dates_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`key_dates_rels_path_idx\` ON \`key_dates_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`key_dates_rels_agencies_id_idx\` ON \`key_dates_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`agency_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`status\` text DEFAULT 'draft',
  	\`mechanism\` text,
  	\`internal_study\` text,
  	\`public_education\` text,
  	\`innovation\` text,
  	\`effectiveness\` text,
  	\`score\` numeric,
  	\`grade\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_agency_idx\` ON \`reports\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_year_idx\` ON \`reports\` (\`agency_id\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`laws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`category\` text,
  	\`current_version_date\` text,
  	\`article_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_title_idx\` ON \`laws\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`laws_slug_idx\` ON \`laws\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`laws_level_idx\` ON \`laws\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_at_idx\` ON \`laws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_at_idx\` ON \`laws\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`law_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`law_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`version_date\` text NOT NULL,
  	\`is_current\` integer DEFAULT false,
  	\`history\` text,
  	\`sections\` text,
  	\`article_count\` numeric,
  	\`content_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`law_versions_law_idx\` ON \`law_versions\` (\`law_id\`);`)
  await db.run(sql`CREATE INDEX \`law_versions_version_date_idx\` ON \`law_versions\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`law_versions_is_current_idx\` ON \`law_versions\` (\`is_current\`);`)
  await db.run(sql`CREATE INDEX \`law_versions_updated_at_idx\` ON \`law_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`law_versions_created_at_idx\` ON \`law_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`law_versionDate_idx\` ON \`law_versions\` (\`law_id\`,\`version_date\`);`)
  await db.run(sql`CREATE TABLE \`law_versions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`law_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`law_versions_texts_order_parent\` ON \`law_versions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`law_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`law_id\` integer NOT NULL,
  	\`version_id\` integer NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`sub_number\` numeric DEFAULT 0 NOT NULL,
  	\`number_text\` text NOT NULL,
  	\`chapter_path\` text,
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_id\`) REFERENCES \`law_versions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`law_articles_law_idx\` ON \`law_articles\` (\`law_id\`);`)
  await db.run(sql`CREATE INDEX \`law_articles_version_idx\` ON \`law_articles\` (\`version_id\`);`)
  await db.run(sql`CREATE INDEX \`law_articles_number_idx\` ON \`law_articles\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`law_articles_updated_at_idx\` ON \`law_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`law_articles_created_at_idx\` ON \`law_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`version_number_subNumber_idx\` ON \`law_articles\` (\`version_id\`,\`number\`,\`sub_number\`);`)
  await db.run(sql`CREATE TABLE \`questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_options_order_idx\` ON \`questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`questions_options_parent_id_idx\` ON \`questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_audiences_order_idx\` ON \`questions_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_audiences_parent_idx\` ON \`questions_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question_id\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`stem\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`explanation\` text NOT NULL,
  	\`cite_law_id\` integer,
  	\`cite_article\` numeric,
  	\`difficulty\` numeric DEFAULT 1,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cite_law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_question_id_idx\` ON \`questions\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_cite_law_idx\` ON \`questions\` (\`cite_law_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_texts_order_parent\` ON \`questions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quiz_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`mode\` text DEFAULT 'practice' NOT NULL,
  	\`lesson\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quizzes_quiz_id_idx\` ON \`quizzes\` (\`quiz_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_rels_order_idx\` ON \`quizzes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_parent_idx\` ON \`quizzes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_path_idx\` ON \`quizzes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_questions_id_idx\` ON \`quizzes_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`art_form\` text NOT NULL,
  	\`duration_seconds\` numeric,
  	\`transcript\` text,
  	\`agency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_agency_idx\` ON \`media\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_texts_order_parent\` ON \`media_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`laws_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_laws_id_idx\` ON \`media_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE TABLE \`learners_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learners_sessions_order_idx\` ON \`learners_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`learners_sessions_parent_id_idx\` ON \`learners_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`unit_id\` integer,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai',
  	\`leaderboard_opt_in\` integer DEFAULT false,
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
  await db.run(sql`CREATE INDEX \`learners_unit_idx\` ON \`learners\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`learners_updated_at_idx\` ON \`learners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learners_created_at_idx\` ON \`learners\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learners_email_idx\` ON \`learners\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`learning_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`statement_id\` text NOT NULL,
  	\`learner_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`verb\` text NOT NULL,
  	\`object_type\` text NOT NULL,
  	\`object_id\` text NOT NULL,
  	\`timestamp\` text NOT NULL,
  	\`statement\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`learner_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`learning_records_statement_id_idx\` ON \`learning_records\` (\`statement_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_records_learner_idx\` ON \`learning_records\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_records_unit_idx\` ON \`learning_records\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_records_object_id_idx\` ON \`learning_records\` (\`object_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_records_timestamp_idx\` ON \`learning_records\` (\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`learning_records_updated_at_idx\` ON \`learning_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_records_created_at_idx\` ON \`learning_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`exam_settings_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`law\` text,
  	\`type\` text,
  	\`points\` numeric DEFAULT 10,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exam_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exam_settings_rules_order_idx\` ON \`exam_settings_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exam_settings_rules_parent_id_idx\` ON \`exam_settings_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exam_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`audience\` text NOT NULL,
  	\`required_hours\` numeric DEFAULT 0 NOT NULL,
  	\`max_attempts\` numeric DEFAULT 3,
  	\`pass_mark\` numeric DEFAULT 60,
  	\`time_limit_minutes\` numeric DEFAULT 60,
  	\`timer_disabled\` integer DEFAULT false,
  	\`max_extensions\` numeric DEFAULT 10,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`exam_settings_updated_at_idx\` ON \`exam_settings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exam_settings_created_at_idx\` ON \`exam_settings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_audience_idx\` ON \`exam_settings\` (\`year\`,\`audience\`);`)
  await db.run(sql`CREATE TABLE \`exam_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`learner_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`settings_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`paper\` text,
  	\`started_at\` text NOT NULL,
  	\`extensions\` numeric DEFAULT 0,
  	\`submitted_at\` text,
  	\`status\` text DEFAULT 'open',
  	\`responses\` text,
  	\`score_percent\` numeric,
  	\`passed\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`learner_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`settings_id\`) REFERENCES \`exam_settings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exam_attempts_learner_idx\` ON \`exam_attempts\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`exam_attempts_unit_idx\` ON \`exam_attempts\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`exam_attempts_settings_idx\` ON \`exam_attempts\` (\`settings_id\`);`)
  await db.run(sql`CREATE INDEX \`exam_attempts_updated_at_idx\` ON \`exam_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exam_attempts_created_at_idx\` ON \`exam_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`certificates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`certificate_id\` text NOT NULL,
  	\`learner_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`learner_name\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`exam_percent\` numeric NOT NULL,
  	\`hours\` numeric NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`learner_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_code_idx\` ON \`certificates\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_certificate_id_idx\` ON \`certificates\` (\`certificate_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_learner_idx\` ON \`certificates\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_unit_idx\` ON \`certificates\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_updated_at_idx\` ON \`certificates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`certificates_created_at_idx\` ON \`certificates\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learner_year_idx\` ON \`certificates\` (\`learner_id\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	\`questions_id\` integer,
  	\`quizzes_id\` integer,
  	\`media_id\` integer,
  	\`learners_id\` integer,
  	\`learning_records_id\` integer,
  	\`exam_settings_id\` integer,
  	\`exam_attempts_id\` integer,
  	\`certificates_id\` integer,
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
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quizzes_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learners_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_records_id\`) REFERENCES \`learning_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exam_settings_id\`) REFERENCES \`exam_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exam_attempts_id\`) REFERENCES \`exam_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`certificates_id\`) REFERENCES \`certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learners_id_idx\` ON \`payload_locked_documents_rels\` (\`learners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learning_records_id_idx\` ON \`payload_locked_documents_rels\` (\`learning_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exam_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`exam_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exam_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`exam_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`certificates_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`learners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learners_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_learners_id_idx\` ON \`payload_preferences_rels\` (\`learners_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`responsibility_lists_items\`;`)
  await db.run(sql`DROP TABLE \`responsibility_lists\`;`)
  await db.run(sql`DROP TABLE \`responsibility_lists_texts\`;`)
  await db.run(sql`DROP TABLE \`responsibility_lists_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`key_dates\`;`)
  await db.run(sql`DROP TABLE \`key_dates_rels\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`laws\`;`)
  await db.run(sql`DROP TABLE \`law_versions\`;`)
  await db.run(sql`DROP TABLE \`law_versions_texts\`;`)
  await db.run(sql`DROP TABLE \`law_articles\`;`)
  await db.run(sql`DROP TABLE \`questions_options\`;`)
  await db.run(sql`DROP TABLE \`questions_audiences\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_texts\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_texts\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`learners_sessions\`;`)
  await db.run(sql`DROP TABLE \`learners\`;`)
  await db.run(sql`DROP TABLE \`learning_records\`;`)
  await db.run(sql`DROP TABLE \`exam_settings_rules\`;`)
  await db.run(sql`DROP TABLE \`exam_settings\`;`)
  await db.run(sql`DROP TABLE \`exam_attempts\`;`)
  await db.run(sql`DROP TABLE \`certificates\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
