import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_audiences_order_idx\` ON \`media_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_audiences_parent_idx\` ON \`media_audiences\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`chapters\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`version\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`status\` text DEFAULT 'draft' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_note\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`demo\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`history\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_slug_idx\` ON \`media\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`media_status_idx\` ON \`media\` (\`status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_audiences\`;`)
  await db.run(sql`DROP INDEX \`media_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`media_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`chapters\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`version\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_note\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`demo\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`history\`;`)
}
