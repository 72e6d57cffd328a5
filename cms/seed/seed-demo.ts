import type { Payload } from 'payload';
import { importLaws, type ImportReport } from '../importer/import-laws';
import { SEED_AGENCIES } from './agencies';
import { isDemoLawPath } from './demo-laws';
import { seedQuestionBank } from './question-bank';
import { seedSearchAliases } from './search-aliases';
import { seedAgencyYear } from './seed-agency-year';
import { seedDemoReports } from './seed-reports';
import { seedExamSettings } from './exam-settings';
import { seedDemoLearners } from './learners';
import { seedDemoMedia } from './demo-media';
import { seedClassroom } from './classroom';
import { ensureDoc } from './upsert';
import { DEMO_PASSWORD, SEED_USERS } from './users';
import type { DocId } from '../relation';

export interface SeedOptions {
  payload: Payload;
  corpusDir: string;
  log?: (message: string) => void;
}

/** Seeds the demo city. Idempotent: every step looks up by a unique key before creating. */
export async function seedDemo({ payload, corpusDir, log = console.log }: SeedOptions): Promise<{ laws: ImportReport }> {
  const agencyIds = new Map<string, DocId>();
  for (const a of SEED_AGENCIES) {
    const parent = a.parent ? agencyIds.get(a.parent) : undefined;
    const { id } = await ensureDoc(payload, 'agencies', { name: { equals: a.name } }, { ...a, parent });
    agencyIds.set(a.name, id);
  }
  log(`单位 ${agencyIds.size} 个`);

  for (const u of SEED_USERS) {
    const agency = u.agency ? agencyIds.get(u.agency) : undefined;
    await ensureDoc(payload, 'users', { email: { equals: u.email } }, { ...u, agency, password: DEMO_PASSWORD });
  }
  log(`工作人员 ${SEED_USERS.length} 个（密码 ${DEMO_PASSWORD}）`);

  const laws = await importLaws({ payload, dir: corpusDir, only: isDemoLawPath });
  log(`法律法规：${laws.versions} 个版本，${laws.articles} 条，用时 ${laws.seconds.toFixed(1)} 秒`);
  for (const issue of laws.issues) log(`  ⚠ ${issue.file}:${issue.line} ${issue.message}`);

  await seedSearchAliases(payload, log);
  await seedQuestionBank(payload, log);
  await seedDemoMedia(payload, agencyIds, log);
  await seedAgencyYear(payload, agencyIds, log);
  await seedExamSettings(payload);
  log('年度学法考试设置 3 份（国家工作人员、青少年学生、法律明白人）');
  await seedDemoLearners(payload, agencyIds, log);
  await seedDemoReports(payload, agencyIds, log);
  await seedClassroom(payload, agencyIds, log);
  return { laws };
}
