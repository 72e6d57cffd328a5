import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`exam_accommodations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`learner_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`extra_minutes\` numeric DEFAULT 0,
  	\`no_time_limit\` integer DEFAULT false,
  	\`reason\` text NOT NULL,
  	\`unit_id\` integer,
  	\`granted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`learner_id\`) REFERENCES \`learners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`granted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exam_accommodations_learner_idx\` ON \`exam_accommodations\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`exam_accommodations_unit_idx\` ON \`exam_accommodations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`exam_accommodations_granted_by_idx\` ON \`exam_accommodations\` (\`granted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exam_accommodations_updated_at_idx\` ON \`exam_accommodations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exam_accommodations_created_at_idx\` ON \`exam_accommodations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_learner_idx\` ON \`exam_accommodations\` (\`year\`,\`learner_id\`);`)
  await db.run(sql`ALTER TABLE \`exam_settings_rules\` ADD \`tag\` text;`)
  await db.run(sql`ALTER TABLE \`exam_settings\` ADD \`counts\` text DEFAULT 'best' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`exam_settings\` DROP COLUMN \`max_extensions\`;`)
  await db.run(sql`ALTER TABLE \`exam_attempts\` ADD \`draw_note\` text;`)
  await db.run(sql`ALTER TABLE \`exam_attempts\` DROP COLUMN \`extensions\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`exam_accommodations_id\` integer REFERENCES exam_accommodations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exam_accommodations_id_idx\` ON \`payload_locked_documents_rels\` (\`exam_accommodations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`exam_accommodations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`certificates_id\`) REFERENCES \`certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`law_imports_id\`) REFERENCES \`law_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "agencies_id", "responsibility_lists_id", "campaigns_id", "key_dates_id", "reports_id", "laws_id", "law_versions_id", "law_articles_id", "search_aliases_id", "questions_id", "citation_reviews_id", "media_id", "learners_id", "learning_records_id", "exam_settings_id", "exam_attempts_id", "certificates_id", "site_builds_id", "law_imports_id") SELECT "id", "order", "parent_id", "path", "users_id", "agencies_id", "responsibility_lists_id", "campaigns_id", "key_dates_id", "reports_id", "laws_id", "law_versions_id", "law_articles_id", "search_aliases_id", "questions_id", "citation_reviews_id", "media_id", "learners_id", "learning_records_id", "exam_settings_id", "exam_attempts_id", "certificates_id", "site_builds_id", "law_imports_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`certificates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`law_imports_id\`);`)
  await db.run(sql`ALTER TABLE \`exam_settings\` ADD \`max_extensions\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`exam_settings\` DROP COLUMN \`counts\`;`)
  await db.run(sql`ALTER TABLE \`exam_attempts\` ADD \`extensions\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`exam_attempts\` DROP COLUMN \`draw_note\`;`)
  await db.run(sql`ALTER TABLE \`exam_settings_rules\` DROP COLUMN \`tag\`;`)
}
