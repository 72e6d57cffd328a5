/**
 * <pufa-leaderboard> (markup: index.astro here): renders /api/learners/leaderboard for the chosen
 * audience (国家工作人员/青少年学生/法律明白人, the learner's own first), scope (全市/本单位; students:
 * 全市 only) and period (本周/总榜). A logged-in learner sees their place, joins or leaves the board
 * and picks the name it shows (a student: another generated nickname), all on their own record —
 * the server lets a learner change only their own.
 */
import { NICKNAME_WORDS, publicBoardName } from '../../../core/learning/board-name';
import type { LeaderboardRow as Row } from '../../../core/learning/leaderboard';
import type { LeaderboardReply as Board } from '../../../core/learning/replies';
import { AUDIENCE_TITLES, isAudience, type Audience } from '../../../core/vocabulary/learning';
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

/** A fresh nickname of the generated form (the server accepts only that form for students). */
const randomNickname = (): string => {
  const [a, b] = crypto.getRandomValues(new Uint16Array(2));
  return `${NICKNAME_WORDS[a! % NICKNAME_WORDS.length]}${String(b! % 10_000).padStart(4, '0')}`;
};

/** The learner's name on the board, and a way to change it. */
function nameEditor(learner: Learner, box: HTMLElement, reload: () => void): HTMLElement {
  const student = learner.audience === 'students';
  const current = publicBoardName({ id: learner.id, audience: learner.audience ?? '', displayName: learner.displayName ?? '', boardName: learner.boardName });
  const input = h('input', { type: 'text', id: 'board-name', value: current, maxlength: 20, 'aria-label': '排行榜名称', readonly: student });
  const save = async (name: string) => {
    try {
      await api(`/api/learners/${learner.id}`, { method: 'PATCH', body: { boardName: name } });
      learner.boardName = name;
      reload();
    } catch (error) {
      box.append(h('p', { class: 'status', 'data-kind': 'error' }, error instanceof ApiError ? error.message : '保存失败，请稍后再试。'));
    }
  };
  const button = student
    ? h('button', { type: 'button', class: 'btn secondary', id: 'board-name-save' }, '换一个昵称')
    : h('button', { type: 'button', class: 'btn secondary', id: 'board-name-save' }, '保存名称');
  button.addEventListener('click', () => void save(student ? randomNickname() : input.value.trim()));
  return h(
    'div',
    {},
    h('p', { class: 'name-row' }, h('label', { for: 'board-name' }, '排行榜上显示为：'), input, button),
    h('p', { class: 'muted' }, student ? '学生在排行榜上只显示系统生成的昵称，不显示姓名和学校。' : '可以用真名，也可以用昵称；排行榜只显示这个名称和积分。'),
  );
}

function renderMe(box: HTMLElement, board: Board, learner: Learner | null, reload: () => void): void {
  box.replaceChildren();
  if (!learner) {
    box.append(h('p', {}, '登录后可以查看本单位排行榜，并选择是否参加排行榜。'), h('a', { class: 'btn secondary', href: '/account/?next=/leaderboard/' }, '登录 / 注册'));
    box.hidden = false;
    return;
  }
  if (learner.audience !== board.audience) {
    box.append(h('p', {}, `这是${AUDIENCE_TITLES[board.audience]}的排行榜；你在${isAudience(learner.audience ?? '') ? AUDIENCE_TITLES[learner.audience as Audience] : '自己'}的排行榜上。`));
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
  box.append(h('p', {}, place), nameEditor(learner, box, reload), h('div', { class: 'actions' }, toggle));
  box.hidden = false;
}

async function mount(root: HTMLElement): Promise<void> {
  const status = part(root, 'board-status');
  const list = part(root, 'board');
  const title = part(root, 'board-title');
  const me = part(root, 'board-me');
  const learner = await currentLearner().catch(() => null);
  const own = learner?.audience && isAudience(learner.audience) ? learner.audience : 'officials';
  const choice = { audience: own as Audience, scope: 'city' as Board['scope'], period: 'week' as Board['period'] };
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.board-tabs button')];

  let latest = 0;
  const load = async () => {
    // Only the newest request may draw: a slow earlier reply must not replace the board chosen since.
    const ticket = ++latest;
    if (choice.audience === 'students') choice.scope = 'city';
    for (const b of buttons) {
      const on = b.dataset.audience === choice.audience || b.dataset.scope === choice.scope || b.dataset.period === choice.period;
      b.setAttribute('aria-pressed', String(on));
      b.classList.toggle('secondary', !on);
      // Students' boards are city-wide only: a school is never shown beside a minor's nickname.
      // (.btn sets display, so [hidden] alone would not hide it.)
      if (b.dataset.scope === 'unit') b.style.display = choice.audience === 'students' ? 'none' : '';
    }
    say(status, '正在加载…');
    try {
      const board = await api<Board>(`/api/learners/leaderboard?audience=${choice.audience}&scope=${choice.scope}&period=${choice.period}`);
      if (ticket !== latest) return;
      title.textContent = `${AUDIENCE_TITLES[board.audience]} · ${board.scope === 'unit' ? board.unitName ?? '本单位' : '全市'} · ${PERIOD[board.period]}`;
      title.hidden = false;
      renderRows(list, board.rows);
      list.hidden = board.rows.length === 0;
      say(status, board.rows.length ? '' : '还没有人上榜。参加排行榜并完成课程练习，就能出现在这里。');
      renderMe(me, board, learner, () => void load());
    } catch (error) {
      if (ticket !== latest) return;
      list.hidden = true;
      say(status, error instanceof ApiError ? error.message : '排行榜暂时无法加载。', 'error');
      renderMe(me, { audience: choice.audience, scope: choice.scope, period: choice.period, unitName: null, rows: [], viewer: null, viewerOptedIn: null }, learner, () => void load());
    }
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      if (b.dataset.audience && isAudience(b.dataset.audience)) choice.audience = b.dataset.audience;
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
