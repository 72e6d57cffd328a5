import type { Payload } from 'payload';
import { AUDIENCES, AUDIENCE_TITLES, type Audience } from '../../core/vocabulary/learning';
import type { StoredRule } from '../learning/exam-bank';
import { ensureDoc } from './upsert';

/** Hours to study before the certificate; small in the demo so one visit can show the whole path. */
const HOURS = { officials: 2, students: 1, village: 1 } as const;

const single = (law: string, count = 1): StoredRule => ({ law, type: 'single', count, points: 10 });

/**
 * Each audience's blueprint: 10 questions × 10 points, single-choice questions named by law (the
 * laws an annual 学法 plan names for that audience), multiple-choice and true/false from any law
 * of the audience's pool. Every row leaves at least three papers' worth of questions, so the
 * demo's three attempts draw no question twice (the settings validator checks the counts).
 */
export const DEMO_BLUEPRINTS: Record<Audience, StoredRule[]> = {
  officials: [
    single('宪法', 2),
    single('行政许可法'),
    single('行政复议法'),
    single('行政诉讼法'),
    single('政府信息公开条例'),
    { type: 'multiple', count: 2, points: 10 },
    { type: 'truefalse', count: 2, points: 10 },
  ],
  students: [
    single('宪法', 2),
    single('未成年人保护法', 2),
    single('预防未成年人犯罪法'),
    single('道路交通安全法'),
    { type: 'multiple', count: 2, points: 10 },
    { type: 'truefalse', count: 2, points: 10 },
  ],
  village: [
    single('宪法'),
    single('民法典', 2),
    single('农村土地承包法'),
    single('人民调解法'),
    single('土地管理法'),
    { type: 'multiple', count: 2, points: 10 },
    { type: 'truefalse', count: 2, points: 10 },
  ],
};

/** This year's requirement and exam for each audience (the question bank must be seeded first). */
export async function seedExamSettings(payload: Payload, year = new Date().getFullYear()) {
  for (const audience of AUDIENCES) {
    await ensureDoc(payload, 'exam-settings', { and: [{ year: { equals: year } }, { audience: { equals: audience } }] }, {
      title: `${year}年度${AUDIENCE_TITLES[audience]}学法考试`,
      year,
      audience,
      requiredHours: HOURS[audience],
      maxAttempts: 3,
      counts: 'best',
      passMark: 60,
      timeLimitMinutes: 30,
      timerDisabled: false,
      rules: DEMO_BLUEPRINTS[audience],
    });
  }
}
