/**
 * <pufa-quiz>, the browser side of components/Quiz.astro: instant feedback per question, the
 * explanation with the article link (rendered in the markup, revealed after answering),
 * a final score, and the best score kept in localStorage for offline progress. Each answer and
 * the quiz result are also queued as learning statements (see learner/statement-queue.ts), sent
 * to a logged-in learner's account when the quiz is finished (learner/auto-sync.ts; offline or
 * logged out they wait on this device, and the line under the score says which).
 * Each answer also raises a bubbling `pufa-answered` event ({ questionId, correct }).
 */
import { DEFAULT_PRACTICE_PASS_MARK } from '../../core/learning/mastery';
import { gradeQuiz, isCorrect, type Response } from '../../core/quiz/grade';
import type { AnswerKey } from '../../core/quiz/types';
import { answeredStatement, quizResultStatement } from '../scripts/learner/practice-statements';
import { enqueue } from '../scripts/learner/statement-queue';

/** One practice answer; the explanation and citation are in the markup. */
interface Key {
  id: string;
  answer: AnswerKey;
}

const STORAGE_PREFIX = 'pufa:quiz:';

function readResponse(item: HTMLElement): Response {
  const checked = [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  const type = item.dataset.type;
  if (type === 'multiple') return checked.length ? checked : null;
  if (type === 'truefalse') return checked[0] === undefined ? null : checked[0] === 'true';
  return checked[0] ?? null;
}

function answerText(key: AnswerKey): string {
  if (typeof key === 'boolean') return key ? '正确' : '错误';
  return (Array.isArray(key) ? key : [key]).map((k) => k.toUpperCase()).join('、');
}

function mount(section: HTMLElement): void {
  const keys = JSON.parse(section.querySelector('.quiz-keys')?.textContent ?? '[]') as Key[];
  const responses: Record<string, Response> = {};
  const score = section.querySelector<HTMLElement>('.score')!;
  const retry = section.querySelector<HTMLButtonElement>('.retry')!;
  const synced = section.querySelector<HTMLElement>('.quiz-synced');

  for (const item of section.querySelectorAll<HTMLElement>('.question')) {
    const key = keys.find((k) => k.id === item.dataset.qid);
    const button = item.querySelector<HTMLButtonElement>('.check')!;
    const feedback = item.querySelector<HTMLElement>('.feedback')!;
    const verdict = feedback.querySelector<HTMLElement>('.verdict')!;
    const explain = feedback.querySelector<HTMLElement>('.explain')!;
    button.addEventListener('click', () => {
      const response = readResponse(item);
      if (!key) return;
      if (response === null) {
        feedback.hidden = false;
        feedback.className = 'feedback';
        verdict.textContent = '请先选择答案。';
        explain.hidden = true;
        return;
      }
      responses[key.id] = response;
      const correct = isCorrect(key.answer, response);
      enqueue(answeredStatement(key.id, correct, response));
      // Pages around a quiz (the 错题本) sync at once; lesson pages ignore it.
      section.dispatchEvent(new CustomEvent('pufa-answered', { bubbles: true, detail: { questionId: key.id, correct } }));
      feedback.hidden = false;
      feedback.className = `feedback ${correct ? 'ok' : 'bad'}`;
      verdict.textContent = correct ? '✔ 回答正确！' : `✘ 回答错误，正确答案：${answerText(key.answer)}`;
      explain.hidden = false;
      item.querySelectorAll('input').forEach((i) => (i.disabled = true));
      button.disabled = true;
      if (Object.keys(responses).length === keys.length) finish();
    });
  }

  function finish() {
    const result = gradeQuiz(keys, responses);
    score.hidden = false;
    score.textContent = `本次得分：${result.correct} / ${result.total}（${result.percent} 分）`;
    retry.hidden = false;
    const passed = result.total > 0 && result.correct / result.total >= DEFAULT_PRACTICE_PASS_MARK;
    if (section.dataset.quiz) enqueue(quizResultStatement(section.dataset.quiz, result.correct, result.total, passed));
    if (synced) showSync(synced);
    // A drill of mixed questions (the 错题本) has no quiz of its own, so no best score to keep.
    if (!section.dataset.quiz) return;
    try {
      const storageKey = STORAGE_PREFIX + section.dataset.quiz;
      const previous = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as { best: number } | null;
      const best = Math.max(previous?.best ?? 0, result.percent);
      localStorage.setItem(storageKey, JSON.stringify({ best, last: result.percent, at: new Date().toISOString() }));
      if (best > result.percent) score.textContent += `，历史最好 ${best} 分`;
    } catch {
      // Private mode or full storage: the score is still shown.
    }
  }

  retry.addEventListener('click', () => {
    for (const key of Object.keys(responses)) delete responses[key];
    section.querySelectorAll<HTMLInputElement>('input').forEach((i) => ((i.disabled = false), (i.checked = false)));
    section.querySelectorAll<HTMLButtonElement>('.check').forEach((b) => (b.disabled = false));
    section.querySelectorAll<HTMLElement>('.feedback').forEach((f) => (f.hidden = true));
    score.hidden = true;
    retry.hidden = true;
    if (synced) synced.hidden = true;
  });
}

/** Shows where the practice is now: syncing, then on the account, or on this device and why. */
function showSync(line: HTMLElement): void {
  const show = (state: string) => line.querySelectorAll<HTMLElement>('[data-sync]').forEach((s) => (s.hidden = s.dataset.sync !== state));
  show('saving');
  line.hidden = false;
  void import('../scripts/learner/auto-sync')
    .then(({ syncPractice }) => syncPractice())
    .then((r) => show(r.state === 'empty' ? 'synced' : r.state))
    .catch(() => show('failed'));
}

/** <pufa-quiz>: one practice quiz; its questions, keys and score line are its children. */
class PufaQuiz extends HTMLElement {
  connectedCallback(): void {
    const section = this.querySelector<HTMLElement>('section.quiz');
    if (section) mount(section);
  }
}
customElements.define('pufa-quiz', PufaQuiz);
