/**
 * The socket layer at `/live` (thin): accepts WebSocket upgrades (ws, noServer), reads each
 * frame (size, JSON, shape, per-socket rate), checks who may host, creates games in this process,
 * and forwards everything else to the process running the game through the LiveStore.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { randomCode, randomToken } from '../../core/live/code';
import { LiveError } from '../../core/live/errors';
import { LiveGame } from '../../core/live/game';
import { parseClientMessage } from '../../core/live/parse';
import { questionsProblem } from '../../core/live/questions';
import { MAX_MESSAGE_BYTES, type ClientMessage, type ErrorCode, type HostAuth, type PlayerAuth, type QuizSource, type ResultsSink } from '../../core/live/protocol';
import { RateLimiter, type RateRule } from '../../core/security/rate-limit';
import { addressBehindProxies, trustedProxies } from '../security/client-address';
import { configuredOrigins, isOwnOrigin } from '../security/csrf';
import { Connections, send, type Conn } from './connections';
import { GameRunner } from './runner';
import type { LiveStore } from './store';

export interface LiveServices {
  store: LiveStore;
  quizzes: QuizSource;
  sink: ResultsSink;
  hostAuth: HostAuth;
  playerAuth?: PlayerAuth;
  /** Attempts with an unknown code per address (guessing); joins to a real game are not counted, so a class behind one school address is never held up. */
  joinRule?: RateRule;
}

/** Unknown codes per address: 30 at once, then one per 2 s (a 900,000-code space takes years). */
export const JOIN_RULE: RateRule = { limit: 30, windowMs: 60_000 };
/** Frames per socket: 40 at once, 4 per second after. */
const FRAME_RULE: RateRule = { limit: 40, windowMs: 10_000 };
const GAME_TTL_MS = 12 * 3600_000;
const HEARTBEAT_MS = 30_000;

const fail = (code: ErrorCode, message: string): never => {
  throw new LiveError(code, message);
};

