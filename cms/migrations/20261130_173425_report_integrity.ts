import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Generated, then corrected by hand: the copy reads only the old table's columns (every
// existing report becomes version 1 with no review history yet).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`agency_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`version\` numeric DEFAULT 1,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`review_comment\` text,
  	\`mechanism\` text,
  	\`internal_study\` text,
  	\`public_education\` text,
  	\`innovation\` text,
  	\`effectiveness\` text,
  	\`score\` numeric,
  	\`grade\` text,
  	\`history\` text,
  	\`previous_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "title", "agency_id", "year", "version", "status", "review_comment", "mechanism", "internal_study", "public_education", "innovation", "effectiveness", "score", "grade", "history", "previous_id", "updated_at", "created_at") SELECT "id", "title", "agency_id", "year", 1, COALESCE("status", 'draft'), NULL, "mechanism", "internal_study", "public_education", "innovation", "effectiveness", "score", "grade", NULL, NULL, "updated_at", "created_at" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_agency_idx\` ON \`reports\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_previous_idx\` ON \`reports\` (\`previous_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_year_version_1_idx\` ON \`reports\` (\`agency_id\`,\`year\`,\`version\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
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
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "title", "agency_id", "year", "status", "mechanism", "internal_study", "public_education", "innovation", "effectiveness", "score", "grade", "updated_at", "created_at") SELECT "id", "title", "agency_id", "year", "status", "mechanism", "internal_study", "public_education", "innovation", "effectiveness", "score", "grade", "updated_at", "created_at" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_agency_idx\` ON \`reports\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_year_idx\` ON \`reports\` (\`agency_id\`,\`year\`);`)
}
