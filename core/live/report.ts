/** Distribution, top 5 and the end-of-game reports, computed from the game state. */
import type { GameState, PlayerState } from './state';
import type { HostReport, PlayerReport, QuestionReport, StudentReport, TopEntry } from './protocol';

const ranked = (state: GameState): PlayerState[] =>
  [...state.players.values()].filter((p) => !p.removed).sort((a, b) => b.score - a.score);

/** Competition ranking: equal scores share a rank (1, 1, 3 …). */
function rankOf(list: PlayerState[], score: number): number {
  return 1 + list.filter((p) => p.score > score).length;
}

/** The top five by score; nicknames null when the host hides names. */
export function top5(state: GameState): TopEntry[] {
  const list = ranked(state);
  return list.slice(0, 5).map((p) => ({ rank: rankOf(list, p.score), nickname: state.settings.hideNames ? null : p.nickname, score: p.score }));
}

/** How many answers chose each option of question `index` (removed players included: they did answer). */
export function distribution(state: GameState, index: number): number[] {
  const counts = state.questions[index]!.options.map(() => 0);
  for (const p of state.players.values()) for (const c of p.answers.get(index)?.choice ?? []) counts[c]! += 1;
  return counts;
}

/** Questions that were asked and count (opened, not skipped). */
export const askedIndexes = (state: GameState): number[] => state.runs.filter((r) => !r.skipped).map((r) => r.index);

function questionReport(state: GameState, index: number): QuestionReport {
  const q = state.questions[index]!;
  const answers = [...state.players.values()].map((p) => p.answers.get(index)).filter((a) => a !== undefined);
  return {
    index, id: q.id, text: q.text, options: q.options, correct: q.correct,
    skipped: state.runs[index]?.skipped ?? false,
    distribution: distribution(state, index),
    answered: answers.length,
    correctCount: answers.filter((a) => a.correct).length,
    meanTimeMs: answers.length ? Math.round(answers.reduce((s, a) => s + a.timeMs, 0) / answers.length) : null,
  };
}

function studentReport(p: PlayerState, asked: number): StudentReport {
  const answers = [...p.answers.entries()].sort(([a], [b]) => a - b).map(([questionIndex, a]) => ({ questionIndex, ...a }));
  const correctCount = answers.filter((a) => a.correct).length;
  return {
    playerId: p.id, nickname: p.nickname, ...(p.learnerId ? { learnerId: p.learnerId } : {}), removed: p.removed,
    score: p.score, correctCount, answeredCount: answers.length, accuracy: asked ? correctCount / asked : 0, answers,
  };
}

/** The teacher's report: every asked question, every player (removed ones marked). */
export function hostReport(state: GameState, endedAt: number): HostReport {
  const asked = askedIndexes(state);
  return {
    code: state.code, title: state.title, settings: state.settings, startedAt: state.startedAt, endedAt,
    questions: state.runs.map((r) => questionReport(state, r.index)),
    students: [...state.players.values()].map((p) => studentReport(p, asked.length)),
  };
}

export function playerReport(state: GameState, p: PlayerState): PlayerReport {
  const list = ranked(state);
  return {
    score: p.score,
    correctCount: [...p.answers.values()].filter((a) => a.correct).length,
    asked: askedIndexes(state).length,
    rank: rankOf(list, p.score),
    players: list.length,
    top5: top5(state),
  };
}
