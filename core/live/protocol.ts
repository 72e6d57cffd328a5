/**
 * The live class quiz (课堂测验) wire protocol: JSON text frames over one WebSocket at `/live`
 * on the project's own HTTP server (cms/server/serve.ts → cms/live/). Shared by the server, the
 * teacher / projector / student pages (14b) and the tests. Pure types and constants only.
 *
 * Roles. `host` = the teacher's page, `screen` = the projector, `player` = a student's phone.
 * One socket has one role, fixed by its first message:
 *   - host:   `create` (a new game for a quiz set) or `host` (re-attach to a game it created, e.g.
 *             after a refresh). Both are checked by HostAuth against the socket's upgrade request
 *             (14b: the staff `payload-token` cookie → a teacher of the quiz set's school).
 *             Game creation is this socket message — there is no HTTP endpoint for it.
 *   - screen: `watch {code, screenKey}`; the screenKey comes with `created` (put it in the
 *             projector URL: /live/screen/?code=…#key=…). No cookie needed, so any PC can project.
 *   - player: `join {code, nickname, resumeToken?}`. No account. A resumeToken from an earlier
 *             `joined` (keep it in sessionStorage) brings back the same player, score and current
 *             question within RESUME_WINDOW_MS of losing the connection.
 *
 * Flow: lobby → question (open → closed) → reveal → question … → ended. The host drives it with
 * `next` (lobby/closed/reveal → next question), `reveal` (closes an open question and shows the
 * answer), `skip` (drops the current question unscored and opens the next), `end`, `pause`/`resume`
 * (an open question's timer), `remove`, `lock`/`unlock` (the lobby), `allowLate` (joining after
 * the start), `extraTime` (per-player extra seconds, WCAG 2.2.1; applies from now on, including an
 * open question). A question closes by itself when its timer (server-enforced) runs out, or when
 * every connected player has answered. On close each player gets `result`, the host and screen
 * `closed`. Answer keys are in no message before `reveal`.
 */

export const LIVE_PATH = '/live';
/** Largest client frame accepted; larger frames close the socket with 1009. */
export const MAX_MESSAGE_BYTES = 2048;
/** Join codes: exactly six digits (not starting with 0, so they never lose a digit as a number). */
export const CODE_PATTERN = /^[1-9][0-9]{5}$/;
export const NICKNAME_MAX = 16;
/** A player who lost the connection may resume for this long. */
export const RESUME_WINDOW_MS = 120_000;
export const TIMER_MIN_SEC = 5;
export const TIMER_MAX_SEC = 120;
export const EXTRA_TIME_MAX_SEC = 600;
export const MAX_PLAYERS = 300;
/** Close codes: do NOT reconnect after these. 4000: the same player continued on another socket
 * (another tab or device); 4001: removed by the teacher. 1009: a frame too large. */
export const CLOSE_REPLACED = 4000;
export const CLOSE_REMOVED = 4001;

export type Role = 'host' | 'screen' | 'player';
export type QuestionKind = 'single' | 'multiple' | 'truefalse';
/** accuracy: 1000 points per correct answer; speed: 500–1000 by how fast (accuracy is reported apart). */
export type Scoring = 'accuracy' | 'speed';
export type Phase = 'lobby' | 'question' | 'closed' | 'reveal' | 'ended';

export interface LiveSettings {
  /** Seconds per question (TIMER_MIN_SEC–TIMER_MAX_SEC), or null for no timer. */
  timerSec: number | null;
  scoring: Scoring;
  /** Top 5 shown without nicknames (第1名 …). */
  hideNames: boolean;
  /** Players may join after the first question (default false). */
  allowLate?: boolean;
}

/** A question as the server holds it: WITH its key. Never sent to a player or screen before reveal. */
export interface LiveQuestion {
  id: string;
  kind: QuestionKind;
  text: string;
  options: string[];
  /** Indexes into options of every correct option (one for single/truefalse). */
  correct: number[];
  explanation?: string;
  /** Overrides settings.timerSec for this question (null: no timer). */
  timerSec?: number | null;
}

// ---------------------------------------------------------------- server-side seams (14b) ----

/** Loads a quiz set's questions with keys, on the server only (14b: Payload, overrideAccess). */
export interface QuizSource {
  load(quizSetId: string): Promise<{ title: string; questions: LiveQuestion[] } | null>;
}

export interface AnswerRecord {
  playerId: string;
  nickname: string;
  /** The learner's account id when a logged-in learner joined (results also land in their records). */
  learnerId?: string;
  questionIndex: number;
  questionId: string;
  choice: number[];
  correct: boolean;
  points: number;
  /** From the question opening (or the player's late join) to the answer, pause time excluded. */
  timeMs: number;
}

export interface GameInfo {
  code: string;
  gameId: string;
  quizSetId: string;
  hostId: string;
  title: string;
  settings: LiveSettings;
  startedAt: number;
}

/**
 * Where results go (14b: Payload; default: memory). Called once per closed question with all of
 * its answers (one batched write: SQLite has one writer) and once at the end with the report.
 * Calls for one game are made in order, one at a time; a failure is logged and retried once,
 * never blocks the game.
 */
export interface ResultsSink {
  questionClosed(game: GameInfo, question: { index: number; id: string; skipped: boolean }, answers: AnswerRecord[]): Promise<void>;
  gameEnded(game: GameInfo, report: HostReport): Promise<void>;
}

