/** A Node WebSocket client for the live quiz tests: sends messages, waits for the ones it expects. */
import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '../../core/live/protocol';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export class LiveClient {
  readonly messages: ServerMessage[] = [];
  private readonly used = new Set<number>();
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as ServerMessage);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<LiveClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve(new LiveClient(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  send(msg: ClientMessage | string): void {
    this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  /** The first message of `type` (matching `when`) not taken by an earlier wait. */
  async next<T extends ServerMessage['type']>(type: T, when: (m: Of<T>) => boolean = () => true, timeoutMs = 5000): Promise<Of<T>> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const i = this.messages.findIndex((m, k) => !this.used.has(k) && m.type === type && when(m as Of<T>));
      if (i >= 0) {
        this.used.add(i);
        return this.messages[i] as Of<T>;
      }
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) waiting for ${type}`);
      const left = until - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${type}; got ${this.messages.map((m) => m.type).join(',')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const until = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    if (!this.closed) throw new Error('socket still open');
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }
}
