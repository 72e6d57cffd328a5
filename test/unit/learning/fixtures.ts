import type { LearningStatement, ObjectType, Verb } from '../../../core/learning/statements';
import type { LessonCatalog, TrackInfo } from '../../../core/learning/types';

/** A small catalog shaped like content/lessons: two constitution lessons, three tracks. */
export const catalog: LessonCatalog = [
  { id: 'xianfa-jiben', quizId: 'xianfa-jiben', tracks: ['officials', 'students', 'village'], laws: ['宪法'], hours: 1 },
  { id: 'xianfa-xuanshi', quizId: 'xianfa-xuanshi', tracks: ['officials'], laws: ['宪法', '监察法'], hours: 0.5 },
  { id: 'xingzheng-chufa', quizId: 'xingzheng-chufa', tracks: ['officials'], laws: ['行政处罚法'], hours: 1.5 },
  { id: 'minfadian-hunyin', quizId: 'minfadian-hunyin', tracks: ['village'], laws: ['民法典'], hours: 0.5 },
  { id: 'geren-xinxi', quizId: 'geren-xinxi', tracks: ['students'], laws: ['个人信息保护法'], hours: 1, passMark: 1 },
];

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

/** An answer to a question. */
export const answer = (question: string, correct: boolean, at: string, learner?: string) =>
  stmt({ verb: 'answered', type: 'question', object: question, at, success: correct, learner });

/** A practice quiz result: passed when raw/max ≥ 0.8 (the verb follows the score like the client does). */
export const quiz = (quizId: string, raw: number, max: number, at: string, learner?: string) =>
  stmt({ verb: raw / max >= 0.8 ? 'passed' : 'failed', type: 'quiz', object: quizId, at, score: [raw, max], learner });
