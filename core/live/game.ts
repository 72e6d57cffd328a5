/**
 * One live game's rules, pure: every method takes the time from the injected clock and returns
 * the messages to send (Outbound[]), or throws a LiveError for the one socket that asked. The
 * caller (cms/live) delivers messages, runs the timer from nextDeadline(), and hands drainResults()
 * to the ResultsSink. Answer keys appear only in `reveal`, `ended` (host) and the sink's records.
 */
import { randomToken, type RandomBytes, cryptoBytes } from './code';
import { refuse } from './errors';
import { questionsProblem } from './questions';
import { cleanNickname } from './parse';
import {
  MAX_PLAYERS, RESUME_WINDOW_MS,
  type AnswerRecord, type HostReport, type LiveQuestion, type LiveSettings, type QuestionMessage, type ServerMessage,
} from './protocol';
import { distribution, hostReport, playerReport, top5 } from './report';
import { choiceProblem, isCorrect, pointsFor } from './scoring';
import type { GameState, PlayerState, QuestionRun } from './state';

export type Audience = { role: 'host' } | { role: 'screen' } | { role: 'players'; except?: string[] } | { player: string } | { conn: string };
export interface Outbound {
  to: Audience;
  msg: ServerMessage;
}

/** What the sink must store, in order. */
export type ResultEvent =
  | { kind: 'question'; index: number; id: string; skipped: boolean; answers: AnswerRecord[] }
  | { kind: 'ended'; report: HostReport };

export interface LiveGameOptions {
  code: string;
  title: string;
  questions: LiveQuestion[];
  settings: LiveSettings;
  now: () => number;
  random?: RandomBytes;
}

/** A dropped player holds an otherwise finished question open this long (a refresh comes back). */
export const DROP_GRACE_MS = 10_000;

const host = { role: 'host' } as const;
const screen = { role: 'screen' } as const;

export class LiveGame {
  readonly state: GameState;
  private readonly now: () => number;
  private readonly random: RandomBytes;
  private results: ResultEvent[] = [];
  private seq = 0;

  constructor({ code, title, questions, settings, now, random = cryptoBytes }: LiveGameOptions) {
    const problem = questionsProblem(questions);
    if (problem) refuse('no-quiz', problem);
    this.now = now;
    this.random = random;
    this.state = {
      code, title, settings, questions, phase: 'lobby', locked: false, allowLate: settings.allowLate ?? false,
      players: new Map(), runs: [], startedAt: now(), endedAt: null,
    };
  }

  get phase() {
    return this.state.phase;
  }

  /** The open or last question's run. */
  private get run(): QuestionRun | undefined {
    return this.state.runs.at(-1);
  }

  /** Results to store since the last call, oldest first. */
  drainResults(): ResultEvent[] {
    const out = this.results;
    this.results = [];
    return out;
  }

  // ------------------------------------------------------------------------------ timing ----

  /** Time the question has been running, pauses excluded. */
  private activeMs(run: QuestionRun, now: number): number {
    return now - run.openedAt - run.pausedTotalMs - (run.pausedAt === null ? 0 : now - run.pausedAt);
  }

  private limitFor(run: QuestionRun, p: PlayerState | null): number | null {
    return run.limitMs === null ? null : run.limitMs + (p?.extraMs ?? 0);
  }

  private closesAt(run: QuestionRun, p: PlayerState | null): number | null {
    const limit = this.limitFor(run, p);
    if (limit === null || run.pausedAt !== null) return null;
    return run.openedAt + run.pausedTotalMs + limit;
  }

  private activePlayers(): PlayerState[] {
    return [...this.state.players.values()].filter((p) => !p.removed);
  }

  /** When the open question must close by its timer (the latest extra time included), or null. */
  private timerDeadline(): number | null {
    const run = this.run;
    if (!run?.open || run.limitMs === null || run.pausedAt !== null) return null;
    const extra = Math.max(0, ...this.activePlayers().map((p) => p.extraMs));
    return run.openedAt + run.pausedTotalMs + run.limitMs + extra;
  }

