import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`laws\` ADD \`repealed_date\` text;`)
  await db.run(sql`ALTER TABLE \`law_versions\` ADD \`effective_date\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`laws\` DROP COLUMN \`repealed_date\`;`)
  await db.run(sql`ALTER TABLE \`law_versions\` DROP COLUMN \`effective_date\`;`)
}
