/**
 * <pufa-live-host>: the teacher's console (staff login from the admin; the socket carries the
 * same cookie). Pick a quiz set and a class, then start a live session (code, projector link,
 * lobby, next / pause / show answer / skip / end, remove a player, extra time, lock the lobby,
 * late joining) or assign it as homework with a deadline. After the end: the report from the CMS
 * and its .xlsx / CSV downloads. A refresh re-attaches to the running game.
 */
import type { HostCommand, LobbyPlayer, LiveSettings, ServerMessage } from '../../../core/live/protocol';
import { api } from '../../scripts/learner/api';
import { h, part, say } from '../../scripts/learner/dom';
import { letter, liveSocket, type LiveSocket } from './live-socket';

interface QuizSetDoc { id: number | string; title: string; timeLimitSeconds?: number; scoring?: 'accuracy' | 'speed' }
interface Report { questions: { index: number; text: string; options: string[]; correct: number[]; skipped: boolean; distribution: number[]; answered: number; correctCount: number; meanTimeMs: number | null }[]; students: { nickname: string; score: number; correctCount: number; accuracy: number; removed: boolean }[] }
const KEY = 'pufa-live-host';

class PufaLiveHost extends HTMLElement {
  private socket: LiveSocket | null = null;
  private sessionId: string | number | null = null;
  private players: LobbyPlayer[] = [];

  connectedCallback(): void {
    this.addEventListener('click', this);
    const late = part<HTMLInputElement>(this, 'host-late-live');
    late.addEventListener('change', () => this.command({ type: 'allowLate', allowed: late.checked }));
    void this.mount();
  }
  private status(text: string, kind: 'info' | 'ok' | 'error' = 'info') { say(part(this, 'host-status'), text, kind); }

  private async mount(): Promise<void> {
    let sets: QuizSetDoc[] = [];
    try {
      sets = (await api<{ docs: QuizSetDoc[] }>('/api/quiz-sets?depth=0&limit=100&sort=-updatedAt')).docs;
    } catch {
      part(this, 'host-login').hidden = false;
      return this.status('请先用教师账号登录管理后台，再回到本页。', 'error');
    }
    const select = part<HTMLSelectElement>(this, 'host-set');
    select.replaceChildren(...sets.map((s) => h('option', { value: String(s.id) }, s.title)));
    if (sets.length === 0) this.status('还没有课堂测验：请先在管理后台“课堂测验”中新建。', 'error');
    select.addEventListener('change', () => this.fillDefaults(sets));
    this.fillDefaults(sets);
    part(this, 'host-setup').hidden = false;
    part(this, 'host-form').hidden = false;
    part<HTMLFormElement>(this, 'host-form').addEventListener('submit', (e) => { e.preventDefault(); this.startLive(); });
    part(this, 'host-homework').addEventListener('click', () => void this.homework());
    const saved = sessionStorage.getItem(KEY);
    if (saved) this.connect({ type: 'host', code: JSON.parse(saved).code });
  }

  private fillDefaults(sets: QuizSetDoc[]): void {
    const set = sets.find((s) => String(s.id) === part<HTMLSelectElement>(this, 'host-set').value);
    if (!set) return;
    part<HTMLInputElement>(this, 'host-timer').value = String(set.timeLimitSeconds ?? 20);
    part<HTMLSelectElement>(this, 'host-scoring').value = set.scoring ?? 'speed';
  }

  private settings(): LiveSettings {
    const t = Number(part<HTMLInputElement>(this, 'host-timer').value);
    return { timerSec: t > 0 ? t : null, scoring: part<HTMLSelectElement>(this, 'host-scoring').value as LiveSettings['scoring'], hideNames: part<HTMLInputElement>(this, 'host-hide').checked, allowLate: part<HTMLInputElement>(this, 'host-late').checked };
  }

  private startLive(): void {
    this.connect({ type: 'create', quizSetId: part<HTMLSelectElement>(this, 'host-set').value, settings: this.settings() });
  }