  /** Players the open question still waits for: not answered, and connected or only just dropped. */
  private waitingFor(run: QuestionRun): PlayerState[] {
    const now = this.now();
    return this.activePlayers().filter((p) => !p.answers.has(run.index) && (p.connected || now - p.disconnectedAt! < DROP_GRACE_MS));
  }

  /** When the question would close because everyone left has answered (a dropped player's grace ending). */
  private graceDeadline(): number | null {
    const run = this.run;
    if (!run?.open || run.pausedAt !== null || !this.activePlayers().some((p) => p.answers.has(run.index))) return null;
    const waiting = this.waitingFor(run);
    if (waiting.length === 0 || waiting.some((p) => p.connected)) return null;
    return Math.max(...waiting.map((p) => p.disconnectedAt! + DROP_GRACE_MS));
  }

  /** The next time tick() may change something, or null. */
  nextDeadline(): number | null {
    const times = [this.timerDeadline(), this.graceDeadline()].filter((t) => t !== null);
    return times.length ? Math.min(...times) : null;
  }

  /** Closes the open question when its time is up, or when a dropped player's grace ran out. */
  tick(): Outbound[] {
    const deadline = this.timerDeadline();
    return deadline !== null && this.now() >= deadline ? this.close() : this.closeIfAllAnswered();
  }

  // ------------------------------------------------------------------------- messages ----

  private questionFor(run: QuestionRun, p: PlayerState | null): QuestionMessage {
    const q = this.state.questions[run.index]!;
    const limit = this.limitFor(run, p);
    const msg: QuestionMessage = {
      type: 'question', index: run.index, total: this.state.questions.length, text: q.text, options: q.options, kind: q.kind,
      closesAt: this.closesAt(run, p), remainingMs: null,
    };
    if (msg.closesAt !== null) msg.remainingMs = Math.max(0, msg.closesAt - this.now());
    if (run.pausedAt !== null && limit !== null) msg.pausedRemainingMs = Math.max(0, limit - this.activeMs(run, this.now()));
    const answered = p?.answers.get(run.index);
    if (answered) msg.answered = answered.choice;
    return msg;
  }

  /** One message for host, screen and players without extra time; one each for players with it. */
  private questionToAll(run: QuestionRun): Outbound[] {
    const base = this.questionFor(run, null);
    const special = this.activePlayers().filter((p) => p.extraMs > 0 || p.answers.has(run.index));
    return [
      { to: host, msg: base }, { to: screen, msg: base },
      { to: { role: 'players', except: special.map((p) => p.id) }, msg: base },
      ...special.map((p) => ({ to: { player: p.id }, msg: this.questionFor(run, p) })),
    ];
  }

  private lobby(): Outbound[] {
    const msg: ServerMessage = {
      type: 'lobby', locked: this.state.locked, allowLate: this.state.allowLate,
      players: this.activePlayers().map((p) => ({ playerId: p.id, nickname: p.nickname, connected: p.connected })),
    };
    return [{ to: host, msg }, { to: screen, msg }];
  }

  private progress(run: QuestionRun): Outbound[] {
    const players = this.activePlayers();
    const msg: ServerMessage = { type: 'progress', questionIndex: run.index, answered: players.filter((p) => p.answers.has(run.index)).length, players: players.length };
    return [{ to: host, msg }, { to: screen, msg }];
  }

  private info(): { title: string; total: number; phase: GameState['phase'] } {
    return { title: this.state.title, total: this.state.questions.length, phase: this.state.phase };
  }

  // ------------------------------------------------------------------------- players ----

