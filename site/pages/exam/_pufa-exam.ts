/**
 * <pufa-exam> (markup: index.astro here): show the exam's rules (questions, time including any
 * granted extra time, pass mark, attempts, which attempt counts, time-out), start an attempt (paper
 * without answers), answer, keep time (none when the server sets no limit), submit, then show score and — only now
 * — answers and explanations. The running attempt and chosen answers are kept in localStorage so a
 * reload or a killed tab on a phone resumes it; it is cleared once the attempt is submitted.
 * Without a local copy the server's open attempt (/api/exam-attempts/current) is resumed, without
 * the chosen answers.
 */
import type { ExamCurrentReply, ExamRulesReply, ExamStartReply, ExamSubmitReply, PaperQuestion } from '../../../core/learning/replies';
import type { QuestionType } from '../../../core/quiz/types';
import type { Response } from '../../../core/quiz/grade';
import { ApiError, api, currentLearner, postStatements } from '../../scripts/learner/api';
import { h, part, say } from '../../scripts/learner/dom';
import { answerLabel, clock, letter } from '../../scripts/learner/exam-format';
import { syncQueue } from '../../scripts/learner/statement-queue';

interface Running extends ExamStartReply {
  learnerId: string | number;
  responses: Record<string, Response>;
}

const STORE = 'pufa:exam:attempt';
/** Seconds before the deadline at which the learner is warned. */
const WARN_AT = [600, 300, 120, 60];
const TYPE_LABEL: Record<QuestionType, string> = { single: '单选题', multiple: '多选题', truefalse: '判断题' };

let running: Running | null = null;
let ticker: number | undefined;
let warned = new Set<number>();
let submitting = false;

/** The page's one <pufa-exam>; every lookup is scoped to it. */
let root: HTMLElement;
const status = () => part(root, 'exam-status');

function save(): void {
  try {
    if (running) localStorage.setItem(STORE, JSON.stringify(running));
    else localStorage.removeItem(STORE);
  } catch {
    // Storage full or disabled: the attempt still works in this tab.
  }
}

function load(learnerId: string | number): Running | null {
  try {
    const r = JSON.parse(localStorage.getItem(STORE) ?? 'null') as Running | null;
    if (!r || String(r.learnerId) !== String(learnerId)) return null;
    // 30 s is the server's usual grace: past it the attempt cannot be submitted any more.
    if (r.deadline && Date.parse(r.deadline) + 30_000 < Date.now()) return null;
    return r;
  } catch {
    return null;
  }
}

const timeOfDay = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
const num = (n: number) => String(Math.round(n * 10) / 10);


function renderQuestion(q: PaperQuestion, index: number, saved: Response): HTMLLIElement {
  const name = `q-${index}`;
  const choices =
    q.type === 'truefalse'
      ? [
          { value: 'true', text: '正确' },
          { value: 'false', text: '错误' },
        ]
      : (q.options ?? []).map((o, i) => ({ value: o.id, text: `${letter(i)}. ${o.text}` }));
  const isChecked = (value: string) =>
    q.type === 'truefalse' ? saved === (value === 'true') : Array.isArray(saved) ? saved.includes(value) : saved === value;
  return h(
    'li',
    { class: 'card exam-question', 'data-qid': q.id, 'data-type': q.type },
    h(
      'fieldset',
      {},
      h('legend', {}, `${index + 1}. `, h('span', { class: 'qtype' }, TYPE_LABEL[q.type]), ` ${q.stem}`, h('span', { class: 'muted' }, `（${num(q.points)} 分）`)),
      ...choices.map((c) =>
        h('label', {}, h('input', { type: q.type === 'multiple' ? 'checkbox' : 'radio', name, value: c.value, checked: isChecked(c.value) }), h('span', {}, c.text)),
      ),
    ),
  );
}

/** The current responses, from the form: single → id, multiple → ids, truefalse → boolean. */
function collect(questions: PaperQuestion[]): Record<string, Response> {
  const out: Record<string, Response> = {};
  const items = part(root, 'exam-questions').querySelectorAll<HTMLElement>('.exam-question');
  items.forEach((item, i) => {
    const q = questions[i]!;
    const checked = [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => x.value);
    if (!checked.length) return;
    out[q.id] = q.type === 'multiple' ? checked : q.type === 'truefalse' ? checked[0] === 'true' : checked[0];
  });
  return out;
}

function updateCount(): void {
  if (!running) return;
  const n = Object.keys(running.responses).length;
  part(root, 'answered-count').textContent = `已答 ${n} / ${running.exam.questions.length} 题`;
}

