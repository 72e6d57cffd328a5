/**
 * Runs one game in this process: applies the inputs that reach it (from any process, through the
 * store) to the pure rules, publishes their output, keeps the server-side timer and writes results
 * to the ResultsSink one call at a time.
 */
import { LiveError } from '../../core/live/errors';
import type { LiveGame, Outbound } from '../../core/live/game';
import type { GameInfo, ResultsSink } from '../../core/live/protocol';
import type { GameInput, LiveStore, Unsubscribe } from './store';

/** How long an ended game stays reachable (late reconnections see the end), ms. */
const ENDED_GRACE_MS = 10 * 60_000;
/** A game nobody has touched this long is ended (its report is written) and dropped, ms. */
export const IDLE_END_MS = 2 * 3600_000;

export class GameRunner {
  private timer: NodeJS.Timeout | null = null;
  private writes: Promise<void> = Promise.resolve();
  private unsubscribe: Unsubscribe | null = null;
  private disposeTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly game: LiveGame,
    readonly info: GameInfo,
    private readonly screenKey: string,
    private readonly store: LiveStore,
    private readonly sink: ResultsSink,
    private readonly onDispose: () => void,
  ) {}

  async start(): Promise<void> {
    this.unsubscribe = await this.store.onInput(this.info.code, (input) => this.handle(input));
    this.touch();
  }

  /** Restarts the idle clock: a game left open (the teacher's tab closed) still ends and keeps its report. */
  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      const out = this.game.end();
      if (out.length) this.publish(out);
      this.afterStep();
    }, IDLE_END_MS);
    this.idleTimer.unref();
  }

  private publish(out: Outbound[]): void {
    this.store.publish(this.info.code, out).catch((e: Error) => console.error('课堂测验消息发送失败：', e.message));
  }

  /** Applies one input; a refusal goes back to the socket that sent it. */
  handle(input: GameInput): void {
    this.touch();
    let out: Outbound[];
    try {
      out = this.apply(input);
    } catch (e) {
      if (!(e instanceof LiveError)) throw e;
      out = [{ to: { conn: input.conn }, msg: { type: 'error', code: e.code, message: e.message } }];
    }
    if (out.length) this.publish(out);
    this.afterStep();
  }

  private apply(input: GameInput): Outbound[] {
    const g = this.game;
    switch (input.kind) {
      case 'join': return g.join(input);
      case 'answer': return g.answer(input.playerId, input.questionIndex, input.choice);
      case 'disconnect': return g.disconnect(input.playerId, input.conn);
      case 'attach':
        if (input.role === 'host' ? input.hostId !== this.info.hostId : input.screenKey !== this.screenKey) {
          throw new LiveError('forbidden', input.role === 'host' ? '只有创建本次测验的老师可以主持。' : '投屏密钥不正确。');
        }
        return g.attach(input.role, input.conn, { screenKey: this.screenKey });
      case 'command': {
        if (input.hostId !== this.info.hostId) throw new LiveError('forbidden', '只有创建本次测验的老师可以主持。');
        const c = input.command;
        switch (c.type) {
          case 'next': return g.next();
          case 'pause': return g.pause();
          case 'resume': return g.resume();
          case 'reveal': return g.reveal();
          case 'skip': return g.skip();
          case 'end': return g.end();
          case 'lock': return g.setLocked(true);
          case 'unlock': return g.setLocked(false);
          case 'allowLate': return g.setAllowLate(c.allowed);
          case 'remove': return g.remove(c.playerId);
          case 'extraTime': return g.extraTime(c.playerId, c.seconds);
        }
      }
    }
  }

  /** Re-arms the timer, queues the results, and schedules clean-up once the game has ended. */
  private afterStep(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const deadline = this.game.nextDeadline();
    if (deadline !== null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        const out = this.game.tick();
        if (out.length) this.publish(out);
        this.afterStep();
      }, Math.max(0, deadline - Date.now()));
    }
    for (const r of this.game.drainResults()) {
      const write = r.kind === 'question'
        ? () => this.sink.questionClosed(this.info, { index: r.index, id: r.id, skipped: r.skipped }, r.answers)
        : () => this.sink.gameEnded(this.info, r.report);
      this.writes = this.writes.then(write).catch(() => write()).catch((e: Error) => console.error(`课堂测验 ${this.info.code} 成绩保存失败：`, e.message));
    }
    if (this.game.phase === 'ended' && !this.disposeTimer) this.disposeTimer = setTimeout(() => void this.dispose().catch((e: Error) => console.error('课堂测验清理失败：', e.message)), ENDED_GRACE_MS);
  }

  /** Resolves when every result handed to the sink so far is written (tests, shutdown). */
  flushed(): Promise<void> {
    return this.writes;
  }

  async dispose(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.disposeTimer) clearTimeout(this.disposeTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.writes;
    await this.unsubscribe?.();
    await this.store.release(this.info.code);
    this.onDispose();
  }
}
