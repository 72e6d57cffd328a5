/**
 * <pufa-live-player>: a student joins with the 6-digit code (or ?code= from the QR) and a
 * nickname, no account. A live code plays over /live: the question and options on the phone, the
 * result after each question; a refresh or a lost connection within 2 minutes comes back with the
 * score and the current question (resume token in sessionStorage). A homework code shows the
 * whole paper, self-paced, graded by the server on hand-in. Keyboard and screen reader: options
 * are buttons or checkboxes in a fieldset; news is announced in one polite live region.
 */
import { CLOSE_REMOVED, type QuestionMessage, type ServerMessage } from '../../../core/live/protocol';
import { api, ApiError } from '../../scripts/learner/api';
import { h, part, say } from '../../scripts/learner/dom';
import { letter, liveSocket, secondsLeft, type LiveSocket } from './live-socket';

interface HomeworkPaper { mode: 'homework'; code: string; title: string; deadline: string | null; closed: boolean; questions: { id: string; kind: string; text: string; options: string[] }[] }
interface HomeworkResult { correct: number; total: number; score: number; answers: { questionIndex: number; choice: number[]; correct: boolean; correctOptions: number[]; explanation: string }[] }
const KEY = 'pufa-live-player';

class PufaLivePlayer extends HTMLElement {
  private socket: LiveSocket | null = null;
  private timer = 0;
  private score = 0;
  private current: QuestionMessage | null = null;

  connectedCallback(): void {
    const form = part<HTMLFormElement>(this, 'join-form');
    const code = new URLSearchParams(location.search).get('code');
    if (code) part<HTMLInputElement>(this, 'join-code').value = code;
    form.addEventListener('submit', (e) => { e.preventDefault(); void this.join(); });
    const saved = this.saved();
    if (saved && (!code || code === saved.code)) this.play(saved.code, saved.nickname, saved.resumeToken);
  }

  private saved(): { code: string; nickname: string; resumeToken?: string } | null {
    try { return JSON.parse(sessionStorage.getItem(KEY) ?? 'null'); } catch { return null; }
  }
  private status(text: string, kind: 'info' | 'ok' | 'error' = 'info') { say(part(this, 'live-status'), text, kind); }
  private announce(text: string) { part(this, 'live-announce').textContent = text; }

  private async join(): Promise<void> {
    const code = part<HTMLInputElement>(this, 'join-code').value.trim();
    const nickname = part<HTMLInputElement>(this, 'join-nickname').value.trim();
    if (!/^[1-9]\d{5}$/.test(code)) return this.status('请输入老师给的 6 位加入码。', 'error');
    if (!nickname) return this.status('请填写昵称。', 'error');
    try {
      const info = await api<{ mode: 'live' } | HomeworkPaper>(`/api/class-sessions/join?code=${code}`);
      if (info.mode === 'homework') return this.homework(info, nickname);
    } catch (err) {
      // A live game may be running before its record exists: the socket decides.
      if (!(err instanceof ApiError) || err.status !== 404) return this.status((err as Error).message, 'error');
    }
    this.play(code, nickname);
  }

  private play(code: string, nickname: string, resumeToken?: string): void {
    part(this, 'join-form').hidden = true;
    part(this, 'live-game').hidden = false;
    this.status('正在连接…');
    this.socket?.close();
    this.socket = liveSocket({
      onOpen: (s) => {
        const token = this.saved()?.code === code ? this.saved()?.resumeToken : resumeToken;
        s.send({ type: 'join', code, nickname, ...(token ? { resumeToken: token } : {}) });
      },
      onMessage: (m) => this.onMessage(m, code),
      onState: (up) => { if (!up) this.status('连接已断开，正在重新连接…（2 分钟内回来成绩保留）', 'error'); },
      onFinal: (closeCode) => {
        this.stopTimer();
        this.lock();
        if (closeCode === CLOSE_REMOVED) sessionStorage.removeItem(KEY);
        this.status(closeCode === CLOSE_REMOVED ? '你已被老师移出本次测验。' : '你已在另一个页面或设备上继续本次测验，这里不再作答。', 'error');
      },
    });
  }

