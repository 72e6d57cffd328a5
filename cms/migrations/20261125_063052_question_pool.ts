import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`questions\` ADD \`pool\` text DEFAULT 'exam' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`questions_pool_idx\` ON \`questions\` (\`pool\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`questions_pool_idx\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`pool\`;`)
}
