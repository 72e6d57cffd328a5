/**
 * LiveStore on Redis (PUFA_LIVE_REDIS_URL): game records as keys (`SET NX PX`, so two processes
 * never hand out the same code), input and output as pub/sub channels per game. Two connections:
 * one for commands and publishing, one in subscriber mode.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Outbound } from '../../core/live/game';
import type { GameInput, GameRecord, LiveStore, Unsubscribe } from './store';

const PREFIX = 'pufa:live:';
const gameKey = (code: string) => `${PREFIX}game:${code}`;
const inChannel = (code: string) => `${PREFIX}in:${code}`;
const outChannel = (code: string) => `${PREFIX}out:${code}`;

export class RedisLiveStore implements LiveStore {
  readonly node = randomUUID();
  private readonly cmd: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Set<(text: string) => void>>();
  private readonly subscribing = new Map<string, Promise<unknown>>();

  constructor(url: string) {
    this.cmd = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub.on('message', (channel: string, text: string) => {
      for (const h of this.handlers.get(channel) ?? []) h(text);
    });
    for (const c of [this.cmd, this.sub]) c.on('error', (e: Error) => console.error('课堂测验 Redis 连接错误：', e.message));
  }

  async claim(record: GameRecord, ttlMs: number): Promise<boolean> {
    return (await this.cmd.set(gameKey(record.code), JSON.stringify(record), 'PX', ttlMs, 'NX')) === 'OK';
  }

  async lookup(code: string): Promise<GameRecord | null> {
    const text = await this.cmd.get(gameKey(code));
    return text ? (JSON.parse(text) as GameRecord) : null;
  }

  async release(code: string): Promise<void> {
    await this.cmd.del(gameKey(code));
  }

  async sendInput(code: string, input: GameInput): Promise<void> {
    await this.cmd.publish(inChannel(code), JSON.stringify(input));
  }

  onInput(code: string, handler: (input: GameInput) => void): Promise<Unsubscribe> {
    return this.listen(inChannel(code), (text) => handler(JSON.parse(text) as GameInput));
  }

  async publish(code: string, batch: Outbound[]): Promise<void> {
    await this.cmd.publish(outChannel(code), JSON.stringify(batch));
  }

  onOutput(code: string, handler: (batch: Outbound[]) => void): Promise<Unsubscribe> {
    return this.listen(outChannel(code), (text) => handler(JSON.parse(text) as Outbound[]));
  }

  /** Resolves once Redis confirms the subscription, so nothing published after it is missed. */
  private async listen(channel: string, handler: (text: string) => void): Promise<Unsubscribe> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      this.subscribing.set(channel, this.sub.subscribe(channel));
    }
    set.add(handler);
    await this.subscribing.get(channel);
    return async () => {
      set.delete(handler);
      if (set.size > 0 || this.handlers.get(channel) !== set) return;
      this.handlers.delete(channel);
      this.subscribing.delete(channel);
      await this.sub.unsubscribe(channel);
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.cmd.quit(), this.sub.quit()]);
  }
}