  private async homework(): Promise<void> {
    const deadline = part<HTMLInputElement>(this, 'host-deadline').value;
    try {
      const r = await api<{ id: number; code: string }>('/api/class-sessions/homework', { body: { quizSet: part<HTMLSelectElement>(this, 'host-set').value, className: part<HTMLInputElement>(this, 'host-class').value, deadline: deadline ? new Date(deadline).toISOString() : '' } });
      this.status(`作业已布置：学生在 ${location.origin}/live/ 输入加入码 ${r.code}（或打开 /live/?code=${r.code}）。`, 'ok');
      this.sessionId = r.id;
      this.reportLinks();
    } catch (err) { this.status((err as Error).message, 'error'); }
  }

  private connect(first: { type: 'create'; quizSetId: string; settings: LiveSettings } | { type: 'host'; code: string }): void {
    this.socket?.close();
    let attach = first;
    this.socket = liveSocket({
      onOpen: (s) => s.send(attach),
      onMessage: (m) => {
        if (m.type === 'created' || m.type === 'hosting') attach = { type: 'host', code: m.code };
        this.onMessage(m, first);
      },
      onState: (up) => { if (!up) this.status('连接已断开，正在重新连接…', 'error'); },
    });
  }

  private command(c: HostCommand): void { this.socket?.send(c); }

  private onMessage(m: ServerMessage, first: { type: string; quizSetId?: string }): void {
    switch (m.type) {
      case 'created':
      case 'hosting': {
        // Kept for a refresh: the code to re-attach to and the session whose report follows the end.
        this.sessionId = m.type === 'created' ? null : (this.sessionId ?? (JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as { sessionId?: number }).sessionId ?? null);
        sessionStorage.setItem(KEY, JSON.stringify({ code: m.code, sessionId: this.sessionId }));
        part(this, 'host-form').hidden = true;
        part(this, 'host-live').hidden = false;
        part(this, 'host-code').textContent = m.code;
        const screen = part<HTMLAnchorElement>(this, 'host-screen');
        screen.href = `/live/screen/?code=${m.code}#key=${m.screenKey}`;
        part(this, 'host-title').textContent = `${m.title}（共 ${m.total} 题）`;
        this.status(m.type === 'created' ? '课堂已创建：请打开投影页面，学生扫码或输入加入码。' : '已回到正在进行的课堂。', 'ok');
        if (m.type === 'created' && first.quizSetId) {
          void api<{ id: number }>('/api/class-sessions/live', { body: { quizSet: first.quizSetId, code: m.code, className: part<HTMLInputElement>(this, 'host-class').value } })
            .then((r) => { this.sessionId = r.id; sessionStorage.setItem(KEY, JSON.stringify({ code: m.code, sessionId: r.id })); }).catch((err: Error) => this.status(`课堂记录保存失败：${err.message}`, 'error'));
        }
        return;
      }
      case 'lobby':
        this.players = m.players;
        part(this, 'host-lock').textContent = m.locked ? '开放加入' : '锁定加入';
        part(this, 'host-lock').dataset.locked = String(m.locked);
        part<HTMLInputElement>(this, 'host-late-live').checked = m.allowLate;
        return this.renderPlayers();
      case 'question':
        part(this, 'host-now').textContent = `第 ${m.index + 1}/${m.total} 题：${m.text}`;
        part(this, 'host-progress').textContent = '';
        return;
      case 'progress': part(this, 'host-progress').textContent = `已作答 ${m.answered}/${m.players}`; return;
      case 'paused': part(this, 'host-progress').textContent = `已暂停，剩余 ${Math.ceil(m.remainingMs / 1000)} 秒`; return;
      case 'closed': part(this, 'host-progress').textContent = '本题已结束，可以“显示答案”或“下一题”'; return;
      case 'reveal': part(this, 'host-progress').textContent = `正确答案 ${m.correctOptions.map(letter).join('')}；各选项人数 ${m.distribution.join(' / ')}`; return;
      case 'ended':
        sessionStorage.removeItem(KEY);
        this.socket?.close();
        part(this, 'host-now').textContent = '测验已结束';
        part(this, 'host-progress').textContent = '';
        for (const el of this.querySelectorAll<HTMLElement>('#host-live .live-controls, #host-players')) el.hidden = true;
        this.status('测验已结束，成绩已保存。', 'ok');
        void this.showReport();
        return;
      case 'error': return this.status(m.message, 'error');
      default:
    }
  }

