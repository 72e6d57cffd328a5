/**
 * The unit report an agency editor sees (and the annual report's learning figures come from):
 * hours, best exam score and certificate per learner of the unit only, the unit's rates, and the
 * CSV export — refused to learners, limited to the editor's own unit whatever they ask for.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DrawnExam } from '../../core/learning/exam-draw';
import { learnerEndpoints } from '../../cms/collections/learning/learner-endpoints';
import { startExam, submitExam } from '../../cms/learning/exam';
import { syncStatements } from '../../cms/learning/sync';
import { unitReport } from '../../cms/learning/unit-report';
import { refusalOf, respond } from '../helpers/endpoint';
import { makeAgency, makeUser, unique } from '../helpers/payload';
import { learningPayload } from '../helpers/learning-payload';
import { practiceQuiz, sitting } from '../helpers/practice';
import type { DocId } from '../../cms/relation';
import type { Learner } from '../../cms/payload-types';

let payload: Payload;
let unitA: DocId;
let unitB: DocId;
const year = new Date().getFullYear();

type TestLearner = Learner;
async function learner(displayName: string, unit: DocId): Promise<TestLearner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `ur-${unique()}@test.local`, password: 'learner-pass-1', displayName, audience: 'officials', unit, timeZone: 'Asia/Shanghai' },
  });
  return { ...doc, collection: 'learners' };
}
/** Every question of these quizzes answered right, one sitting each. */
const mastered = (...quizzes: string[]) => quizzes.flatMap((q) => sitting(q));
/** Takes the exam and answers every question with the paper's own key. */
async function passExam(l: TestLearner) {
  const start = await startExam(payload, l);
  const paper = (await payload.findByID({ collection: 'exam-attempts', id: start.attemptId, overrideAccess: true })).paper as DrawnExam;
  await submitExam(payload, l, String(start.attemptId), Object.fromEntries(paper.questions.map((q) => [q.id, q.answer])));
}
const endpoint = learnerEndpoints.find((e) => e.path === '/unit-report')!;
const call = (user: unknown, params: Record<string, string>) =>
  respond(endpoint.handler, { payload, user, searchParams: new URLSearchParams(params) });

let done: TestLearner, started: TestLearner;

beforeAll(async () => {
  payload = await learningPayload();
  unitA = (await makeAgency(payload)).id;
  unitB = (await makeAgency(payload)).id;
  done = await learner('完成者', unitA);
  started = await learner('起步者', unitA);
  const elsewhere = await learner('外单位', unitB);
  await syncStatements(payload, done, { statements: mastered('xianfa-jiben', 'xingzheng-chufa') });
  await passExam(done);
  await syncStatements(payload, started, { statements: mastered('xianfa-jiben') });
  await syncStatements(payload, elsewhere, { statements: mastered('xianfa-jiben', 'xingzheng-chufa') });
  await passExam(elsewhere);
});

describe('unit report', () => {
  it('counts hours and the best exam per learner of the unit only, and the unit’s rates', async () => {
    const report = await unitReport(payload, unitA, year);
    const byName = Object.fromEntries(report.rows.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['完成者', '起步者']);
    expect(byName['完成者']).toMatchObject({ hours: 2, requiredHours: 2, bestScore: 100, passed: true, certificate: null });
    expect(byName['起步者']).toMatchObject({ hours: 1, bestScore: null, passed: false });
    expect(report.completionRate).toBe(0.5);
    expect(report.examPassRate).toBe(0.5);
  });

  it('gives an empty unit no rates rather than 0 %', async () => {
    const report = await unitReport(payload, (await makeAgency(payload)).id, year);
    expect(report).toMatchObject({ learners: 0, completionRate: null, examPassRate: null, rows: [] });
  });

  it('exports CSV to the unit’s editor only, whatever unit the editor asks for', async () => {
    const editorA = await makeUser(payload, 'agency-editor', unitA);
    const res = await call(editorA, { format: 'csv', unit: String(unitB) });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the file as UTF-8
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('姓名,学习路径,已修学时')).toBe(true);
    expect(csv).toContain('完成者,officials,2,2,100,是');
    expect(csv).not.toContain('外单位');
    expect((await call(done, {})).status).toBe(403);
    expect((await call(null, {})).status).toBe(403);
    const admin = await makeUser(payload, 'admin');
    const forB = (await (await call(admin, { unit: String(unitB) })).json()) as { rows: { name: string }[] };
    expect(forB.rows.map((r) => r.name)).toEqual(['外单位']);
  });

  it('answers 404 to an admin naming a unit that is not an id or does not exist (was a 500)', async () => {
    const admin = await makeUser(payload, 'admin');
    for (const unit of ['abc', '999999999', '1 OR 1=1']) {
      const res = await call(admin, { unit });
      expect(res.status).toBe(404);
      expect((await refusalOf(res)).message).toContain('单位不存在');
    }
    expect((await call(admin, { unit: String(unitA) })).status).toBe(200);
  });

  it('exports the unit’s records as xAPI, each named with its learner, to the unit’s editor only', async () => {
    const exportEndpoint = learnerEndpoints.find((e) => e.path === '/unit-export')!;
    const exportFor = (user: unknown, params: Record<string, string> = {}) =>
      respond(exportEndpoint.handler, { payload, user, url: 'http://localhost/api/learners/unit-export', searchParams: new URLSearchParams(params) });
    const editorA = await makeUser(payload, 'agency-editor', unitA);
    const res = await exportFor(editorA, { unit: String(unitB) });
    expect(res.status).toBe(200);
    const statements = (await res.json()) as { actor: { name?: string; account: { name: string } }; verb: { id: string }; version: string }[];
    // 完成者 answered two quizzes, 起步者 one: every answer, nothing of the other unit.
    const answers = (q: string) => practiceQuiz(q).questions.length;
    expect(statements).toHaveLength(2 * answers('xianfa-jiben') + answers('xingzheng-chufa'));
    expect(new Set(statements.map((s) => s.actor.name))).toEqual(new Set(['完成者', '起步者']));
    expect(statements.every((s) => s.version === '1.0.3' && s.verb.id === 'http://adlnet.gov/expapi/verbs/answered')).toBe(true);
    expect((await exportFor(done)).status).toBe(403);
    expect((await exportFor(await makeUser(payload, 'reviewer'))).status).toBe(403);
  });
});
