/**
 * One WebSocket to /live on this origin (core/live/protocol), reconnecting after a drop: every
 * reconnect calls `onOpen` again so the page re-sends its join/host/watch message (a player comes
 * back with the resume token; the server keeps them RESUME_WINDOW_MS).
 */
import { CLOSE_REMOVED, CLOSE_REPLACED, LIVE_PATH, RESUME_WINDOW_MS, type ClientMessage, type ServerMessage } from '../../../core/live/protocol';

export interface LiveSocket {
  send(message: ClientMessage): void;
  close(): void;
}

/** Close codes after which reconnecting would be wrong: another tab took over, or the teacher removed us. */
export const isFinalClose = (code: number): boolean => code === CLOSE_REPLACED || code === CLOSE_REMOVED;

export function liveSocket(handlers: {
  onOpen: (s: LiveSocket) => void;
  onMessage: (m: ServerMessage) => void;
  onState?: (connected: boolean) => void;
  /** The server ended this connection for good (4000 continued elsewhere, 4001 removed). */
  onFinal?: (code: number) => void;
}): LiveSocket {
  let ws: WebSocket | null = null;
  let closed = false;
  let lostAt = 0;
  const api: LiveSocket = {
    send: (m) => { if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m)); },
    close: () => { closed = true; ws?.close(); },
  };
  const open = () => {
    ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`);
    ws.addEventListener('open', () => { lostAt = 0; handlers.onState?.(true); handlers.onOpen(api); });
    ws.addEventListener('message', (e) => {
      try { handlers.onMessage(JSON.parse(String(e.data)) as ServerMessage); } catch { /* a frame that is not JSON is ignored */ }
    });
    ws.addEventListener('close', (e) => {
      // Closed by the page (the game ended, the player was removed): nothing to report or retry.
      if (closed) return;
      // Two tabs of one player would otherwise take the game from each other forever, and a removed
      // player would knock for two minutes.
      if (isFinalClose(e.code)) {
        closed = true;
        handlers.onFinal?.(e.code);
        return;
      }
      handlers.onState?.(false);
      lostAt ||= Date.now();
      if (Date.now() - lostAt < RESUME_WINDOW_MS) setTimeout(open, 1000);
    });
  };
  open();
  return api;
}

/** Seconds left until `closesAt` (epoch ms), never negative. */
export const secondsLeft = (closesAt: number | null): number | null => (closesAt == null ? null : Math.max(0, Math.ceil((closesAt - Date.now()) / 1000)));

/** Option letter for index i (A, B, …). */
export const letter = (i: number): string => String.fromCharCode(65 + i);