  /** A new player, or the same one again with its resume token. */
  join({ conn, nickname, resumeToken, learnerId }: { conn: string; nickname: string; resumeToken?: string; learnerId?: string | null }): Outbound[] {
    const now = this.now();
    if (resumeToken) {
      const p = [...this.state.players.values()].find((x) => x.token === resumeToken);
      if (!p) refuse('resume-expired', '找不到之前的加入记录，请重新输入昵称加入。');
      if (p!.removed) refuse('removed', '你已被老师移出本次测验。');
      if (!p!.connected && now - p!.disconnectedAt! > RESUME_WINDOW_MS) refuse('resume-expired', '断线已超过2分钟，请重新输入昵称加入。');
      p!.conn = conn;
      return this.welcome(conn, p!);
    }
    const { phase } = this.state;
    if (phase === 'ended') refuse('started', '本次测验已结束。');
    if (phase === 'lobby' && this.state.locked) refuse('locked', '老师已锁定房间，暂不能加入。');
    if (phase !== 'lobby' && !this.state.allowLate) refuse('started', '测验已开始，老师未允许迟到加入。');
    const cleaned = cleanNickname(nickname);
    if ('problem' in cleaned) return refuse('nickname', cleaned.problem);
    const active = this.activePlayers();
    if (active.length >= MAX_PLAYERS) refuse('full', `本次测验人数已满（${MAX_PLAYERS}人）。`);
    const lower = cleaned.nickname.toLowerCase();
    if (active.some((p) => p.nickname.toLowerCase() === lower)) refuse('nickname', '这个昵称已有人使用，请换一个。');
    const run = this.run;
    const p: PlayerState = {
      id: `p${++this.seq}`, nickname: cleaned.nickname, token: randomToken(this.random), ...(learnerId ? { learnerId } : {}),
      connected: true, conn, disconnectedAt: null, removed: false, extraMs: 0, score: 0, answers: new Map(),
      joinedAtActiveMs: run?.open ? this.activeMs(run, now) : 0,
    };
    this.state.players.set(p.id, p);
    return this.welcome(conn, p);
  }

  /** `joined` to the new socket, then what it must see now, and the lobby to host and screen. */
  private welcome(conn: string, p: PlayerState): Outbound[] {
    p.connected = true;
    p.disconnectedAt = null;
    const out: Outbound[] = [{ to: { conn }, msg: { type: 'joined', playerId: p.id, resumeToken: p.token, nickname: p.nickname, score: p.score, ...this.info() } }];
    const run = this.run;
    if (run && this.state.phase !== 'ended') {
      out.push({ to: { player: p.id }, msg: this.questionFor(run, p) });
      if (!run.open) out.push(...this.resultFor(run, p));
      if (this.state.phase === 'reveal') out.push({ to: { player: p.id }, msg: this.revealMsg(run) });
    }
    if (this.state.phase === 'ended') out.push({ to: { player: p.id }, msg: { type: 'ended', top5: top5(this.state), player: playerReport(this.state, p) } });
    return [...out, ...this.lobby()];
  }

  /** A player's socket closed; they may resume within RESUME_WINDOW_MS. A late close of a replaced socket is ignored. */
  disconnect(playerId: string, conn?: string): Outbound[] {
    const p = this.state.players.get(playerId);
    if (!p || p.removed || !p.connected || (conn !== undefined && conn !== p.conn)) return [];
    p.connected = false;
    p.disconnectedAt = this.now();
    return [...this.lobby(), ...this.closeIfAllAnswered()];
  }

  answer(playerId: string, questionIndex: number, choice: number[]): Outbound[] {
    const now = this.now();
    const p = this.state.players.get(playerId);
    const run = this.run;
    const nack = (reason: string): Outbound[] => [{ to: { player: playerId }, msg: { type: 'ack', questionIndex, accepted: false, reason } }];
    if (!p || p.removed) return nack('你已不在本次测验中。');
    if (!run || run.index !== questionIndex || this.state.phase !== 'question') return nack('这道题不在作答中。');
    if (!run.open) return nack('本题已结束作答。');
    if (run.pausedAt !== null) return nack('老师已暂停，请稍候。');
    if (p.answers.has(questionIndex)) return nack('本题已作答，不能修改。');
    const q = this.state.questions[questionIndex]!;
    const problem = choiceProblem(q, choice);
    if (problem) return nack(problem);
    const active = this.activeMs(run, now);
    const limit = this.limitFor(run, p);
    if (limit !== null && active > limit) return nack('作答时间已到。');
    const timeMs = Math.max(0, active - p.joinedAtActiveMs);
    const correct = isCorrect(q, choice);
    p.answers.set(questionIndex, { choice: [...choice].sort((a, b) => a - b), correct, timeMs, points: pointsFor({ correct, scoring: this.state.settings.scoring, timeMs, limitMs: limit }) });
    return [{ to: { player: playerId }, msg: { type: 'ack', questionIndex, accepted: true } }, ...this.progress(run), ...this.closeIfAllAnswered()];
  }

