/** The pure text parts of <pufa-exam>: the countdown and how answers read on the paper. */
import type { PaperQuestion } from '../../../core/learning/replies';
import type { Response } from '../../../core/quiz/grade';

/** Option letter by position: 0 → A. */
export const letter = (index: number): string => String.fromCharCode(65 + index);

/** 65 s → "01:05"; 3725 s → "1:02:05". */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** How a key or response reads on this paper: option letters by displayed position, 正确/错误. */
export function answerLabel(q: PaperQuestion | undefined, answer: Response): string {
  if (answer === null || answer === undefined || (Array.isArray(answer) && !answer.length)) return '未作答';
  if (typeof answer === 'boolean') return answer ? '正确' : '错误';
  const ids = Array.isArray(answer) ? answer : [answer];
  const opts = q?.options ?? [];
  return ids
    .map((id) => {
      const i = opts.findIndex((o) => o.id === id);
      return i < 0 ? id : `${letter(i)}. ${opts[i]!.text}`;
    })
    .join('；');
}