function tick(): void {
  if (!running?.deadline) return;
  const left = (Date.parse(running.deadline) - Date.now()) / 1000;
  part(root, 'timer').textContent = clock(left);
  part(root, 'timer-bar').classList.toggle('low', left <= 120);
  const alert = part(root, 'timer-alert');
  if (left > 0 && WARN_AT.some((m) => left <= m && !warned.has(m))) {
    for (const m of WARN_AT) if (left <= m) warned.add(m);
    alert.textContent = `还剩 ${Math.max(1, Math.ceil(left / 60))} 分钟，时间到将自动交卷。`;
  }
  if (left <= 0 && !submitting) {
    alert.textContent = '时间到，正在自动交卷…';
    void submit(true);
  }
}

function startTimer(): void {
  window.clearInterval(ticker);
  const bar = part(root, 'timer-bar');
  if (!running?.deadline) {
    bar.hidden = true;
    return;
  }
  bar.hidden = false;
  // A new deadline (start, resume) re-arms the warnings.
  warned = new Set();
  tick();
  ticker = window.setInterval(tick, 1000);
}

function renderPaperInfo(): void {
  if (!running) return;
  const { questions } = running.exam;
  const maxPoints = running.exam.maxPoints ?? questions.reduce((s, q) => s + q.points, 0);
  part(root, 'paper-info').textContent =
    `共 ${questions.length} 题，满分 ${num(maxPoints)} 分。` +
    (running.deadline ? `截止时间 ${timeOfDay(running.deadline)}。` : '本次考试不限时。') +
    `本次之后还可考 ${running.attemptsLeft} 次。`;
}

function showPaper(): void {
  if (!running) return;
  const { questions } = running.exam;
  part(root, 'exam-intro').hidden = true;
  part(root, 'exam-result').hidden = true;
  part(root, 'exam-paper').hidden = false;
  renderPaperInfo();
  part(root, 'exam-questions').replaceChildren(...questions.map((q, i) => renderQuestion(q, i, running!.responses[q.id])));
  part<HTMLButtonElement>(root, 'exam-submit').disabled = false;
  updateCount();
  startTimer();
  part(root, 'paper-title').focus();
}

function showResult(reply: ExamSubmitReply, questions: PaperQuestion[]): void {
  window.clearInterval(ticker);
  part(root, 'exam-paper').hidden = true;
  part(root, 'exam-intro').hidden = true;
  part(root, 'exam-result').hidden = false;
  part(root, 'timer-alert').textContent = '';
  part(root, 'result-summary').replaceChildren(
    h(
      'div',
      { class: `card ${reply.passed ? 'result-ok' : 'result-bad'}` },
      h('p', { class: `verdict ${reply.passed ? 'ok' : 'bad'}` }, reply.passed ? '✔ 考试通过' : '✘ 未通过'),
      h('p', {}, `本次得分 ${num(reply.score)} 分，答对 ${reply.correct} / ${reply.total} 题。`),
      h('p', {}, typeof reply.best === 'number' ? `当前计入成绩 ${num(reply.best)} 分。` : '', `剩余考试次数 ${reply.attemptsLeft} 次。`),
    ),
  );
  const actions: Node[] = [];
  if (reply.passed) actions.push(h('a', { class: 'btn', href: '/certificate/' }, '领取学法证书'));
  if (reply.attemptsLeft > 0) {
    const again = h('button', { type: 'button', class: reply.passed ? 'btn secondary' : 'btn' }, '再考一次');
    again.addEventListener('click', () => void start());
    actions.push(again);
  }
  actions.push(h('a', { class: 'btn secondary', href: '/me/' }, '返回我的学习'));
  part(root, 'result-actions').replaceChildren(...actions);

  const byQid = new Map(questions.map((q) => [q.id, q]));
  const given = running?.responses ?? {};
  part(root, 'result-list').replaceChildren(
    ...reply.results.map((r, i) => {
      const q = byQid.get(r.questionId);
      return h(
        'li',
        { class: `card exam-question ${r.correct ? 'result-ok' : 'result-bad'}` },
        h('p', {}, h('strong', {}, `${i + 1}. `), q ? q.stem : r.questionId),
        h('p', { class: r.correct ? 'done' : '' }, r.correct ? '✔ 回答正确' : `✘ 你的答案：${answerLabel(q, given[r.questionId])}`),
        h('p', {}, `正确答案：${answerLabel(q, r.answer)}`),
        r.explanation ? h('p', { class: 'muted' }, `解析：${r.explanation}`) : '',
      );
    }),
  );
  part(root, 'result-title').focus();
}

async function start(): Promise<void> {
  const learner = await currentLearner().catch(() => null);
  if (!learner) return showLogin();
  const button = part<HTMLButtonElement>(root, 'exam-start');
  button.disabled = true;
  say(status(), '正在抽取试卷…');
  try {
    const reply = await api<ExamStartReply>('/api/exam-attempts/start', { method: 'POST' });
    running = { ...reply, learnerId: learner.id, responses: {} };
    save();
    say(status(), '');
    showPaper();
  } catch (err) {
    say(status(), `无法开始考试：${(err as Error).message}`, 'error');
    part(root, 'exam-intro').hidden = false;
    part(root, 'exam-result').hidden = true;
    part(root, 'intro-title').scrollIntoView();
  } finally {
    button.disabled = false;
  }
}

