import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`serial\` text;`)
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`serial_number\` numeric;`)
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`issuer_name\` text;`)
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`unit_name\` text;`)
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`revocation_reason\` text;`)
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`revoked_at\` text;`)
  await db.run(sql`ALTER TABLE \`certificates\` ADD \`revoked_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_serial_idx\` ON \`certificates\` (\`serial\`);`)
  await db.run(sql`CREATE INDEX \`certificates_revoked_by_idx\` ON \`certificates\` (\`revoked_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_serialNumber_idx\` ON \`certificates\` (\`year\`,\`serial_number\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_certificates\` (
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
  await db.run(sql`INSERT INTO \`__new_certificates\`("id", "code", "certificate_id", "learner_id", "unit_id", "learner_name", "audience", "year", "exam_percent", "hours", "issued_at", "updated_at", "created_at") SELECT "id", "code", "certificate_id", "learner_id", "unit_id", "learner_name", "audience", "year", "exam_percent", "hours", "issued_at", "updated_at", "created_at" FROM \`certificates\`;`)
  await db.run(sql`DROP TABLE \`certificates\`;`)
  await db.run(sql`ALTER TABLE \`__new_certificates\` RENAME TO \`certificates\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_code_idx\` ON \`certificates\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_certificate_id_idx\` ON \`certificates\` (\`certificate_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_learner_idx\` ON \`certificates\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_unit_idx\` ON \`certificates\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_updated_at_idx\` ON \`certificates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`certificates_created_at_idx\` ON \`certificates\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learner_year_idx\` ON \`certificates\` (\`learner_id\`,\`year\`);`)
}
