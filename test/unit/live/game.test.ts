import { describe, expect, it } from 'vitest';
import { LiveError } from '../../../core/live/errors';
import type { ServerMessage } from '../../../core/live/protocol';
import { QUESTIONS, join, makeGame, toPlayer, toRole } from './fixture';

const of = <T extends ServerMessage['type']>(msgs: ServerMessage[], type: T) => msgs.filter((m) => m.type === type) as Extract<ServerMessage, { type: T }>[];

describe('live game flow', () => {
  it('runs lobby → question → closed → reveal → … → ended with scores and a report', () => {
    const { game, clock } = makeGame();
    const a = join(game, '小明');
    const b = join(game, '小红');
    expect(game.phase).toBe('lobby');
    const q1 = game.next();
    const shown = of(toPlayer(q1, a.id), 'question')[0]!;
    expect(shown).toMatchObject({ index: 0, total: 3, closesAt: clock.t + 20_000, kind: 'single' });
    expect(shown).not.toHaveProperty('correct');
    clock.t += 3000;
    expect(of(toPlayer(game.answer(a.id, 0, [0]), a.id), 'ack')[0]).toMatchObject({ accepted: true });
    const closing = game.answer(b.id, 0, [1]);
    // Everyone answered: the question closes by itself and each player gets their result.
    expect(game.phase).toBe('closed');
    expect(of(toPlayer(closing, a.id), 'result')[0]).toMatchObject({ correct: true, points: 1000, total: 1000 });
    expect(of(toPlayer(closing, b.id), 'result')[0]).toMatchObject({ correct: false, points: 0, total: 0 });
    const reveal = of(toRole(game.reveal(), 'screen'), 'reveal')[0]!;
    expect(reveal).toMatchObject({ correctOptions: [0], distribution: [1, 1, 0], explanation: '国家宪法日为每年12月4日。' });
    expect(reveal.top5.map((t) => t.nickname)).toEqual(['小明', '小红']);
    game.next();
    game.answer(a.id, 1, [3, 0, 1]);
    game.answer(b.id, 1, [0, 1]);
    // q3 has no timer of its own (timerSec: null overrides the session's 20 s).
    expect(of(toPlayer(game.next(), a.id), 'question')[0]!.closesAt).toBeNull();
    const ended = game.end();
    const report = of(toRole(ended, 'host'), 'ended')[0]!.report!;
    expect(report.questions.map((q) => [q.answered, q.correctCount])).toEqual([[2, 1], [2, 1], [0, 0]]);
    const ming = report.students.find((s) => s.nickname === '小明')!;
    expect(ming).toMatchObject({ score: 2000, correctCount: 2, answeredCount: 2 });
    expect(ming.accuracy).toBeCloseTo(2 / 3);
    expect(of(toPlayer(ended, b.id), 'ended')[0]!.player).toMatchObject({ score: 0, rank: 2, players: 2, asked: 3 });
    expect(game.drainResults().map((r) => r.kind)).toEqual(['question', 'question', 'question', 'ended']);
  });

  it('closes a timed question when the server timer runs out and refuses late answers', () => {
    const { game, clock } = makeGame({ timerSec: 10 });
    const a = join(game, '甲');
    join(game, '乙');
    game.next();
    expect(game.nextDeadline()).toBe(clock.t + 10_000);
    clock.t += 9_999;
    expect(game.tick()).toEqual([]);
    clock.t += 1;
    const out = game.tick();
    expect(game.phase).toBe('closed');
    expect(of(toPlayer(out, a.id), 'result')[0]).toMatchObject({ answered: false, points: 0 });
    expect(of(toPlayer(game.answer(a.id, 0, [0]), a.id), 'ack')[0]).toMatchObject({ accepted: false, reason: '这道题不在作答中。' });
  });

  it('pause stops the clock and refuses answers; resume gives the remaining time back', () => {
    const { game, clock } = makeGame({ timerSec: 10 });
    const a = join(game, '甲');
    join(game, '乙');
    game.next();
    clock.t += 4000;
    const paused = of(toPlayer(game.pause(), a.id), 'paused')[0]!;
    expect(paused.remainingMs).toBe(6000);
    expect(game.nextDeadline()).toBeNull();
    clock.t += 60_000;
    expect(game.tick()).toEqual([]);
    expect(of(toPlayer(game.answer(a.id, 0, [0]), a.id), 'ack')[0]!.accepted).toBe(false);
    const resumed = of(toPlayer(game.resume(), a.id), 'question')[0]!;
    expect(resumed.closesAt).toBe(clock.t + 6000);
    clock.t += 5000;
    game.answer(a.id, 0, [0]);
    expect(game.state.players.get(a.id)!.answers.get(0)!.timeMs).toBe(9000);
  });

  it('gives one player extra time: their own closesAt, answers accepted after the others are refused', () => {
    const { game, clock } = makeGame({ timerSec: 10 });
    const a = join(game, '甲');
    const b = join(game, '乙');
    join(game, '丙');
    expect(game.extraTime(b.id, 15)).toEqual([]);
    const out = game.next();
    expect(of(toPlayer(out, a.id), 'question')[0]!.closesAt).toBe(clock.t + 10_000);
    expect(of(toPlayer(out, b.id), 'question')).toHaveLength(1);
    expect(of(toPlayer(out, b.id), 'question')[0]!.closesAt).toBe(clock.t + 25_000);
    clock.t += 12_000;
    expect(game.tick()).toEqual([]);
    expect(of(toPlayer(game.answer(a.id, 0, [0]), a.id), 'ack')[0]).toMatchObject({ accepted: false, reason: '作答时间已到。' });
    expect(of(toPlayer(game.answer(b.id, 0, [0]), b.id), 'ack')[0]!.accepted).toBe(true);
    clock.t += 13_000;
    game.tick();
    expect(game.phase).toBe('closed');
  });

  it('speed scoring: 1000 at once, falling to 500 at the limit; accuracy is reported apart', () => {
    const { game, clock } = makeGame({ timerSec: 20, scoring: 'speed' });
    const a = join(game, '快');
    const b = join(game, '慢');
    game.next();
    game.answer(a.id, 0, [0]);
    clock.t += 20_000;
    game.answer(b.id, 0, [0]);
    expect([...game.state.players.values()].map((p) => p.score)).toEqual([1000, 500]);
  });

  it('skip drops the question unscored and opens the next one', () => {
    const { game } = makeGame();
    const a = join(game, '甲');
    join(game, '乙');
    game.next();
    game.answer(a.id, 0, [0]);
    const out = game.skip();
    expect(of(toPlayer(out, a.id), 'question')[0]!.index).toBe(1);
    game.end();
    const results = game.drainResults();
    expect(results[0]).toMatchObject({ kind: 'question', index: 0, skipped: true, answers: [] });
    const report = (results.at(-1) as { report: { questions: { skipped: boolean }[]; students: { score: number; accuracy: number }[] } }).report;
    expect(report.questions[0]!.skipped).toBe(true);
    expect(report.students[0]).toMatchObject({ score: 0, accuracy: 0 });
  });

  it('refuses host commands out of phase with a Chinese reason', () => {
    const { game } = makeGame();
    expect(() => game.reveal()).toThrow(LiveError);
    expect(() => game.pause()).toThrow('当前阶段不能这样操作。');
    join(game, '甲');
    game.next();
    expect(() => game.next()).toThrow('当前阶段不能这样操作。');
  });
});

