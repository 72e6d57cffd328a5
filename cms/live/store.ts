/**
 * Where live games are found and how their messages travel. Each game runs in ONE process (the
 * one whose host created it: its rules, timer and results sink); every process with sockets in
 * that game forwards their input to it and delivers its output batches to them.
 * MemoryLiveStore: one process (the default). RedisLiveStore: several processes sharing games.
 */
import type { Outbound } from '../../core/live/game';
import type { HostCommand } from '../../core/live/protocol';

/** A game as every process may look it up by code. */
export interface GameRecord {
  code: string;
  quizSetId: string;
  hostId: string;
  /** The process running it. */
  node: string;
}

/** A socket's request to the game's process. `conn` names the socket (node id + counter). */
export type GameInput =
  | { kind: 'join'; conn: string; nickname: string; resumeToken?: string; learnerId?: string | null }
  | { kind: 'answer'; conn: string; playerId: string; questionIndex: number; choice: number[] }
  | { kind: 'command'; conn: string; hostId: string; command: HostCommand }
  | { kind: 'attach'; conn: string; role: 'host' | 'screen'; hostId?: string; screenKey?: string }
  | { kind: 'disconnect'; conn: string; playerId: string };

export type Unsubscribe = () => Promise<void>;

export interface LiveStore {
  /** This process's id, unique among the processes sharing the store. */
  readonly node: string;
  /** Reserves `record.code` for `ttlMs`; false when another game holds it. */
  claim(record: GameRecord, ttlMs: number): Promise<boolean>;
  lookup(code: string): Promise<GameRecord | null>;
  release(code: string): Promise<void>;
  /** To the process running game `code`. */
  sendInput(code: string, input: GameInput): Promise<void>;
  onInput(code: string, handler: (input: GameInput) => void): Promise<Unsubscribe>;
  /** From the running game to every process subscribed to its output. */
  publish(code: string, batch: Outbound[]): Promise<void>;
  onOutput(code: string, handler: (batch: Outbound[]) => void): Promise<Unsubscribe>;
  close(): Promise<void>;
}
