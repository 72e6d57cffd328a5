/**
 * The JSON replies of the learner endpoints (/api/learners/*, /api/exam-attempts/*,
 * /api/certificates/verify), declared once: the browser code imports them from here, and the
 * endpoints can declare their return types with them. Ids are `string | number` because the
 * SQLite adapter returns numbers and MongoDB strings.
 */
import type { ClientExam } from './exam-draw';
import type { ExamStartFacts } from './exam-start';
import type { LeaderboardRow } from './leaderboard';
import type { NotebookItem } from './review';
import type { BadgeGoal } from './badge-goals';
import type { Audience } from '../vocabulary/learning';

/** A record id as it travels in JSON. */
export type ReplyId = string | number;

/** POST /api/learners/sync: what became of each statement id. */
export interface SyncReply {
  stored: string[];
  duplicates: string[];
  conflicts: string[];
  rejected: { index: number; id?: string; errors: string[] }[];
}

/** GET /api/learners/me: the logged-in learner (Payload's auth reply), or null. */
export interface MeReply {
  user: {
    id: ReplyId;
    email?: string | null;
    /** A user name or mainland mobile number, for learners without e-mail. */
    username?: string | null;
    displayName?: string;
    boardName?: string | null;
    audience?: string;
    unit?: unknown;
    /** Whether the unit counts them yet: confirmed by invitation code or by the unit's editor. */
    membership?: 'confirmed' | 'pending' | null;
  } | null;
}

/** GET /api/learners/dashboard: everything the /me/ page shows. */
export interface DashboardReply {
  learner: { id: ReplyId; displayName: string; audience: string; unit: unknown };
  xp: number;
  level: { level: number; title: string; progress: number; xpToNext: number };
  streak: { current: number; longest: number; freezes: number; activeToday: boolean };
  badges: { id: string; name: string; description: string }[];
  /** Every badge, earned or locked with its progress (the 目标 section). */
  goals: BadgeGoal[];
  lessonsCompleted: string[];
  accuracy: number | null;
  hours: { credited: number; required: number };
  reviewDue: { questionId: string; box: number }[];
  /** Every question in the 错题本, soonest due first (the /me/mistakes/ page). */
  notebook: NotebookItem[];
  leaderboardOptIn: boolean;
  /** The one name the leaderboards show for this learner (a student's: their nickname). */
  boardName: string;
  certificate: { code: string } | null;
}

/** GET /api/learners/leaderboard. */
export interface LeaderboardReply {
  /** Whose board: each audience (officials, students, village) ranks only its own learners. */
  audience: Audience;
  scope: 'city' | 'unit';
  period: 'week' | 'all-time';
  /** The unit's name for a unit board. */
  unitName: string | null;
  rows: LeaderboardRow[];
  /** The viewer's own row when they are on the board (even below the cut-off). */
  viewer: LeaderboardRow | null;
  /** Whether the viewer has opted in; null for anonymous viewers. */
  viewerOptedIn: boolean | null;
  /** When the standings were computed (they are cached briefly); absent in the browser's fallback. */
  computedAt?: string;
}

/** A question of a running exam: no answer, explanation or citation. */
export type PaperQuestion = ClientExam['questions'][number];

/** POST /api/exam-attempts/start and GET /api/exam-attempts/current (null when none is open). */
export interface ExamStartReply {
  attemptId: ReplyId;
  exam: ClientExam;
  /** ISO time the attempt must be submitted by; null when the exam has no time limit. */
  deadline: string | null;
  attemptsLeft: number;
}

/** GET /api/exam-attempts/rules: the start screen's facts (no question). */
export type ExamRulesReply = ExamStartFacts;

/** POST /api/exam-attempts/:id/submit: the score and, only now, answers and explanations. */
export interface ExamSubmitReply {
  score: number;
  passed: boolean;
  correct: number;
  total: number;
  results: { questionId: string; correct: boolean; answer: string | string[] | boolean; explanation: string }[];
  attemptsLeft: number;
  best: number | null;
}

/**
 * GET /api/certificates/verify and POST /api/certificates/verify-credential: a certificate's
 * public facts (only `valid` when unknown, plus `reason` for a credential that fails its checks).
 */
export interface VerifyReply {
  valid: boolean;
  name?: string;
  audience?: string;
  year?: number;
  issuedAt?: string;
  hours?: number;
  examScore?: number;
  serial?: string;
  issuer?: string;
  unit?: string;
  /** Set when an admin revoked the certificate (then `valid` is false). */
  revoked?: { at: string; reason: string };
  /** Why a pasted credential is not accepted. */
  reason?: string;
}

/** GET /api/exam-attempts/current. */
export interface ExamCurrentReply {
  attempt: ExamStartReply | null;
}

/** POST /api/certificates/issue. */
export interface CertificateIssueReply {
  code: string;
}