export class LiveHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES * 4, perMessageDeflate: false });
  private readonly runners = new Map<string, GameRunner>();
  private readonly sockets = new Set<Conn>();
  private readonly connections: Connections;
  private readonly limiter = new RateLimiter();
  private readonly proxies = trustedProxies();
  private readonly origins = configuredOrigins();
  private readonly heartbeat: NodeJS.Timeout;
  private seq = 0;

  constructor(private readonly services: LiveServices) {
    this.connections = new Connections((code, deliver) => services.store.onOutput(code, deliver));
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private get joinRule(): RateRule {
    return this.services.joinRule ?? JOIN_RULE;
  }

  /** Takes over an upgrade request for `/live` (a foreign Origin is refused with 403). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const origin = req.headers.origin;
    if (origin && !isOwnOrigin(origin, req.headers.host, this.origins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n来源不受信任。');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
  }

  private accept(ws: WebSocket, req: IncomingMessage): void {
    const conn: Conn = {
      id: `${this.services.store.node}:${++this.seq}`, ws, alive: true, headers: req.headers,
      ip: addressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], this.proxies),
    };
    this.sockets.add(conn);
    ws.on('pong', () => (conn.alive = true));
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      conn.alive = true;
      void this.onFrame(conn, isBinary ? null : data.toString()).catch((e: unknown) => {
        if (e instanceof LiveError) return send(conn, { type: 'error', code: e.code, message: e.message });
        console.error('课堂测验处理消息出错：', e);
        send(conn, { type: 'error', code: 'bad-message', message: '服务器处理出错，请重试。' });
      });
    });
    ws.on('close', () => {
      this.sockets.delete(conn);
      this.connections.leave(conn);
      if (conn.role === 'player' && !conn.replaced) this.toGame(conn, { kind: 'disconnect', conn: conn.id, playerId: conn.playerId! }).catch(() => {});
    });
  }

  private async onFrame(conn: Conn, text: string | null): Promise<void> {
    if (!this.limiter.hit(`frame:${conn.id}`, FRAME_RULE).allowed) fail('rate-limited', '发送过于频繁，请稍候。');
    if (text === null) fail('bad-message', '只接受文本消息。');
    let msg: ClientMessage;
    try {
      msg = parseClientMessage(text!);
    } catch (e) {
      if (e instanceof LiveError && e.code === 'too-large') {
        send(conn, { type: 'error', code: e.code, message: e.message });
        return void conn.ws.close(1009, 'too large');
      }
      throw e;
    }
    if (msg.type === 'ping') return send(conn, { type: 'pong' });
    if (msg.type === 'create' || msg.type === 'host' || msg.type === 'watch' || msg.type === 'join') {
      if (conn.role) fail('bad-state', '这个连接已加入测验。');
      // A refused join (e.g. a taken nickname) may be retried on the same socket.
      if (conn.code) this.connections.leave(conn);
      return this.enter(conn, msg);
    }
    if (!conn.role) fail('bad-state', '请先加入测验。');
    if (msg.type === 'answer') {
      if (conn.role !== 'player') fail('forbidden', '只有学生可以作答。');
      return this.toGame(conn, { kind: 'answer', conn: conn.id, playerId: conn.playerId!, questionIndex: msg.questionIndex, choice: msg.choice });
    }
    if (conn.role !== 'host') fail('forbidden', '只有主持的老师可以操作。');
    return this.toGame(conn, { kind: 'command', conn: conn.id, hostId: conn.hostId!, command: msg });
  }

  private async enter(conn: Conn, msg: Extract<ClientMessage, { type: 'create' | 'host' | 'watch' | 'join' }>): Promise<void> {
    const { store } = this.services;
    if (msg.type === 'create') return this.create(conn, msg);
    const key = `code:${conn.ip}`;
    if (!this.limiter.peek(key, this.joinRule).allowed) fail('rate-limited', '加入码输错次数过多，请稍后再试。');
    const record = await store.lookup(msg.code);
    if (!record) {
      this.limiter.hit(key, this.joinRule);
      fail('no-game', '没有找到这个加入码的测验，请核对后重试。');
    }
    if (msg.type === 'host') {
      const who = await this.services.hostAuth.authorize({ headers: conn.headers, quizSetId: record!.quizSetId });
      if (!who || who.hostId !== record!.hostId) fail('forbidden', '只有创建本次测验的老师可以主持。');
      conn.hostId = who!.hostId;
    }
    await this.connections.enter(conn, msg.code);
    if (msg.type === 'host') return this.toGame(conn, { kind: 'attach', conn: conn.id, role: 'host', hostId: conn.hostId });
    if (msg.type === 'watch') return this.toGame(conn, { kind: 'attach', conn: conn.id, role: 'screen', screenKey: msg.screenKey });
    const learnerId = (await this.services.playerAuth?.learnerOf(conn.headers)) ?? null;
    return this.toGame(conn, { kind: 'join', conn: conn.id, nickname: msg.nickname, ...(msg.resumeToken ? { resumeToken: msg.resumeToken } : {}), learnerId });
  }

  /** A new game run by this process, under a code no other game holds. */
  private async create(conn: Conn, msg: Extract<ClientMessage, { type: 'create' }>): Promise<void> {
    const { store, quizzes, sink, hostAuth } = this.services;
    const who = await hostAuth.authorize({ headers: conn.headers, quizSetId: msg.quizSetId });
    if (!who) fail('forbidden', '没有权限为这套测验开课堂测验（需本校教师账号登录）。');
    const quiz = await quizzes.load(msg.quizSetId);
    if (!quiz || quiz.questions.length === 0) fail('no-quiz', '找不到这套测验，或它没有题目。');
    const problem = questionsProblem(quiz!.questions);
    if (problem) fail('no-quiz', problem);
    let code = '';
    for (let i = 0; i < 20 && !code; i++) {
      const candidate = randomCode();
      if (await store.claim({ code: candidate, quizSetId: msg.quizSetId, hostId: who!.hostId, node: store.node }, GAME_TTL_MS)) code = candidate;
    }
    if (!code) fail('bad-state', '暂时无法分配加入码，请重试。');
    const game = new LiveGame({ code, title: quiz!.title, questions: quiz!.questions, settings: msg.settings, now: Date.now });
    const info = { code, gameId: code, quizSetId: msg.quizSetId, hostId: who!.hostId, title: quiz!.title, settings: msg.settings, startedAt: Date.now() };
    const screenKey = randomToken();
    const runner = new GameRunner(game, info, screenKey, store, sink, () => this.runners.delete(code));
    this.runners.set(code, runner);
    await runner.start();
    conn.hostId = who!.hostId;
    await this.connections.enter(conn, code);
    this.connections.welcomeCreator(conn, { type: 'created', code, screenKey, title: quiz!.title, total: quiz!.questions.length, settings: msg.settings });
    send(conn, { type: 'lobby', players: [], locked: false, allowLate: game.state.allowLate });
  }

  private async toGame(conn: Conn, input: Parameters<LiveStore['sendInput']>[1]): Promise<void> {
    await this.services.store.sendInput(conn.code!, input);
  }

  /** Drops sockets that did not answer the last ping (a phone that lost its network). */
  private beat(): void {
    for (const conn of this.sockets) {
      if (!conn.alive) conn.ws.terminate();
      else {
        conn.alive = false;
        conn.ws.ping();
      }
    }
  }

  /** The runner of a game run by this process (tests, bench). */
  runner(code: string): GameRunner | undefined {
    return this.runners.get(code);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const conn of this.sockets) conn.ws.terminate();
    await Promise.all([...this.runners.values()].map((r) => r.dispose()));
    this.wss.close();
    await this.services.store.close();
  }
}
