/**
 * <pufa-mistakes> (markup: index.astro here): the 错题本. Logged in: sync this device's answers,
 * then list every entry of the learner's notebook (/api/learners/dashboard) with its question,
 * explanation, cited article and review schedule; "现在练习" drills them all at once and syncs each
 * answer as it is given, so the schedule beside each question updates. Logged out: the notebook
 * this device's unsent answers make, said plainly.
 */
import type { DashboardReply } from '../../../../core/learning/replies';
import { emptyNotebook, notebookEntries, recordAnswer, type NotebookItem } from '../../../../core/learning/review';
import { dayKey } from '../../../../core/learning/time';
import type { AnswerKey, QuizOption } from '../../../../core/quiz/types';
import { ApiError, api, currentLearner, postStatements } from '../../../scripts/learner/api';
import { h, part, say } from '../../../scripts/learner/dom';
import { readQueue, syncQueue } from '../../../scripts/learner/statement-queue';
import { drill } from './_drill';

/** A practice question as the page embeds it (keys of practice questions are public). */
export interface MistakeQuestion {
  id: string;
  quiz: string;
  quizTitle: string;
  type: 'single' | 'multiple' | 'truefalse';
  stem: string;
  options: QuizOption[];
  answer: AnswerKey;
  explanation: string;
  cite: { label: string; href: string };
}

const TIME_ZONE = 'Asia/Shanghai';

/** 2026-12-01 → 2026年12月1日, read as the calendar day it is (no time-zone shift). */
const dayLabel = (day: string): string => {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** The notebook this device's queued answers make on their own (no account). */
function deviceNotebook(): NotebookItem[] {
  let notebook = emptyNotebook();
  const answers = readQueue()
    .filter((s) => s.verb === 'answered' && s.object.type === 'question')
    .sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
  for (const s of answers) {
    notebook = recordAnswer(notebook, { questionId: s.object.id, correct: !!s.result?.success, at: s.timestamp, timeZone: TIME_ZONE }).notebook;
  }
  return notebookEntries(notebook);
}

function schedule(item: NotebookItem): HTMLElement {
  const today = dayKey(Date.now(), TIME_ZONE);
  const due = item.due <= today;
  return h(
    'p',
    { class: 'schedule' },
    h('span', { class: `tag${due ? ' due-now' : ''}` }, due ? '今天该复习' : `下次复习 ${dayLabel(item.due)}`),
    h('span', { class: 'tag' }, `第 ${item.box} 轮 / 共 6 轮`),
    h('span', { class: 'tag' }, `答错 ${item.wrongCount} 次`),
    h('span', { class: 'muted' }, `${dayLabel(item.addedOn)} 记入`),
  );
}

function renderList(list: HTMLElement, items: NotebookItem[], questions: Record<string, MistakeQuestion>): void {
  list.replaceChildren(
    ...items.map((item) => {
      const q = questions[item.questionId];
      if (!q) return h('li', { 'data-qid': item.questionId }, h('p', { class: 'muted' }, `题目 ${item.questionId} 已不在练习题中。`), schedule(item));
      return h(
        'li',
        { 'data-qid': q.id },
        h('p', { class: 'mistake-stem' }, h('a', { href: `/quizzes/${q.quiz}/#q-${q.id}` }, q.stem)),
        h('p', { class: 'muted' }, `出自练习：${q.quizTitle}`),
        schedule(item),
        h('p', {}, q.explanation),
        h('a', { class: 'cite', href: q.cite.href }, `依据：${q.cite.label}`),
      );
    }),
  );
  list.hidden = items.length === 0;
}

async function mount(root: HTMLElement): Promise<void> {
  const status = part(root, 'mistakes-status');
  const scope = part(root, 'mistakes-scope');
  const list = part(root, 'mistakes-list');
  const actions = part(root, 'mistakes-actions');
  const drillBox = part(root, 'mistakes-drill');
  let questions: Record<string, MistakeQuestion> = {};
  try {
    questions = JSON.parse(root.querySelector('#mistakes-questions')?.textContent ?? '{}') as Record<string, MistakeQuestion>;
  } catch {
    // An empty catalog still lists the entries by id.
  }
  const learner = await currentLearner().catch(() => null);
  let items: NotebookItem[] = [];

  const load = async (): Promise<void> => {
    if (!learner) {
      items = deviceNotebook();
    } else {
      if (readQueue().length) await syncQueue(postStatements).catch(() => null);
      items = (await api<DashboardReply>('/api/learners/dashboard')).notebook;
    }
    renderList(list, items, questions);
    actions.hidden = !items.some((i) => questions[i.questionId]);
    say(status, items.length ? `共 ${items.length} 道错题。答对到期的题会进入下一轮，间隔依次为 1、2、4、7、15、30 天；第 6 轮答对即移出错题本。` : '错题本是空的：练习中答错的题会自动记到这里。', items.length ? 'info' : 'ok');
  };

  scope.hidden = false;
  scope.replaceChildren(
    learner
      ? '这里是你账号里的全部错题（练习题；考试题不会出现在这里）。'
      : h('span', {}, '你还没有登录：这里只列出本机尚未同步的练习中答错的题。', h('a', { href: '/account/?next=/me/mistakes/' }, '登录'), '后可以看到账号里的全部错题。'),
  );

  part<HTMLButtonElement>(root, 'mistakes-practice').addEventListener('click', () => {
    const set = items.map((i) => questions[i.questionId]).filter((q): q is MistakeQuestion => !!q);
    drillBox.replaceChildren(drill(set));
    drillBox.hidden = false;
    drillBox.querySelector<HTMLElement>('h2')?.scrollIntoView({ block: 'start' });
  });
  // Each answer is synced at once (logged in) so the schedule beside the list is current.
  drillBox.addEventListener('pufa-answered', (event) => {
    const { questionId, correct } = (event as CustomEvent<{ questionId: string; correct: boolean }>).detail;
    const before = items.find((i) => i.questionId === questionId);
    const early = correct && before && before.due > dayKey(Date.now(), TIME_ZONE);
    void (learner ? syncQueue(postStatements) : Promise.resolve())
      .then(load)
      .then(() => {
        // The same rule as everywhere: a correct answer counts for the schedule only once the question is due.
        if (early) say(status, `答对了！这道题 ${dayLabel(before.due)} 到期，到期后再答对才进入下一轮。`, 'ok');
      })
      .catch((err: unknown) => say(status, `练习已保存在本机，暂未同步：${(err as Error).message}`, 'error'));
  });

  try {
    await load();
  } catch (err) {
    say(status, err instanceof ApiError ? err.message : `错题本加载失败：${(err as Error).message}`, 'error');
  }
}

class PufaMistakes extends HTMLElement {
  connectedCallback(): void {
    void mount(this);
  }
}
customElements.define('pufa-mistakes', PufaMistakes);