describe('questions from the quiz source', () => {
  it('refuses a quiz the game cannot play, naming the question', () => {
    const bad = (q: Partial<(typeof QUESTIONS)[number]>) => () => makeGame({}, [QUESTIONS[0]!, { ...QUESTIONS[0]!, ...q }]);
    expect(() => makeGame({}, [])).toThrow('该测验没有题目。');
    expect(bad({ correct: [] })).toThrow('第2题的答案不在选项中。');
    expect(bad({ correct: [5] })).toThrow('第2题的答案不在选项中。');
    expect(bad({ correct: [0, 1] })).toThrow('第2题只能有一个正确答案。');
    expect(bad({ options: ['唯一'] })).toThrow('第2题的选项应为2–26个。');
    expect(bad({ timerSec: 3 })).toThrow('第2题的限时应为5–120秒，或不限时。');
    expect(bad({ kind: 'multiple', correct: [0, 1] })).not.toThrow();
  });
});

describe('joining', () => {
  it('lock refuses joins in the lobby; late join only when allowed', () => {
    const { game } = makeGame();
    join(game, '甲');
    game.setLocked(true);
    expect(() => game.join({ conn: 'c', nickname: '乙' })).toThrow('老师已锁定房间');
    game.setLocked(false);
    join(game, '乙');
    game.next();
    expect(() => game.join({ conn: 'c', nickname: '丙' })).toThrow('测验已开始');
    game.setAllowLate(true);
    const late = game.join({ conn: 'c', nickname: '丙' });
    // A late player sees the open question at once.
    expect(late.some((o) => 'player' in o.to && o.msg.type === 'question')).toBe(true);
  });

  it('refuses a taken, empty or too long nickname', () => {
    const { game } = makeGame();
    join(game, 'Ming');
    expect(() => game.join({ conn: 'x', nickname: ' ming ' })).toThrow('已有人使用');
    expect(() => game.join({ conn: 'x', nickname: '\u200b  ' })).toThrow('请输入昵称');
    expect(() => game.join({ conn: 'x', nickname: '一二三四五六七八九十一二三四五六七' })).toThrow('最多 16 个字');
  });

  it('resumes within 2 minutes with score and current question, not after; the removed stay out', () => {
    const { game, clock } = makeGame();
    const a = join(game, '甲');
    const b = join(game, '乙');
    game.next();
    game.answer(a.id, 0, [0]);
    game.disconnect(a.id);
    clock.t += 60_000;
    const back = game.join({ conn: 'new', nickname: '', resumeToken: a.token });
    const joined = back.find((o) => o.msg.type === 'joined')!;
    expect(joined.to).toEqual({ conn: 'new' });
    expect(joined.msg).toMatchObject({ playerId: a.id, phase: 'question' });
    expect(of(toPlayer(back, a.id), 'question')[0]).toMatchObject({ index: 0, answered: [0] });
    game.disconnect(b.id);
    clock.t += 120_001;
    expect(() => game.join({ conn: 'x', nickname: '', resumeToken: b.token })).toThrow('断线已超过2分钟');
    game.remove(a.id);
    expect(() => game.join({ conn: 'x', nickname: '', resumeToken: a.token })).toThrow('移出');
    expect(() => game.join({ conn: 'x', nickname: '', resumeToken: 'nope' })).toThrow('找不到');
  });

  it('a late close of the socket a player left behind is not a disconnect', () => {
    const { game } = makeGame();
    const a = join(game, '甲', 'old');
    game.join({ conn: 'new', nickname: '', resumeToken: a.token });
    expect(game.disconnect(a.id, 'old')).toEqual([]);
    expect(game.state.players.get(a.id)!.connected).toBe(true);
    game.disconnect(a.id, 'new');
    expect(game.state.players.get(a.id)!.connected).toBe(false);
  });

  it('a disconnected player holds the question open only 10 s; a removed one leaves the top 5', () => {
    const { game, clock } = makeGame();
    const a = join(game, '甲');
    const b = join(game, '乙');
    game.next();
    game.answer(a.id, 0, [0]);
    game.disconnect(b.id);
    // A refresh gets 10 s to come back before the question closes without them.
    expect(game.phase).toBe('question');
    expect(game.nextDeadline()).toBe(clock.t + 10_000);
    clock.t += 10_000;
    game.tick();
    expect(game.phase).toBe('closed');
    game.remove(a.id);
    const reveal = game.reveal().find((o) => o.msg.type === 'reveal')!.msg as Extract<ServerMessage, { type: 'reveal' }>;
    expect(reveal.top5.map((t) => t.nickname)).toEqual(['乙']);
  });

  it('hides names in the top 5 when asked', () => {
    const { game } = makeGame({ hideNames: true });
    const a = join(game, '甲');
    game.next();
    game.answer(a.id, 0, [0]);
    const reveal = game.reveal().find((o) => o.msg.type === 'reveal')!.msg as Extract<ServerMessage, { type: 'reveal' }>;
    expect(reveal.top5).toEqual([{ rank: 1, nickname: null, score: 1000 }]);
  });
});
