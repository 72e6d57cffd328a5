/** A small quiz and a game on a fake clock, for the live-game unit tests. */
import { LiveGame, type Outbound } from '../../../core/live/game';
import type { LiveQuestion, LiveSettings, ServerMessage } from '../../../core/live/protocol';

export const QUESTIONS: LiveQuestion[] = [
  { id: 'q1', kind: 'single', text: '宪法日是哪一天？', options: ['12月4日', '3月15日', '6月26日'], correct: [0], explanation: '国家宪法日为每年12月4日。' },
  { id: 'q2', kind: 'multiple', text: '哪些属于法治六进？', options: ['进机关', '进乡村', '进月球', '进学校'], correct: [0, 1, 3] },
  { id: 'q3', kind: 'truefalse', text: '未成年人可以独立签订一切合同。', options: ['正确', '错误'], correct: [1], timerSec: null },
];

export function makeGame(settings: Partial<LiveSettings> = {}, questions = QUESTIONS) {
  const clock = { t: 1_000_000 };
  let n = 0;
  const game = new LiveGame({
    code: '123456', title: '宪法小测', questions, now: () => clock.t,
    settings: { timerSec: 20, scoring: 'accuracy', hideNames: false, ...settings },
    random: (k) => new Uint8Array(k).fill(++n % 256),
  });
  return { game, clock };
}

export const toPlayer = (out: Outbound[], playerId: string): ServerMessage[] =>
  out.filter((o) => ('player' in o.to && o.to.player === playerId) || ('role' in o.to && o.to.role === 'players' && !o.to.except?.includes(playerId))).map((o) => o.msg);

export const toRole = (out: Outbound[], role: 'host' | 'screen'): ServerMessage[] =>
  out.filter((o) => 'role' in o.to && o.to.role === role).map((o) => o.msg);

/** Joins a player and returns its id and token. */
export function join(game: LiveGame, nickname: string, conn = nickname): { id: string; token: string } {
  const joined = game.join({ conn, nickname }).find((o) => o.msg.type === 'joined')!.msg as Extract<ServerMessage, { type: 'joined' }>;
  return { id: joined.playerId, token: joined.resumeToken };
}
