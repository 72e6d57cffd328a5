/**
 * This process's sockets, by game: who is host, screen or which player, and delivery of a game's
 * output batch to the ones here. A socket gets its role only when the game's welcome for it
 * (`joined`, `hosting`, `watching`, `created`) arrives, so a refused socket never hears a broadcast.
 */
import type { WebSocket } from 'ws';
import type { Audience, Outbound } from '../../core/live/game';
import { CLOSE_REMOVED, CLOSE_REPLACED, type Role, type ServerMessage } from '../../core/live/protocol';
import type { Unsubscribe } from './store';

/** A socket this far behind (slow phone, dead link) is dropped rather than buffered. */
const MAX_BUFFERED_BYTES = 1 << 20;

export interface Conn {
  id: string;
  ws: WebSocket;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  code?: string;
  role?: Role;
  playerId?: string;
  hostId?: string;
  /** Set when a newer socket took over this player: its close is not a disconnect. */
  replaced?: boolean;
  alive: boolean;
}

interface LocalGame {
  hosts: Set<Conn>;
  screens: Set<Conn>;
  players: Map<string, Conn>;
  pending: Set<Conn>;
  unsubscribe: Promise<Unsubscribe>;
}

export function send(conn: Conn, msg: ServerMessage | string): void {
  if (conn.ws.readyState !== conn.ws.OPEN) return;
  if (conn.ws.bufferedAmount > MAX_BUFFERED_BYTES) return void conn.ws.terminate();
  conn.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
}

export class Connections {
  private readonly games = new Map<string, LocalGame>();
  private readonly byId = new Map<string, Conn>();
  constructor(private readonly subscribe: (code: string, deliver: (batch: Outbound[]) => void) => Promise<Unsubscribe>) {}

  /** Puts `conn` in game `code` awaiting its welcome; resolves once this process hears the game. */
  async enter(conn: Conn, code: string): Promise<void> {
    conn.code = code;
    let game = this.games.get(code);
    if (!game) {
      game = { hosts: new Set(), screens: new Set(), players: new Map(), pending: new Set(), unsubscribe: this.subscribe(code, (b) => this.deliver(code, b)) };
      this.games.set(code, game);
    }
    game.pending.add(conn);
    this.byId.set(conn.id, conn);
    await game.unsubscribe;
  }

  /** Forgets a closed socket; the game's output is unsubscribed when none of its sockets is left here. */
  leave(conn: Conn): void {
    const game = conn.code ? this.games.get(conn.code) : undefined;
    this.byId.delete(conn.id);
    if (!game) return;
    game.pending.delete(conn);
    game.hosts.delete(conn);
    game.screens.delete(conn);
    if (conn.playerId && game.players.get(conn.playerId) === conn) game.players.delete(conn.playerId);
    if (game.pending.size + game.hosts.size + game.screens.size + game.players.size === 0) {
      this.games.delete(conn.code!);
      game.unsubscribe.then((u) => u()).catch(() => {});
    }
  }

  /** Gives `conn` the role its welcome message names (and a player's id), replacing an older socket. */
  private promote(game: LocalGame, conn: Conn, msg: ServerMessage): void {
    if (msg.type === 'created' || msg.type === 'hosting') conn.role = 'host';
    else if (msg.type === 'watching') conn.role = 'screen';
    else if (msg.type === 'joined') {
      conn.role = 'player';
      conn.playerId = msg.playerId;
      const old = game.players.get(msg.playerId);
      if (old && old !== conn) {
        old.replaced = true;
        old.ws.close(CLOSE_REPLACED, 'continued elsewhere');
      }
      game.players.set(msg.playerId, conn);
    } else return;
    game.pending.delete(conn);
    (conn.role === 'host' ? game.hosts : conn.role === 'screen' ? game.screens : null)?.add(conn);
  }

  /** The game's own welcome for a host socket that created it in this process. */
  welcomeCreator(conn: Conn, msg: ServerMessage): void {
    const game = this.games.get(conn.code!);
    if (game) this.promote(game, conn, msg);
    send(conn, msg);
  }

  private targets(code: string, game: LocalGame, to: Audience): Iterable<Conn> {
    if ('conn' in to) {
      const c = this.byId.get(to.conn);
      return c && c.code === code ? [c] : [];
    }
    if ('player' in to) {
      const c = game.players.get(to.player);
      return c ? [c] : [];
    }
    if (to.role === 'host') return game.hosts;
    if (to.role === 'screen') return game.screens;
    if (!to.except?.length) return game.players.values();
    const except = new Set(to.except);
    return [...game.players.values()].filter((c) => !except.has(c.playerId!));
  }

  /** Sends each message of a batch to the sockets here it is for; each message serialised once. */
  deliver(code: string, batch: Outbound[]): void {
    const game = this.games.get(code);
    if (!game) return;
    const texts = new Map<ServerMessage, string>();
    for (const { to, msg } of batch) {
      let text = texts.get(msg);
      if (text === undefined) texts.set(msg, (text = JSON.stringify(msg)));
      for (const conn of this.targets(code, game, to)) {
        if ('conn' in to) this.promote(game, conn, msg);
        send(conn, text);
        if (msg.type === 'removed') {
          conn.replaced = true;
          conn.ws.close(CLOSE_REMOVED, 'removed');
        }
      }
    }
  }

  /** Every socket in this process (heartbeat, shutdown). */
  *all(): Iterable<Conn> {
    for (const g of this.games.values()) yield* [...g.pending, ...g.hosts, ...g.screens, ...g.players.values()];
  }
}
