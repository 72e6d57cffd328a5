import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { lexicalParagraphs } from '../../core/agency/rich-text'

type OldReport = { id: number; mechanism: string | null; internal_study: string | null; public_education: string | null; innovation: string | null; effectiveness: string | null }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`basics\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`practices\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`problems\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`plans\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`signatory\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`signed_on\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`rubric\` text;`)
  // The five short sections of older reports become paragraphs of 基本情况 and 主要做法和成效.
  const old = await db.all<OldReport>(sql`SELECT id, mechanism, internal_study, public_education, innovation, effectiveness FROM reports`)
  for (const r of old) {
    const basics = JSON.stringify(lexicalParagraphs(r.mechanism, r.internal_study))
    const practices = JSON.stringify(lexicalParagraphs(r.public_education, r.innovation, r.effectiveness))
    await db.run(sql`UPDATE reports SET basics = ${basics}, practices = ${practices} WHERE id = ${r.id}`)
  }
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`mechanism\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`internal_study\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`public_education\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`innovation\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`effectiveness\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`mechanism\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`internal_study\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`public_education\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`innovation\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`effectiveness\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`basics\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`practices\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`problems\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`plans\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`signatory\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`signed_on\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`review_note\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`rubric\`;`)
}
