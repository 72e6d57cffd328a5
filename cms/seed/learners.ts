/**
 * Demo learners, so `npm start` shows a living learner side: officials in three agencies,
 * students of 市一中 and a 法律明白人 in 芙蓉社区, with practice records over the past days (one
 * wrong answer each for the 错题本), some passed exams and certificates, and leaderboard
 * opt-ins. Idempotent: learners by e-mail, statements by fixed ids, exams only when the learner
 * has none this year.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Payload } from 'payload';
import type { DrawnExam } from '../../core/learning/exam-draw';
import type { LearningStatement } from '../../core/learning/statements';
import { encodeResponse } from '../../core/learning/xapi';
import type { QuizFile } from '../../core/quiz/types';
import { issueCertificate } from '../learning/certificates';
import type { Learner } from '../payload-types';
import { startExam, submitExam } from '../learning/exam';
import { syncStatements } from '../learning/sync';
import { ROOT_DIR } from '../paths';
import { readQuizFiles } from './quiz-files';
import { ensureDoc } from './upsert';
import { DEMO_PASSWORD } from './users';
import type { Audience } from '../../core/vocabulary/learning';
import type { DocId } from '../relation';

interface DemoLearner {
  email: string;
  displayName: string;
  audience: Audience;
  unit: string;
  leaderboardOptIn: boolean;
  /** Practice quizzes passed, one a day ending today. */
  quizzes: string[];
  /** Takes this year's exam (all answers right but `examWrong`) and, if eligible, the certificate. */
  exam?: { wrong: number };
}

export const DEMO_LEARNERS: DemoLearner[] = [
  { email: 'wangjg@learner.pufa.local', displayName: '王建国', audience: 'officials', unit: '泉城市司法局', leaderboardOptIn: true, quizzes: ['xianfa-jiben', 'xingzheng-chufa', 'falv-yuanzhu'], exam: { wrong: 1 } },
  { email: 'zhouli@learner.pufa.local', displayName: '周丽', audience: 'officials', unit: '泉城市司法局', leaderboardOptIn: true, quizzes: ['xianfa-jiben'] },
  { email: 'lihm@learner.pufa.local', displayName: '李红梅', audience: 'officials', unit: '泉城市市场监督管理局', leaderboardOptIn: true, quizzes: ['xianfa-jiben', 'jinan-yingshang', 'geren-xinxi'], exam: { wrong: 2 } },
  { email: 'zhangw@learner.pufa.local', displayName: '张伟', audience: 'officials', unit: '泉城市市场监督管理局', leaderboardOptIn: false, quizzes: ['xingzheng-chufa'] },
  { email: 'zhaomin@learner.pufa.local', displayName: '赵敏', audience: 'officials', unit: '泉城市公安局', leaderboardOptIn: true, quizzes: ['xianfa-jiben', 'shequ-jiaozheng'], exam: { wrong: 5 } },
  { email: 'liuyang@learner.pufa.local', displayName: '刘洋', audience: 'students', unit: '泉城市第一中学', leaderboardOptIn: true, quizzes: ['xianfa-jiben', 'weichengnianren-baohu', 'geren-xinxi'] },
  { email: 'chenjing@learner.pufa.local', displayName: '陈静', audience: 'students', unit: '泉城市第一中学', leaderboardOptIn: true, quizzes: ['weichengnianren-baohu'] },
  { email: 'sunlx@learner.pufa.local', displayName: '孙立新', audience: 'village', unit: '泉城路街道芙蓉社区居民委员会', leaderboardOptIn: true, quizzes: ['minfadian-hunyin', 'renmin-tiaojie', 'falv-yuanzhu'] },
];