  private onMessage(m: ServerMessage, code: string): void {
    const stage = part(this, 'live-stage');
    switch (m.type) {
      case 'joined':
        sessionStorage.setItem(KEY, JSON.stringify({ code, nickname: m.nickname, resumeToken: m.resumeToken }));
        this.score = m.score;
        part(this, 'live-who').textContent = `${m.nickname} · ${m.title}`;
        this.showScore();
        this.status(m.phase === 'lobby' ? '已加入，等待老师开始。' : '已回到课堂。', 'ok');
        if (m.phase === 'lobby') stage.replaceChildren(h('p', { class: 'muted' }, '老师开始后，题目会出现在这里。'));
        return;
      case 'question': return this.question(m);
      case 'paused': this.stopTimer(); part(this, 'live-timer').textContent = `已暂停（剩余 ${Math.ceil(m.remainingMs / 1000)} 秒）`; return this.announce('老师暂停了计时');
      case 'ack':
        if (m.accepted) { this.lock(); this.status('答案已提交，等待本题结束。', 'ok'); this.announce('答案已提交'); }
        else this.status(m.reason ?? '答案未被接受。', 'error');
        return;
      case 'closed': this.stopTimer(); this.lock(); part(this, 'live-timer').textContent = '本题已结束'; return;
      case 'result': {
        // Players get no 'closed': the result is the end of the question for them.
        this.stopTimer();
        this.lock();
        part(this, 'live-timer').textContent = '本题已结束';
        this.score = m.total;
        this.showScore();
        const text = !m.answered ? '本题未作答。' : m.correct ? `回答正确，+${m.points} 分！` : '回答错误。';
        this.status(text, m.correct ? 'ok' : 'error');
        return this.announce(`${text}总分 ${m.total}`);
      }
      case 'reveal': {
        const q = this.current;
        const right = m.correctOptions.map((i) => `${letter(i)}${q ? `. ${q.options[i]}` : ''}`).join('；');
        stage.append(h('div', { class: 'card', id: 'live-reveal' }, h('p', {}, `正确答案：${right}`), m.explanation ? h('p', { class: 'muted' }, m.explanation) : null));
        return this.announce(`正确答案：${right}`);
      }
      case 'ended': {
        this.stopTimer();
        sessionStorage.removeItem(KEY);
        const p = m.player;
        stage.replaceChildren(h('div', { class: 'card', id: 'live-final' }, h('h2', {}, '测验结束'), p ? h('p', {}, `你的得分 ${p.score}，答对 ${p.correctCount}/${p.asked} 题，第 ${p.rank} 名（共 ${p.players} 人）。`) : null));
        this.status('测验已结束，谢谢参与！', 'ok');
        return this.announce('测验结束');
      }
      case 'removed': sessionStorage.removeItem(KEY); this.socket?.close(); this.status('你已被老师移出本次测验。', 'error'); return;
      case 'error':
        if (m.code === 'resume-expired' || m.code === 'removed' || m.code === 'no-game') { sessionStorage.removeItem(KEY); this.socket?.close(); part(this, 'join-form').hidden = false; }
        return this.status(m.message, 'error');
      default:
    }
  }

  private showScore(): void { part(this, 'live-score').textContent = `得分 ${this.score}`; }
  private stopTimer(): void { clearInterval(this.timer); }
  private lock(): void { for (const el of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('#live-stage button, #live-stage input')) el.disabled = true; }

