import { type LiveQuestion, TIMER_MAX_SEC, TIMER_MIN_SEC } from '../live/protocol';

/** How a session scores: accuracy only, or accuracy plus speed (a faster right answer earns more). */
export const SCORING_MODES = ['accuracy', 'speed'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];
export const SCORING_LABELS: Record<ScoringMode, string> = { accuracy: '只计正确率', speed: '正确率加速度' };

/** Live (the teacher leads question by question) or homework (self-paced until a deadline). */
export const SESSION_MODES = ['live', 'homework'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SESSION_MODE_LABELS: Record<SessionMode, string> = { live: '课堂直播', homework: '课后作业' };

export const SESSION_STATUSES = ['open', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { open: '进行中', ended: '已结束' };

/** Per-question time limits a teacher may choose (seconds); 0 means no limit. */
export const MIN_TIME_LIMIT_SECONDS = TIMER_MIN_SEC;
export const MAX_TIME_LIMIT_SECONDS = TIMER_MAX_SEC;

/**
 * One question of a session as the server holds it, with its key (the live protocol's shape:
 * options as texts, the key as option indexes; true/false is 正确 / 错误). Never sent to a
 * student before it closes.
 */
export type ClassQuestion = LiveQuestion;

/** One stored answer (a row of `class-answers`). */
export interface ClassAnswer {
  playerId: string;
  nickname: string;
  questionIndex: number;
  /** Indexes of the chosen options; empty when the time ran out unanswered. */
  choice: number[];
  correct: boolean;
  points: number;
  /** Milliseconds from the question opening to the answer. */
  timeMs: number | null;
}