async function submit(auto = false): Promise<void> {
  if (!running || submitting) return;
  const questions = running.exam.questions;
  running.responses = collect(questions);
  save();
  const missing = questions.length - Object.keys(running.responses).length;
  if (!auto && missing > 0 && !window.confirm(`还有 ${missing} 题没有作答，确定交卷吗？`)) return;
  submitting = true;
  const button = part<HTMLButtonElement>(root, 'exam-submit');
  button.disabled = true;
  say(status(), '正在交卷…');
  try {
    const reply = await api<ExamSubmitReply>(`/api/exam-attempts/${running.attemptId}/submit`, { body: { responses: running.responses } });
    say(status(), '已交卷。', 'ok');
    showResult(reply, questions);
    running = null;
    save();
    void syncQueue(postStatements).catch(() => undefined);
  } catch (err) {
    // 409: already submitted or too late; the attempt cannot be submitted again from here.
    if (err instanceof ApiError && err.status === 409) {
      running = null;
      save();
      window.clearInterval(ticker);
      part(root, 'exam-paper').hidden = true;
      part(root, 'exam-intro').hidden = false;
    } else button.disabled = false;
    say(status(), `交卷未成功：${(err as Error).message}`, 'error');
  } finally {
    submitting = false;
  }
}

function showLogin(): void {
  say(status(), '');
  part(root, 'exam-intro').hidden = true;
  part(root, 'exam-login').hidden = false;
}

async function mount(el: HTMLElement): Promise<void> {
  root = el;
  part(root, 'exam-start').addEventListener('click', () => void start());
  const form = part<HTMLFormElement>(root, 'exam-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });
  form.addEventListener('change', () => {
    if (!running) return;
    running.responses = collect(running.exam.questions);
    save();
    updateCount();
  });

  let learner;
  try {
    learner = await currentLearner();
  } catch (err) {
    say(status(), `无法连接服务器：${(err as Error).message}`, 'error');
    return;
  }
  if (!learner) return showLogin();
  running = load(learner.id);
  if (running) {
    say(status(), '已恢复未交卷的考试，之前选的答案都在。', 'ok');
    showPaper();
    return;
  }
  // An attempt started on another device (or with this browser's storage cleared) resumes too.
  const open = await api<ExamCurrentReply>('/api/exam-attempts/current').catch(() => null);
  if (open?.attempt) {
    running = { ...open.attempt, learnerId: learner.id, responses: {} };
    save();
    say(status(), '已恢复在其他设备上开始、尚未交卷的考试。本机没有保存之前选的答案，请重新作答。', 'ok');
    showPaper();
  } else {
    say(status(), '');
    await showRules();
  }
}

/** A minutes figure as the start screen says it. */
const minutesText = (r: ExamRulesReply): string => {
  if (r.minutesAllowed === null) return r.timeLimitMinutes === null ? '不限时' : '不限时（已为你取消时间限制）';
  return r.extraMinutes > 0 ? `${r.minutesAllowed} 分钟（含为你延长的 ${r.extraMinutes} 分钟）` : `${r.minutesAllowed} 分钟`;
};

/** The start screen: the rules from the server before anything is drawn. */
async function showRules(): Promise<void> {
  part(root, 'exam-intro').hidden = false;
  const button = part<HTMLButtonElement>(root, 'exam-start');
  let rules: ExamRulesReply;
  try {
    rules = await api<ExamRulesReply>('/api/exam-attempts/rules');
  } catch (err) {
    button.disabled = true;
    say(status(), `无法读取考试规则：${(err as Error).message}`, 'error');
    return;
  }
  part(root, 'rules-title').textContent = rules.title;
  const rows: [string, string][] = [
    ['试题', `共 ${rules.questionCount} 题，满分 ${num(rules.maxPoints)} 分`],
    ['考试时间', minutesText(rules)],
    ['及格分', `${num(rules.passMark)} 分（按百分制计）`],
    ['考试次数', `共 ${rules.maxAttempts} 次，已用 ${rules.attemptsUsed} 次，还剩 ${rules.attemptsLeft} 次`],
    ['成绩计算', `以${rules.countsLabel}成绩为准`],
    ['时间到时', rules.onTimeout],
  ];
  part(root, 'exam-rules').replaceChildren(...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', { 'data-rule': k }, v)]));
  button.disabled = !rules.canStart;
  if (!rules.canStart) say(status(), rules.refusal ?? '现在不能开始考试', 'error');
}

class PufaExam extends HTMLElement {
  connectedCallback(): void {
    void mount(this);
  }
}
customElements.define('pufa-exam', PufaExam);
