/**
 * The live quiz's services for a server: the store (in-process, or Redis when
 * PUFA_LIVE_REDIS_URL is set) and the defaults for the seams 14b fills in through
 * `startServer({ live: {...} })`: with none given nobody can host, so nothing is exposed.
 */
import type { AnswerRecord, GameInfo, HostAuth, HostReport, QuizSource, ResultsSink } from '../../core/live/protocol';
import type { LiveServices } from './hub';
import { MemoryLiveStore } from './memory-store';
import { RedisLiveStore } from './redis-store';
import type { LiveStore } from './store';

/** Keeps results in memory (unit tests, bench, the standalone server). */
export class MemoryResultsSink implements ResultsSink {
  readonly questions: { game: GameInfo; index: number; skipped: boolean; answers: AnswerRecord[] }[] = [];
  readonly reports: HostReport[] = [];

  async questionClosed(game: GameInfo, question: { index: number; skipped: boolean }, answers: AnswerRecord[]): Promise<void> {
    this.questions.push({ game, index: question.index, skipped: question.skipped, answers });
  }

  async gameEnded(_game: GameInfo, report: HostReport): Promise<void> {
    this.reports.push(report);
  }
}

export const refuseAllHosts: HostAuth = { authorize: async () => null };
export const noQuizzes: QuizSource = { load: async () => null };

export function liveStoreFromEnv(env: Record<string, string | undefined> = process.env): LiveStore {
  const url = env.PUFA_LIVE_REDIS_URL;
  return url ? new RedisLiveStore(url) : new MemoryLiveStore();
}

export function liveServices(given: Partial<LiveServices> = {}): LiveServices {
  return { store: given.store ?? liveStoreFromEnv(), quizzes: noQuizzes, sink: new MemoryResultsSink(), hostAuth: refuseAllHosts, ...given };
}