  private closeIfAllAnswered(): Outbound[] {
    const run = this.run;
    if (!run?.open || run.pausedAt !== null) return [];
    const answered = this.activePlayers().some((p) => p.answers.has(run.index));
    return answered && this.waitingFor(run).length === 0 ? this.close() : [];
  }

  // ------------------------------------------------------------------------ question flow ----

  private openQuestion(index: number): Outbound[] {
    const q = this.state.questions[index]!;
    const timerSec = q.timerSec === undefined ? this.state.settings.timerSec : q.timerSec;
    const run: QuestionRun = { index, openedAt: this.now(), limitMs: timerSec === null ? null : timerSec * 1000, pausedAt: null, pausedTotalMs: 0, open: true, skipped: false };
    for (const p of this.state.players.values()) p.joinedAtActiveMs = 0;
    this.state.runs.push(run);
    this.state.phase = 'question';
    return [...this.questionToAll(run), ...this.progress(run)];
  }

  private resultFor(run: QuestionRun, p: PlayerState): Outbound[] {
    const a = p.answers.get(run.index);
    return [{ to: { player: p.id }, msg: { type: 'result', questionIndex: run.index, correct: a?.correct ?? false, points: a?.points ?? 0, total: p.score, answered: !!a } }];
  }

  /** Stops answers, scores them, tells each player their result and queues the batch for the sink. */
  private close(): Outbound[] {
    const run = this.run!;
    const q = this.state.questions[run.index]!;
    if (run.pausedAt !== null) this.resumeRun(run);
    run.open = false;
    this.state.phase = 'closed';
    const answers: AnswerRecord[] = [];
    const out: Outbound[] = [{ to: host, msg: { type: 'closed', questionIndex: run.index } }, { to: screen, msg: { type: 'closed', questionIndex: run.index } }];
    for (const p of this.state.players.values()) {
      const a = p.answers.get(run.index);
      if (a) {
        p.score += a.points;
        answers.push({ playerId: p.id, nickname: p.nickname, ...(p.learnerId ? { learnerId: p.learnerId } : {}), questionIndex: run.index, questionId: q.id, ...a });
      }
      if (!p.removed) out.push(...this.resultFor(run, p));
    }
    this.results.push({ kind: 'question', index: run.index, id: q.id, skipped: false, answers });
    return out;
  }

  private revealMsg(run: QuestionRun): ServerMessage {
    const q = this.state.questions[run.index]!;
    return {
      type: 'reveal', questionIndex: run.index, correctOptions: q.correct, distribution: distribution(this.state, run.index),
      top5: top5(this.state), ...(q.explanation ? { explanation: q.explanation } : {}),
    };
  }

  private resumeRun(run: QuestionRun): void {
    run.pausedTotalMs += this.now() - run.pausedAt!;
    run.pausedAt = null;
  }

  private expectPhase(...phases: GameState['phase'][]): void {
    if (!phases.includes(this.state.phase)) refuse('bad-state', '当前阶段不能这样操作。');
  }

  // ---------------------------------------------------------------------- host commands ----

  next(): Outbound[] {
    this.expectPhase('lobby', 'closed', 'reveal');
    const index = this.state.runs.length;
    return index >= this.state.questions.length ? this.end() : this.openQuestion(index);
  }

  reveal(): Outbound[] {
    this.expectPhase('question', 'closed');
    const out = this.run!.open ? this.close() : [];
    this.state.phase = 'reveal';
    const msg = this.revealMsg(this.run!);
    return [...out, { to: host, msg }, { to: screen, msg }, { to: { role: 'players' }, msg }];
  }