/** The host's identity, as HostAuth found it. */
export interface HostIdentity {
  hostId: string;
  name?: string;
}

/**
 * Whether a socket may host (create or re-attach). `headers` are the WebSocket upgrade request's
 * (cookie, origin). Return null to refuse (the socket gets error 'forbidden').
 */
export interface HostAuth {
  authorize(input: { headers: Record<string, string | string[] | undefined>; quizSetId: string }): Promise<HostIdentity | null>;
}

/** Optional: who a joining player is when logged in as a learner (cookie); null when anonymous. */
export interface PlayerAuth {
  learnerOf(headers: Record<string, string | string[] | undefined>): Promise<string | null>;
}

// ------------------------------------------------------------------------- client → server ----

export type HostCommand =
  | { type: 'next' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'reveal' }
  | { type: 'skip' }
  | { type: 'end' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'allowLate'; allowed: boolean }
  | { type: 'remove'; playerId: string }
  | { type: 'extraTime'; playerId: string; seconds: number };

export type ClientMessage =
  | { type: 'create'; quizSetId: string; settings: LiveSettings }
  | { type: 'host'; code: string }
  | { type: 'watch'; code: string; screenKey: string }
  | { type: 'join'; code: string; nickname: string; resumeToken?: string }
  | { type: 'answer'; questionIndex: number; choice: number[] }
  | { type: 'ping' }
  | HostCommand;

// ------------------------------------------------------------------------- server → client ----

export interface LobbyPlayer {
  playerId: string;
  nickname: string;
  connected: boolean;
}

/** A question as players and the screen see it: no key. */
export interface QuestionMessage {
  type: 'question';
  index: number;
  total: number;
  text: string;
  options: string[];
  kind: QuestionKind;
  /** Epoch ms when answers stop being accepted FOR THIS RECIPIENT (extra time included); null: no timer. */
  closesAt: number | null;
  /** closesAt minus the server's clock when sent: count down from this (a phone's clock may be off). */
  remainingMs: number | null;
  /** Set while paused: ms left when the pause began (closesAt is then null). */
  pausedRemainingMs?: number;
  /** Player only: the choice already accepted for this question (after a resume). */
  answered?: number[];
}

export interface TopEntry {
  rank: number;
  /** null when the host hides names. */
  nickname: string | null;
  score: number;
  /** Set only in the recipient's own entry (a player sees which one is theirs). */
  you?: boolean;
}

export interface QuestionReport {
  index: number;
  id: string;
  text: string;
  options: string[];
  correct: number[];
  skipped: boolean;
  /** Count of answers choosing each option. */
  distribution: number[];
  answered: number;
  correctCount: number;
  /** Mean time to answer in ms (null when nobody answered). */
  meanTimeMs: number | null;
}

export interface StudentReport {
  playerId: string;
  nickname: string;
  learnerId?: string;
  removed: boolean;
  score: number;
  correctCount: number;
  answeredCount: number;
  /** correctCount / questions asked (not skipped), 0–1. */
  accuracy: number;
  answers: { questionIndex: number; choice: number[]; correct: boolean; points: number; timeMs: number }[];
}

export interface HostReport {
  code: string;
  title: string;
  settings: LiveSettings;
  startedAt: number;
  endedAt: number;
  questions: QuestionReport[];
  students: StudentReport[];
}

/** What a player gets at the end: their own line and the top 5. */
export interface PlayerReport {
  score: number;
  correctCount: number;
  asked: number;
  rank: number;
  players: number;
  top5: TopEntry[];
}

export type ErrorCode =
  | 'bad-message' | 'too-large' | 'rate-limited' | 'no-game' | 'forbidden' | 'locked' | 'started'
  | 'full' | 'nickname' | 'resume-expired' | 'removed' | 'bad-state' | 'bad-settings' | 'no-quiz';

export type ServerMessage =
  | { type: 'created'; code: string; screenKey: string; title: string; total: number; settings: LiveSettings }
  | { type: 'hosting'; code: string; screenKey: string; title: string; total: number; settings: LiveSettings; phase: Phase; index: number }
  | { type: 'watching'; code: string; title: string; total: number; phase: Phase }
  | { type: 'joined'; playerId: string; resumeToken: string; nickname: string; title: string; total: number; phase: Phase; score: number }
  | { type: 'lobby'; players: LobbyPlayer[]; locked: boolean; allowLate: boolean }
  | QuestionMessage
  | { type: 'ack'; questionIndex: number; accepted: boolean; reason?: string }
  /** Host and screen: how many have answered the open question. */
  | { type: 'progress'; questionIndex: number; answered: number; players: number }
  | { type: 'paused'; questionIndex: number; remainingMs: number }
  | { type: 'closed'; questionIndex: number }
  | { type: 'result'; questionIndex: number; correct: boolean; points: number; total: number; answered: boolean }
  | { type: 'reveal'; questionIndex: number; correctOptions: number[]; distribution: number[]; top5: TopEntry[]; explanation?: string }
  | { type: 'removed' }
  /** Everyone: top5; the host also the whole report, a player also their own line. */
  | { type: 'ended'; top5: TopEntry[]; report?: HostReport; player?: PlayerReport }
  | { type: 'error'; code: ErrorCode; message: string }
  | { type: 'pong' };
