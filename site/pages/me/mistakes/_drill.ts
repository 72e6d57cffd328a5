/**
 * The "现在练习" view of the 错题本: the chosen questions as the same markup components/Quiz.astro
 * renders, inside a <pufa-quiz>, so they are graded, explained and recorded by the very code the
 * lesson quizzes use (components/pufa-quiz.ts).
 */
import '../../../components/pufa-quiz';
import { h } from '../../../scripts/learner/dom';
import type { MistakeQuestion } from './_pufa-mistakes';

const TYPE_LABEL = { single: '单选题', multiple: '多选题', truefalse: '判断题' } as const;

function choices(q: MistakeQuestion): HTMLElement[] {
  const name = `drill-${q.id}`;
  if (q.type === 'truefalse') {
    return [
      h('label', {}, h('input', { type: 'radio', name, value: 'true' }), ' 正确'),
      h('label', {}, h('input', { type: 'radio', name, value: 'false' }), ' 错误'),
    ];
  }
  const type = q.type === 'multiple' ? 'checkbox' : 'radio';
  return q.options.map((o) => h('label', {}, h('input', { type, name, value: o.id }), ` ${o.id.toUpperCase()}. ${o.text}`));
}

/** A <pufa-quiz> holding `questions`; it records each answer like any practice quiz (no quiz result). */
export function drill(questions: MistakeQuestion[]): HTMLElement {
  const items = questions.map((q) =>
    h(
      'li',
      { class: 'question', 'data-qid': q.id, 'data-type': q.type },
      h(
        'fieldset',
        {},
        h('legend', {}, h('span', { class: 'qtype' }, TYPE_LABEL[q.type]), ` ${q.stem}`),
        ...choices(q),
        h('button', { type: 'button', class: 'btn check' }, '提交本题'),
        h(
          'div',
          { class: 'feedback', role: 'status', 'aria-live': 'polite', hidden: true },
          h('strong', { class: 'verdict' }),
          h('div', { class: 'explain', hidden: true }, h('p', {}, q.explanation), h('a', { class: 'cite', href: q.cite.href }, `依据：${q.cite.label}`)),
        ),
      ),
    ),
  );
  const keys = h('script', { type: 'application/json', class: 'quiz-keys' }, JSON.stringify(questions.map((q) => ({ id: q.id, answer: q.answer }))));
  return h(
    'pufa-quiz' as 'div',
    {},
    h(
      'section',
      { class: 'quiz', 'aria-label': '错题练习' },
      h('h2', {}, `错题练习（${questions.length} 题）`),
      h('p', { class: 'muted quiz-intro' }, '按练习题的同一规则判分；每道题的答案都会记入你的学习记录和复习安排。'),
      h('ol', { class: 'questions' }, ...items),
      h('div', { class: 'score', role: 'status', 'aria-live': 'polite', hidden: true }),
      h('button', { type: 'button', class: 'btn secondary retry', hidden: true }, '再练一次'),
      keys,
    ),
  );
}
