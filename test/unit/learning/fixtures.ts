import type { AnswerKeys } from '../../../core/learning/mastery';
import type { LearningStatement, ObjectType, Verb } from '../../../core/learning/statements';
import type { LessonCatalog, TrackInfo } from '../../../core/learning/types';

/** Question ids of a fixture quiz: `<quiz>-1` … `<quiz>-5`. */
export const quizQuestions = (quizId: string): string[] => Array.from({ length: 5 }, (_, i) => `${quizId}-${i + 1}`);

/** A small catalog shaped like content/lessons: two constitution lessons, three tracks; 5 questions per quiz. */
export const catalog: LessonCatalog = [
  { id: 'xianfa-jiben', quizId: 'xianfa-jiben', questionIds: quizQuestions('xianfa-jiben'), tracks: ['officials', 'students', 'village'], laws: ['宪法'], hours: 1 },
  { id: 'xianfa-xuanshi', quizId: 'xianfa-xuanshi', questionIds: quizQuestions('xianfa-xuanshi'), tracks: ['officials'], laws: ['宪法', '监察法'], hours: 0.5 },
  { id: 'xingzheng-chufa', quizId: 'xingzheng-chufa', questionIds: quizQuestions('xingzheng-chufa'), tracks: ['officials'], laws: ['行政处罚法'], hours: 1.5 },
  { id: 'minfadian-hunyin', quizId: 'minfadian-hunyin', questionIds: quizQuestions('minfadian-hunyin'), tracks: ['village'], laws: ['民法典'], hours: 0.5 },
  { id: 'geren-xinxi', quizId: 'geren-xinxi', questionIds: quizQuestions('geren-xinxi'), tracks: ['students'], laws: ['个人信息保护法'], hours: 1, passMark: 1 },
];

/** Server keys for every fixture question: the catalog's and free-standing `q-0` … `q-99`; the right answer is always "a". */
export const keys: AnswerKeys = Object.fromEntries(
  [...catalog.flatMap((l) => l.questionIds), ...Array.from({ length: 100 }, (_, i) => `q-${i}`)].map((id) => [id, { type: 'single' as const, answer: 'a' }]),
);

export const tracks: TrackInfo[] = [
  { id: 'officials', title: '国家工作人员' },
  { id: 'students', title: '青少年学生' },
  { id: 'village', title: '法律明白人' },
];

let counter = 0;
/** A fresh, valid v4-shaped UUID per call (deterministic across runs). */
export const uuid = (): string => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

/** Build a statement with sensible defaults. */
export function stmt(p: {
  verb: Verb;
  type: ObjectType;
  object: string;
  at: string;
  learner?: string;
  success?: boolean;
  score?: [raw: number, max: number];
  response?: string;
  id?: string;
}): LearningStatement {
  const result: LearningStatement['result'] = {};
  if (p.success !== undefined) result.success = p.success;
  if (p.score) result.score = { raw: p.score[0], max: p.score[1], scaled: p.score[0] / p.score[1] };
  if (p.response !== undefined) result.response = p.response;
  return {
    id: p.id ?? uuid(),
    actor: { learnerId: p.learner ?? 'learner-1' },
    verb: p.verb,
    object: { id: p.object, type: p.type },
    ...(Object.keys(result).length ? { result } : {}),
    timestamp: p.at,
  };
}

/** An answer to a question: response "a" (right under `keys`) or "b"; the success flag agrees. */
export const answer = (question: string, correct: boolean, at: string, learner?: string) =>
  stmt({ verb: 'answered', type: 'question', object: question, at, success: correct, response: correct ? 'a' : 'b', learner });

/** One sitting of a quiz: its 5 questions answered a minute apart from `at`, the first `right` correctly. */
export const sitting = (quizId: string, right: number, at: string, learner?: string): LearningStatement[] =>
  quizQuestions(quizId).map((q, i) => answer(q, i < right, new Date(Date.parse(at) + i * 60_000).toISOString(), learner));

/** A practice quiz result: passed when raw/max ≥ 0.8 (the verb follows the score like the client does). */
export const quiz = (quizId: string, raw: number, max: number, at: string, learner?: string) =>
  stmt({ verb: raw / max >= 0.8 ? 'passed' : 'failed', type: 'quiz', object: quizId, at, score: [raw, max], learner });