  private question(m: QuestionMessage): void {
    this.current = m;
    this.stopTimer();
    const multiple = m.kind === 'multiple';
    const choose = (choice: number[]) => this.socket?.send({ type: 'answer', questionIndex: m.index, choice });
    const options = m.options.map((text, i) => multiple
      ? h('label', { class: 'live-option' }, h('input', { type: 'checkbox', value: i }), ` ${letter(i)}. ${text}`)
      : h('button', { type: 'button', class: 'btn secondary live-option', 'data-option': i }, `${letter(i)}. ${text}`));
    const legend = h('legend', {}, `第 ${m.index + 1} 题（共 ${m.total} 题）${multiple ? '（多选）' : ''}：${m.text}`);
    const box = h('fieldset', { class: 'card live-question', id: 'live-question' }, legend, ...options);
    if (multiple) box.append(h('button', { type: 'button', class: 'btn', id: 'live-submit' }, '提交答案'));
    box.addEventListener('click', (e) => {
      const t = (e.target as HTMLElement).closest('button');
      if (!t || t.disabled) return;
      if (t.id === 'live-submit') choose([...box.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => Number(x.value)));
      else if (t.dataset.option) choose([Number(t.dataset.option)]);
    });
    part(this, 'live-stage').replaceChildren(box);
    this.status('');
    this.announce(`第 ${m.index + 1} 题：${m.text}`);
    if (m.answered) { this.lock(); this.status('本题答案已提交。', 'ok'); }
    const tick = () => {
      const left = secondsLeft(m.closesAt);
      part(this, 'live-timer').textContent = m.pausedRemainingMs != null ? '已暂停' : left == null ? '不限时' : `剩余 ${left} 秒`;
    };
    tick();
    if (m.closesAt != null) this.timer = window.setInterval(tick, 500);
    (box.querySelector('button, input') as HTMLElement | null)?.focus();
  }

  private homework(paper: HomeworkPaper, nickname: string): void {
    part(this, 'join-form').hidden = true;
    const stage = part(this, 'live-stage');
    part(this, 'live-game').hidden = false;
    part(this, 'live-who').textContent = `${nickname} · 作业：${paper.title}`;
    part(this, 'live-timer').textContent = paper.deadline ? `截止 ${new Date(paper.deadline).toLocaleString('zh-CN')}` : '';
    if (paper.closed) return this.status('作业已截止，不能再提交。', 'error');
    const started = Date.now();
    const form = h('form', { id: 'homework-form' }, ...paper.questions.map((q, qi) => h('fieldset', { class: 'card live-question' },
      h('legend', {}, `第 ${qi + 1} 题${q.kind === 'multiple' ? '（多选）' : ''}：${q.text}`),
      ...q.options.map((text, i) => h('label', { class: 'live-option' }, h('input', { type: q.kind === 'multiple' ? 'checkbox' : 'radio', name: `q${qi}`, value: i }), ` ${letter(i)}. ${text}`)))),
      h('button', { type: 'submit', class: 'btn' }, '提交作业'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const choices = paper.questions.map((_, qi) => [...form.querySelectorAll<HTMLInputElement>(`input[name="q${qi}"]:checked`)].map((x) => Number(x.value)));
      try {
        const r = await api<HomeworkResult>('/api/class-sessions/submit', { body: { code: paper.code, nickname, choices, playerId: crypto.randomUUID(), timeMs: paper.questions.map(() => Math.round((Date.now() - started) / paper.questions.length)) } });
        stage.replaceChildren(h('div', { class: 'card', id: 'live-final' }, h('h2', {}, `答对 ${r.correct}/${r.total} 题`),
          h('ol', {}, ...r.answers.map((a) => h('li', {}, `${a.correct ? '✔ 正确' : '✘ 错误'}；正确答案 ${a.correctOptions.map(letter).join('')}${a.explanation ? `。${a.explanation}` : ''}`)))));
        this.status('作业已提交。', 'ok');
        this.announce(`作业已提交，答对 ${r.correct} 题，共 ${r.total} 题`);
      } catch (err) { this.status((err as Error).message, 'error'); }
    });
    stage.replaceChildren(form);
  }
}
customElements.define('pufa-live-player', PufaLivePlayer);
