import type { Payload } from 'payload';
import { seedExamSettings } from '../../cms/seed/exam-settings';
import { seedDemo } from '../../cms/seed/seed-demo';
import { CORPUS_DIR } from './corpus';
import { testPayload } from './payload';

/**
 * The test Payload with the demo question bank (seeded once per database: later callers find
 * it there) and this year's exam settings, for tests of practice, exams and learner records.
 */
export async function learningPayload(): Promise<Payload> {
  const payload = await testPayload();
  if ((await payload.count({ collection: 'questions' })).totalDocs < 60) await seedDemo({ payload, corpusDir: CORPUS_DIR, log: () => {} });
  await seedExamSettings(payload);
  return payload;
}
