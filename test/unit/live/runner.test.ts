/** The game runner on fake timers: the server timer closes a question, an abandoned game still ends and keeps its report. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveGame } from '../../../core/live/game';
import { GameRunner, IDLE_END_MS } from '../../../cms/live/runner';
import { MemoryLiveStore } from '../../../cms/live/memory-store';
import { MemoryResultsSink } from '../../../cms/live/services';
import { QUESTIONS } from './fixture';

afterEach(() => {
  vi.useRealTimers();
});

async function setUp() {
  vi.useFakeTimers({ now: 1_000_000 });
  const store = new MemoryLiveStore();
  const sink = new MemoryResultsSink();
  const settings = { timerSec: 5, scoring: 'accuracy', hideNames: false } as const;
  const game = new LiveGame({ code: '222222', title: 't', questions: QUESTIONS, settings, now: Date.now });
  const info = { code: '222222', gameId: '222222', quizSetId: 's', hostId: 'h', title: 't', settings, startedAt: Date.now() };
  const runner = new GameRunner(game, info, 'key', store, sink, () => {});
  const published: string[] = [];
  await store.onOutput('222222', (batch) => published.push(...batch.map((o) => o.msg.type)));
  await runner.start();
  return { runner, sink, published, game };
}

describe('game runner', () => {
  it('closes a timed question on the server when its time is up and stores its answers once', async () => {
    const { runner, sink, published } = await setUp();
    runner.handle({ kind: 'join', conn: 'c1', nickname: '甲' });
    runner.handle({ kind: 'join', conn: 'c2', nickname: '乙' });
    runner.handle({ kind: 'command', conn: 'h', hostId: 'h', command: { type: 'next' } });
    runner.handle({ kind: 'answer', conn: 'c1', playerId: 'p1', questionIndex: 0, choice: [0] });
    await vi.advanceTimersByTimeAsync(4999);
    expect(published).not.toContain('closed');
    await vi.advanceTimersByTimeAsync(1);
    expect(published).toContain('closed');
    await runner.flushed();
    expect(sink.questions.map((q) => q.answers.length)).toEqual([1]);
  });

  it('refuses commands from anyone but the game host', async () => {
    const { runner, published } = await setUp();
    runner.handle({ kind: 'command', conn: 'x', hostId: 'other', command: { type: 'next' } });
    expect(published).toEqual(['error']);
  });

  it('ends a game left untouched for 2 hours and writes its report', async () => {
    const { runner, sink, game } = await setUp();
    runner.handle({ kind: 'join', conn: 'c1', nickname: '甲' });
    await vi.advanceTimersByTimeAsync(IDLE_END_MS - 1);
    expect(game.phase).toBe('lobby');
    await vi.advanceTimersByTimeAsync(1);
    expect(game.phase).toBe('ended');
    await runner.flushed();
    expect(sink.reports).toHaveLength(1);
  });
});
