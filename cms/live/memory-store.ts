/** The in-process LiveStore (default, `npm start`): maps and direct calls, nothing serialised. */
import type { Outbound } from '../../core/live/game';
import type { GameInput, GameRecord, LiveStore, Unsubscribe } from './store';

type Handlers<T> = Map<string, Set<(value: T) => void>>;

function subscribe<T>(map: Handlers<T>, code: string, handler: (value: T) => void): Unsubscribe {
  const set = map.get(code) ?? new Set();
  map.set(code, set);
  set.add(handler);
  return async () => {
    set.delete(handler);
    if (set.size === 0) map.delete(code);
  };
}

export class MemoryLiveStore implements LiveStore {
  readonly node = 'local';
  private readonly games = new Map<string, { record: GameRecord; expires: number }>();
  private readonly inputs: Handlers<GameInput> = new Map();
  private readonly outputs: Handlers<Outbound[]> = new Map();

  async claim(record: GameRecord, ttlMs: number): Promise<boolean> {
    const held = this.games.get(record.code);
    if (held && held.expires > Date.now()) return false;
    this.games.set(record.code, { record, expires: Date.now() + ttlMs });
    return true;
  }

  async lookup(code: string): Promise<GameRecord | null> {
    const held = this.games.get(code);
    return held && held.expires > Date.now() ? held.record : null;
  }

  async release(code: string): Promise<void> {
    this.games.delete(code);
  }

  async sendInput(code: string, input: GameInput): Promise<void> {
    for (const h of this.inputs.get(code) ?? []) h(input);
  }

  async onInput(code: string, handler: (input: GameInput) => void): Promise<Unsubscribe> {
    return subscribe(this.inputs, code, handler);
  }

  async publish(code: string, batch: Outbound[]): Promise<void> {
    for (const h of this.outputs.get(code) ?? []) h(batch);
  }

  async onOutput(code: string, handler: (batch: Outbound[]) => void): Promise<Unsubscribe> {
    return subscribe(this.outputs, code, handler);
  }

  async close(): Promise<void> {
    this.inputs.clear();
    this.outputs.clear();
  }
}