  private renderPlayers(): void {
    const list = part(this, 'host-players');
    part(this, 'host-count').textContent = `${this.players.length} 人`;
    list.replaceChildren(...this.players.map((p) => h('li', {}, `${p.nickname}${p.connected ? '' : '（离线）'} `,
      h('button', { type: 'button', class: 'btn secondary', 'data-remove': p.playerId, 'aria-label': `移出 ${p.nickname}` }, '移出'), ' ',
      h('button', { type: 'button', class: 'btn secondary', 'data-extra': p.playerId, 'aria-label': `给 ${p.nickname} 延时 30 秒` }, '延时30秒'))));
  }

  /** Clicks on the console's buttons (one listener on the element). */
  handleEvent(e: Event): void {
    const t = (e.target as HTMLElement).closest('button');
    if (!t) return;
    const cmd = t.dataset.cmd as HostCommand['type'] | undefined;
    if (cmd === 'lock') return this.command({ type: t.dataset.locked === 'true' ? 'unlock' : 'lock' });
    if (cmd === 'pause' || cmd === 'resume' || cmd === 'next' || cmd === 'reveal' || cmd === 'skip') return this.command({ type: cmd });
    if (cmd === 'end' && confirm('确定结束本次测验？')) return this.command({ type: 'end' });
    if (t.dataset.remove) return this.command({ type: 'remove', playerId: t.dataset.remove });
    if (t.dataset.extra) return this.command({ type: 'extraTime', playerId: t.dataset.extra, seconds: 30 });
  }

  private reportLinks(): void {
    if (this.sessionId == null) return;
    const box = part(this, 'host-downloads');
    box.replaceChildren(h('a', { class: 'btn secondary', id: 'host-xlsx', href: `/api/class-sessions/${this.sessionId}/export?format=xlsx` }, '下载 Excel（.xlsx）'), ' ',
      h('a', { class: 'btn secondary', href: `/api/class-sessions/${this.sessionId}/export?format=csv` }, '下载 CSV'));
    box.hidden = false;
  }

  private async showReport(): Promise<void> {
    if (this.sessionId == null) return;
    this.reportLinks();
    try {
      const { report } = await api<{ report: Report }>(`/api/class-sessions/${this.sessionId}/report`);
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      part(this, 'host-report').replaceChildren(
        h('h2', {}, '成绩报告'),
        h('table', { class: 'live-table', id: 'report-students' }, h('caption', {}, '学生'), h('thead', {}, h('tr', {}, ...['昵称', '得分', '答对', '正确率'].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, ...report.students.map((s) => h('tr', {}, h('td', {}, s.nickname + (s.removed ? '（已移出）' : '')), h('td', {}, String(s.score)), h('td', {}, String(s.correctCount)), h('td', {}, pct(s.accuracy)))))),
        h('table', { class: 'live-table', id: 'report-questions' }, h('caption', {}, '题目'), h('thead', {}, h('tr', {}, ...['题目', '正确答案', '各选项人数', '答对/作答', '平均用时'].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, ...report.questions.map((q) => h('tr', {}, h('td', {}, `${q.index + 1}. ${q.text}`), h('td', {}, q.skipped ? '跳过' : q.correct.map(letter).join('')),
            h('td', {}, q.distribution.map((n, i) => `${letter(i)}:${n}`).join(' ')), h('td', {}, `${q.correctCount}/${q.answered}`), h('td', {}, q.meanTimeMs == null ? '—' : `${(q.meanTimeMs / 1000).toFixed(1)} 秒`))))),
      );
    } catch (err) { this.status(`报告读取失败：${(err as Error).message}`, 'error'); }
  }
}
customElements.define('pufa-live-host', PufaLiveHost);
