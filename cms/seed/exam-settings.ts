import type { Payload } from 'payload';
import { AUDIENCES, AUDIENCE_TITLES } from '../../core/vocabulary/learning';
import { ensureDoc } from './upsert';

/** Hours to study before the certificate; small in the demo so one visit can show the whole path. */
const HOURS = { officials: 2, students: 1, village: 1 } as const;

/** This year's requirement and exam for each audience: 10 questions × 10 points from the bank. */
export async function seedExamSettings(payload: Payload, year = new Date().getFullYear()) {
  for (const audience of AUDIENCES) {
    await ensureDoc(payload, 'exam-settings', { and: [{ year: { equals: year } }, { audience: { equals: audience } }] }, {
      title: `${year}年度${AUDIENCE_TITLES[audience]}学法考试`,
      year,
      audience,
      requiredHours: HOURS[audience],
      maxAttempts: 3,
      passMark: 60,
      timeLimitMinutes: 30,
      timerDisabled: false,
      maxExtensions: 10,
      rules: [
        { count: 6, type: 'single', points: 10 },
        { count: 2, type: 'multiple', points: 10 },
        { count: 2, type: 'truefalse', points: 10 },
      ],
    });
  }
}