  /** Drops the open question (no scores, answers discarded) and opens the next, or ends. */
  skip(): Outbound[] {
    this.expectPhase('question');
    const run = this.run!;
    run.open = false;
    run.skipped = true;
    for (const p of this.state.players.values()) p.answers.delete(run.index);
    const q = this.state.questions[run.index]!;
    this.results.push({ kind: 'question', index: run.index, id: q.id, skipped: true, answers: [] });
    this.state.phase = 'closed';
    const closed: ServerMessage = { type: 'closed', questionIndex: run.index };
    return [{ to: host, msg: closed }, { to: screen, msg: closed }, { to: { role: 'players' }, msg: closed }, ...this.next()];
  }

  pause(): Outbound[] {
    this.expectPhase('question');
    const run = this.run!;
    if (run.pausedAt !== null) return [];
    run.pausedAt = this.now();
    return this.questionToAll(run).map((o) => ({ to: o.to, msg: o.msg.type === 'question' ? { type: 'paused', questionIndex: run.index, remainingMs: o.msg.pausedRemainingMs ?? 0 } : o.msg }));
  }

  resume(): Outbound[] {
    this.expectPhase('question');
    const run = this.run!;
    if (run.pausedAt === null) return [];
    this.resumeRun(run);
    return this.questionToAll(run);
  }

  end(): Outbound[] {
    if (this.state.phase === 'ended') return [];
    const out = this.run?.open ? this.close() : [];
    this.state.phase = 'ended';
    this.state.endedAt = this.now();
    const report = hostReport(this.state, this.state.endedAt);
    this.results.push({ kind: 'ended', report });
    const best = top5(this.state);
    out.push({ to: host, msg: { type: 'ended', top5: best, report } }, { to: screen, msg: { type: 'ended', top5: best } });
    for (const p of this.activePlayers()) out.push({ to: { player: p.id }, msg: { type: 'ended', top5: best, player: playerReport(this.state, p) } });
    return out;
  }

  remove(playerId: string): Outbound[] {
    const p = this.state.players.get(playerId);
    if (!p || p.removed) refuse('bad-state', '没有这位学生。');
    p!.removed = true;
    p!.connected = false;
    return [{ to: { player: playerId }, msg: { type: 'removed' } }, ...this.lobby(), ...(this.run?.open ? [...this.progress(this.run), ...this.closeIfAllAnswered()] : [])];
  }

  setLocked(locked: boolean): Outbound[] {
    this.state.locked = locked;
    return this.lobby();
  }

  setAllowLate(allowed: boolean): Outbound[] {
    this.state.allowLate = allowed;
    return this.lobby();
  }

  /** Extra seconds for one player from now on; an open timed question is extended for them at once. */
  extraTime(playerId: string, seconds: number): Outbound[] {
    const p = this.state.players.get(playerId);
    if (!p || p.removed) refuse('bad-state', '没有这位学生。');
    p!.extraMs = seconds * 1000;
    const run = this.run;
    return run?.open ? [{ to: { player: p!.id }, msg: this.questionFor(run, p!) }] : [];
  }

  // -------------------------------------------------------------------- host and screen ----

  /** What a (re-)attaching host or screen must see now. */
  attach(role: 'host' | 'screen', conn: string, keys: { screenKey: string }): Outbound[] {
    const { code, settings } = this.state;
    const first: ServerMessage = role === 'host'
      ? { type: 'hosting', code, screenKey: keys.screenKey, settings, index: this.run?.index ?? -1, ...this.info() }
      : { type: 'watching', code, ...this.info() };
    const out: Outbound[] = [{ to: { conn }, msg: first }];
    const to = { conn };
    out.push(...this.lobby().filter((o) => 'role' in o.to && o.to.role === 'host').map((o) => ({ to, msg: o.msg })));
    const run = this.run;
    if (run && this.state.phase !== 'ended') {
      out.push({ to, msg: this.questionFor(run, null) });
      if (run.open) out.push({ to, msg: this.progress(run)[0]!.msg });
      else out.push({ to, msg: { type: 'closed', questionIndex: run.index } });
      if (this.state.phase === 'reveal') out.push({ to, msg: this.revealMsg(run) });
    }
    if (this.state.phase === 'ended') {
      const report = hostReport(this.state, this.state.endedAt!);
      out.push({ to, msg: role === 'host' ? { type: 'ended', top5: top5(this.state), report } : { type: 'ended', top5: top5(this.state) } });
    }
    return out;
  }
}
