import { isRightChoice, validChoice } from './questions';
import type { ClassAnswer, ClassQuestion } from './types';

/** Points for a right answer when only accuracy counts (the live game's accuracy mode). */
export const POINTS_PER_RIGHT_ANSWER = 1000;

/**
 * Grades a homework hand-in on the server: `choices[i]` answers question i (missing or invalid
 * = unanswered, wrong). Homework is self-paced, so speed never scores.
 */
export function gradeHomework(input: { questions: readonly ClassQuestion[]; choices: readonly unknown[]; playerId: string; nickname: string; timeMs?: readonly (number | null | undefined)[] }): ClassAnswer[] {
  return input.questions.map((q, questionIndex) => {
    const given = input.choices[questionIndex];
    const choice = validChoice(q, given) ? [...given].sort((a, b) => a - b) : [];
    const correct = choice.length > 0 && isRightChoice(q, choice);
    const t = input.timeMs?.[questionIndex];
    return { playerId: input.playerId, nickname: input.nickname, questionIndex, choice, correct, points: correct ? POINTS_PER_RIGHT_ANSWER : 0, timeMs: typeof t === 'number' && Number.isFinite(t) && t >= 0 ? Math.round(t) : null };
  });
}
