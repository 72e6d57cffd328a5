/** The game's inner state, shared by the rules (game.ts) and the reports (report.ts). */
import type { LiveQuestion, LiveSettings, Phase } from './protocol';

export interface AnswerEntry {
  choice: number[];
  correct: boolean;
  points: number;
  timeMs: number;
}

export interface PlayerState {
  id: string;
  nickname: string;
  token: string;
  learnerId?: string;
  connected: boolean;
  /** The socket that joined last: a close of an older one is no disconnect. */
  conn: string;
  disconnectedAt: number | null;
  removed: boolean;
  /** Extra time per timed question (WCAG 2.2.1), ms. */
  extraMs: number;
  score: number;
  /** By question index. */
  answers: Map<number, AnswerEntry>;
  /** Active time into the current question when this player joined (late join), for timeMs. */
  joinedAtActiveMs: number;
}

export interface QuestionRun {
  index: number;
  openedAt: number;
  /** Timer in ms (null: none). */
  limitMs: number | null;
  pausedAt: number | null;
  pausedTotalMs: number;
  open: boolean;
  skipped: boolean;
}

export interface GameState {
  code: string;
  title: string;
  settings: LiveSettings;
  questions: LiveQuestion[];
  phase: Phase;
  locked: boolean;
  allowLate: boolean;
  players: Map<string, PlayerState>;
  /** Every question opened so far, by index. */
  runs: QuestionRun[];
  startedAt: number;
  endedAt: number | null;
}