/** A stable UUID (version-4 layout) for the n-th seeded statement of a learner. */
function seedUuid(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A learner's practice: each quiz on its own day, every answer right except the quiz's first. */
function practiceStatements(learner: DemoLearner, quizzes: Map<string, QuizFile>, now: Date): LearningStatement[] {
  return learner.quizzes.flatMap((quizId, day) => {
    const quiz = quizzes.get(quizId);
    if (!quiz) throw new Error(`演示学员 ${learner.displayName}：测验 ${quizId} 不存在`);
    const at = (minute: number) => new Date(now.getTime() - (learner.quizzes.length - 1 - day) * 86_400_000 - (60 - minute) * 60_000).toISOString();
    const answered = quiz.questions.map((q, i): LearningStatement => {
      const right = i > 0;
      const wrongOption = q.options?.find((o) => o.id !== q.answer)?.id ?? 'a';
      const response = right ? q.answer : q.type === 'truefalse' ? !q.answer : wrongOption;
      return {
        id: seedUuid(`${learner.email}:${quizId}:${q.id}`),
        actor: { learnerId: 'local' },
        verb: 'answered',
        object: { id: q.id, type: 'question' },
        result: { success: right, response: encodeResponse(response) },
        timestamp: at(i),
      };
    });
    const raw = quiz.questions.length - 1;
    const result: LearningStatement = {
      id: seedUuid(`${learner.email}:${quizId}:result`),
      actor: { learnerId: 'local' },
      verb: 'passed',
      object: { id: quizId, type: 'quiz' },
      result: { success: true, score: { raw, max: quiz.questions.length, scaled: raw / quiz.questions.length } },
      timestamp: at(quiz.questions.length),
    };
    return [...answered, result];
  });
}

export async function seedDemoLearners(payload: Payload, agencyIds: Map<string, DocId>, log: (m: string) => void, now = new Date()) {
  const quizzes = new Map((await readQuizFiles(path.join(ROOT_DIR, 'content', 'quizzes'))).map((q) => [q.id, q]));
  let exams = 0;
  for (const l of DEMO_LEARNERS) {
    const { quizzes: _quizzes, exam, unit, ...fields } = l;
    const data = { ...fields, unit: agencyIds.get(unit), membership: 'confirmed' as const, timeZone: 'Asia/Shanghai' };
    const doc = await ensureDoc(payload, 'learners', { email: { equals: l.email } }, { ...data, password: DEMO_PASSWORD });
    const learner: Learner = { ...(await payload.findByID({ collection: 'learners', id: doc.id, depth: 0, overrideAccess: true })), collection: 'learners' };
    await syncStatements(payload, learner, { statements: practiceStatements(l, quizzes, now) });
    if (!exam) continue;
    const taken = await payload.count({ collection: 'exam-attempts', where: { and: [{ learner: { equals: doc.id } }, { year: { equals: now.getFullYear() } }] } });
    if (taken.totalDocs > 0) continue;
    const start = await startExam(payload, learner, now);
    const paper = (await payload.findByID({ collection: 'exam-attempts', id: start.attemptId, overrideAccess: true })).paper as DrawnExam;
    const responses = Object.fromEntries(paper.questions.slice(exam.wrong).map((q) => [q.id, q.answer]));
    await submitExam(payload, learner, String(start.attemptId), responses, now);
    exams += 1;
    await issueCertificate(payload, learner, now).catch(() => undefined); // not eligible: no certificate
  }
  log(`演示学员 ${DEMO_LEARNERS.length} 人（密码 ${DEMO_PASSWORD}），本次新考试 ${exams} 场`);
  for (const inv of DEMO_INVITATIONS) {
    const unit = agencyIds.get(inv.unit);
    if (unit != null) await ensureDoc(payload, 'unit-invitations', { code: { equals: inv.code } }, { ...inv, unit, maxUses: 200, expiresAt: `${now.getFullYear() + 1}-12-31T15:59:59.000Z` });
  }
  log(`演示单位邀请码：${DEMO_INVITATIONS.map((i) => `${i.unit} ${i.code}`).join('，')}`);
}

/** Demo invitation codes (local demos only: a real code is generated by the server when staff issue it). */
export const DEMO_INVITATIONS = [
  { unit: '泉城路街道芙蓉社区居民委员会', code: 'FURONG2026', note: '演示：芙蓉社区法律明白人培训班' },
  { unit: '泉城市第一中学', code: 'YIZHONG2026', note: '演示：第一中学学生注册' },
];
