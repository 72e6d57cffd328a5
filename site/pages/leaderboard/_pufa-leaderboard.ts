/**
 * <pufa-leaderboard> (markup: index.astro here): renders /api/learners/leaderboard for the chosen
 * scope (全市/本单位) and period (本周/总榜). A logged-in learner sees their own place and can join or
 * leave the board, which updates their own learner record (the server allows a learner to change
 * only their own).
 */
import type { LeaderboardRow as Row } from '../../../core/learning/leaderboard';
import type { LeaderboardReply as Board } from '../../../core/learning/replies';
import { ApiError, api, currentLearner, type Learner } from '../../scripts/learner/api';
import { h, part, say } from '../../scripts/learner/dom';

const PERIOD = { week: '本周', 'all-time': '总榜' } as const;

function renderRows(list: HTMLElement, rows: Row[]): void {
  list.replaceChildren(
    ...rows.map((r) =>
      h('li', { class: r.self ? 'self' : null },
        h('span', { class: 'rank' }, String(r.rank)),
        h('span', {}, r.displayName, r.self ? h('span', { class: 'tag' }, '我') : null),
        h('span', { class: 'xp' }, `${r.xp} 积分`)),
    ),
  );
}

function renderMe(box: HTMLElement, board: Board, learner: Learner | null, reload: () => void): void {
  box.replaceChildren();
  if (!learner) {
    box.append(h('p', {}, '登录后可以查看本单位排行榜，并选择是否参加排行榜。'), h('a', { class: 'btn secondary', href: '/account/?next=/leaderboard/' }, '登录 / 注册'));
    box.hidden = false;
    return;
  }
  const joined = !!board.viewerOptedIn;
  const place = board.viewer
    ? `你在${PERIOD[board.period]}排第 ${board.viewer.rank} 名（${board.viewer.xp} 积分）。`
    : joined ? `你在${PERIOD[board.period]}还没有积分，去学一课吧。` : '你没有参加排行榜，你的成绩不会公开显示。';
  const toggle = h('button', { type: 'button', class: 'btn secondary' }, joined ? '退出排行榜' : '参加排行榜');
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    try {
      await api(`/api/learners/${learner.id}`, { method: 'PATCH', body: { leaderboardOptIn: !joined } });
      reload();
    } catch (error) {
      toggle.disabled = false;
      box.append(h('p', { class: 'status', 'data-kind': 'error' }, error instanceof ApiError ? error.message : '操作失败，请稍后再试。'));
    }
  });
  box.append(h('p', {}, place), h('div', { class: 'actions' }, toggle));
  box.hidden = false;
}

async function mount(root: HTMLElement): Promise<void> {
  const status = part(root, 'board-status');
  const list = part(root, 'board');
  const title = part(root, 'board-title');
  const me = part(root, 'board-me');
  const choice = { scope: 'city' as Board['scope'], period: 'week' as Board['period'] };
  const learner = await currentLearner().catch(() => null);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.board-tabs button')];

  const load = async () => {
    for (const b of buttons) {
      const on = b.dataset.scope === choice.scope || b.dataset.period === choice.period;
      b.setAttribute('aria-pressed', String(on));
      b.classList.toggle('secondary', !on);
    }
    say(status, '正在加载…');
    try {
      const board = await api<Board>(`/api/learners/leaderboard?scope=${choice.scope}&period=${choice.period}`);
      title.textContent = `${board.scope === 'unit' ? board.unitName ?? '本单位' : '全市'} · ${PERIOD[board.period]}`;
      title.hidden = false;
      renderRows(list, board.rows);
      list.hidden = board.rows.length === 0;
      say(status, board.rows.length ? '' : '还没有人上榜。参加排行榜并完成课程练习，就能出现在这里。');
      renderMe(me, board, learner, () => void load());
    } catch (error) {
      list.hidden = true;
      say(status, error instanceof ApiError ? error.message : '排行榜暂时无法加载。', 'error');
      renderMe(me, { scope: choice.scope, period: choice.period, unitName: null, rows: [], viewer: null, viewerOptedIn: null }, learner, () => void load());
    }
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      if (b.dataset.scope) choice.scope = b.dataset.scope as Board['scope'];
      if (b.dataset.period) choice.period = b.dataset.period as Board['period'];
      void load();
    });
  }
  await load();
}

class PufaLeaderboard extends HTMLElement {
  connectedCallback(): void {
    void mount(this);
  }
}
customElements.define('pufa-leaderboard', PufaLeaderboard);
