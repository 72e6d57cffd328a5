import path from 'node:path';
import type { Payload } from 'payload';
import { importLaws, type ImportReport } from '../importer/import-laws';
import { ROOT_DIR } from '../paths';
import { SEED_AGENCIES } from './agencies';
import { isDemoLawPath } from './demo-laws';
import { seedQuestionBank } from './question-bank';
import { seedSearchAliases } from './search-aliases';
import { seedAgencyYear } from './seed-agency-year';
import { seedDemoReports } from './seed-reports';
import { seedExamSettings } from './exam-settings';
import { seedDemoLearners } from './learners';
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
  await seedMedia(payload, agencyIds.get('泉城市司法局'));
  await seedAgencyYear(payload, agencyIds, log);
  await seedExamSettings(payload);
  log('年度学法考试设置 3 份（国家工作人员、青少年学生、法律明白人）');
  await seedDemoLearners(payload, agencyIds, log);
  await seedDemoReports(payload, agencyIds, log);
  return { laws };
}

async function seedMedia(payload: Payload, agency: DocId | undefined) {
  const sharp = (await import('sharp')).default;
  const svg = path.join(ROOT_DIR, 'media', 'posters', 'lvju-hunyin.svg');
  const png = await sharp(svg).png().toBuffer();
  const minfadian = (await payload.find({ collection: 'laws', where: { slug: { equals: '民法典' } }, limit: 1, depth: 0 })).docs[0];
  await ensureDoc(
    payload,
    'media',
    { title: { equals: '吕剧《婚姻自主》（民法典婚姻家庭编）' } },
    {
      title: '吕剧《婚姻自主》（民法典婚姻家庭编）',
      artForm: '吕剧',
      performers: ['泉城市吕剧团'],
      durationSeconds: 312,
      transcript: 'WEBVTT\n\n00:00.000 --> 00:06.000\n婚姻自由记心上，包办买卖不应当。\n\n00:06.000 --> 00:12.000\n一夫一妻平等过，家庭和睦幸福长。\n',
      relatedLaws: minfadian ? [minfadian.id] : [],
      agency,
    },
    { file: { data: png, mimetype: 'image/png', name: 'lvju-hunyin.png', size: png.length } },
  );
}
