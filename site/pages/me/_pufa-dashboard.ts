/**
 * <pufa-dashboard> (markup: index.astro here): sync the offline queue, then show the dashboard
 * (XP, level, streak with freezes, badges, lessons, accuracy, 学时 against the requirement, today's
 * review, exam and certificate). Logged out: this device's practice record and a way to sign up.
 */
import type { DashboardReply as Dashboard } from '../../../core/learning/replies';
import { ApiError, api, currentLearner, postStatements } from '../../scripts/learner/api';
import { formatDate, h, part, say } from '../../scripts/learner/dom';
import { readQueue, syncQueue } from '../../scripts/learner/statement-queue';
import { badgeSvg } from '../../scripts/learner/badge-svg';

interface Catalog {
  tracks: { id: string; title: string }[];
  lessons: { id: string; title: string; tracks: string[]; hours: number; quiz: string | null }[];
  questions: Record<string, { stem: string; quiz: string }>;
  quizTitles: Record<string, string>;
}

/** Read JSON embedded at build time inside `root` (<script type="application/json" id=…>). */
function pageData<T>(root: ParentNode, id: string, fallback: T): T {
  try {
    return JSON.parse(root.querySelector(`#${id}`)?.textContent ?? '') as T;
  } catch {
    return fallback;
  }
}

const catalog = (root: HTMLElement) => pageData<Catalog>(root, 'learner-catalog', { tracks: [], lessons: [], questions: {}, quizTitles: {} });

function unitName(unit: unknown): string | null {
  if (unit && typeof unit === 'object' && 'name' in unit && typeof unit.name === 'string') return unit.name;
  return null;
}

const stat = (value: string, label: string, extra?: Node) =>
  h('li', { class: 'card' }, h('span', { class: 'stat-value' }, value), h('span', { class: 'stat-label' }, label), extra);

const section = (id: string, title: string, ...children: (Node | string)[]) =>
  h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);

/** One badge as a goal: its art, name, what earns it, and progress or the day it was earned. */
function goalCard(g: Dashboard['goals'][number]): HTMLElement {
  const { current, target, unit } = g.progress;
  return h(
    'li',
    { class: `card badge-goal${g.earned ? '' : ' locked'}`, 'data-badge': g.id },
    badgeSvg(g.id, g.earned),
    h(
      'div',
      {},
      h('h3', {}, g.name, g.earned ? h('span', { class: 'tag' }, '已获得') : h('span', { class: 'tag muted' }, '未解锁')),
      h('p', { class: 'muted' }, g.description),
      g.earned
        ? g.earnedAt && h('p', { class: 'muted' }, `${formatDate(g.earnedAt)} 获得`)
        : h('p', {}, h('progress', { class: 'meter', max: target, value: current, 'aria-label': `${g.name}进度` }), h('span', { class: 'stat-label' }, `${current}/${target} ${unit}`)),
    ),
  );
}

/** Format hours without float noise: 1.5, 12. */
const hrs = (n: number) => String(Math.round(n * 10) / 10);

export function renderDashboard(d: Dashboard, cat: Catalog): HTMLElement {
  const track = cat.tracks.find((t) => t.id === d.learner.audience);
  const unit = unitName(d.learner.unit);
  const root = h('div');

  root.append(
    h('p', {}, h('strong', {}, `${d.learner.displayName}，你好！`), ' ', track && h('span', { class: 'tag' }, track.title), unit && h('span', { class: 'tag' }, unit)),
  );

  // Headline figures.
  const levelMeter = h('progress', { class: 'meter', max: 1, value: d.level.progress, 'aria-label': `等级进度 ${Math.round(d.level.progress * 100)}%` });
  root.append(
    h(
      'ul',
      { class: 'stat-grid', 'aria-label': '学习概况' },
      stat(String(d.xp), '积分'),
      stat(`${d.level.level} 级`, d.level.title, h('span', {}, levelMeter, h('span', { class: 'stat-label' }, d.level.xpToNext > 0 ? `距下一级还差 ${d.level.xpToNext} 积分` : '已是最高等级'))),
      stat(`${d.streak.current} 天`, '连续学习', h('span', { class: 'stat-label' }, `最长 ${d.streak.longest} 天`)),
      stat(`${d.streak.freezes} 张`, '连续保护卡'),
      stat(String(d.lessonsCompleted.length), '已完成课程'),
      stat(d.accuracy === null ? '—' : `${Math.round(d.accuracy * 100)}%`, '答题正确率'),
    ),
  );
  root.append(
    h(
      'p',
      { class: 'status', 'data-kind': d.streak.activeToday ? 'ok' : 'info' },
      d.streak.activeToday ? '今天已经学习过了，连续学习继续保持！' : '今天还没有学习：做一道练习题就能保持连续学习。',
      ' ',
      h('span', { class: 'muted' }, '每连续学习 7 天得 1 张保护卡（最多 2 张），漏学一天时自动使用。'),
    ),
  );

  // 学时.
  const { credited, required } = d.hours;
  const hoursBody: Node[] = [];
  if (required > 0) {
    const done = credited >= required;
    hoursBody.push(
      h('p', {}, `今年已修 ${hrs(credited)} 学时，要求 ${hrs(required)} 学时`, done ? h('span', { class: 'done' }, '　✔ 已达标') : `，还差 ${hrs(required - credited)} 学时。`),
      h('progress', { class: 'meter', max: required, value: Math.min(credited, required), 'aria-label': `学时进度 ${hrs(credited)} / ${hrs(required)}` }),
    );
  } else {
    hoursBody.push(h('p', {}, `今年已修 ${hrs(credited)} 学时。`, h('span', { class: 'muted' }, '（本类学员没有年度学时要求）')));
  }
  root.append(section('hours-title', '年度学时', h('div', { class: 'card' }, ...hoursBody)));

  // Today's review (错题本).
  const reviewList = h('ul', { class: 'plain-list' });
  for (const r of d.reviewDue) {
    const q = cat.questions[r.questionId];
    reviewList.append(
      h(
        'li',
        {},
        q ? h('a', { href: `/quizzes/${q.quiz}/#q-${r.questionId}` }, q.stem) : r.questionId,
        ' ',
        h('span', { class: 'tag' }, `第 ${r.box} 轮`),
        q && h('span', { class: 'muted' }, cat.quizTitles[q.quiz] ?? ''),
      ),
    );
  }
  const notebookLink = h('p', {}, h('a', { class: 'btn secondary', href: '/me/mistakes/' }, `打开错题本（共 ${d.notebook.length} 题）· 现在练习`));
  root.append(
    section(
      'review-title',
      `今日复习（错题本）${d.reviewDue.length ? `· ${d.reviewDue.length} 题` : ''}`,
      d.reviewDue.length
        ? h('div', { class: 'card' }, h('p', { class: 'muted' }, '这些题之前答错过，今天该复习了。答对后间隔会逐步拉长（1、2、4、7、15、30 天）。'), reviewList)
        : h('p', { class: 'card' }, '今天没有需要复习的错题。'),
      notebookLink,
    ),
  );

  // Lessons of the learner's track: done and next.
  const done = new Set(d.lessonsCompleted);
  const mine = cat.lessons.filter((l) => l.tracks.includes(d.learner.audience));
  const others = cat.lessons.filter((l) => done.has(l.id) && !l.tracks.includes(d.learner.audience));
  const lessonList = h('ul', { class: 'plain-list' });
  for (const l of [...mine, ...others]) {
    lessonList.append(
      h(
        'li',
        {},
        done.has(l.id) ? h('span', { class: 'done' }, '✔ 已完成 ') : h('span', { class: 'muted' }, '○ 未完成 '),
        h('a', { href: `/lessons/${l.id}/` }, l.title),
        ' ',
        h('span', { class: 'tag' }, `${hrs(l.hours)} 学时`),
      ),
    );
  }
  const next = mine.find((l) => !done.has(l.id));
  root.append(
    section(
      'lessons-title',
      `课程（${mine.filter((l) => done.has(l.id)).length} / ${mine.length}）`,
      next ? h('p', {}, '下一课：', h('a', { href: `/lessons/${next.id}/` }, next.title), h('span', { class: 'muted' }, '（课后练习正确率达到 80% 即完成该课）')) : '',
      h('div', { class: 'card' }, lessonList),
    ),
  );

  // Badges: every one, earned first, locked ones with what earns them and how far along.
  const goals = [...d.goals].sort((a, b) => Number(b.earned) - Number(a.earned));
  root.append(
    section(
      'badges-title',
      `徽章与目标（已获得 ${d.goals.filter((g) => g.earned).length} / ${d.goals.length}）`,
      h('ul', { class: 'cards badge-goals' }, ...goals.map(goalCard)),
    ),
  );

  // Exam and certificate.
  root.append(
    section(
      'exam-title',
      '年度学法考试与证书',
      h(
        'div',
        { class: 'card' },
        d.certificate
          ? h('p', {}, '你已取得本年度学法证书，验证码 ', h('strong', {}, d.certificate.code), '。')
          : h('p', {}, '通过年度学法考试并修满学时后，可以领取学法证书。'),
        h(
          'div',
          { class: 'actions' },
          h('a', { class: 'btn', href: '/exam/' }, '参加年度考试'),
          h('a', { class: 'btn secondary', href: '/certificate/' }, d.certificate ? '查看证书' : '领取证书'),
        ),
      ),
    ),
  );

  // Account and data.
  const logout = h('button', { type: 'button', class: 'btn secondary', id: 'me-logout' }, '退出登录');
  logout.addEventListener('click', async () => {
    try {
      await api('/api/learners/logout', { method: 'POST' });
    } finally {
      location.assign('/account/');
    }
  });
  root.append(
    section(
      'data-title',
      '我的数据',
      h(
        'div',
        { class: 'card' },
        h('p', {}, d.leaderboardOptIn ? `你已参加排行榜，显示为“${d.boardName}”（只显示这个名称和积分，可在排行榜页修改）。` : '你没有参加排行榜，你的成绩不会公开显示。'),
        h(
          'div',
          { class: 'actions' },
          h('a', { class: 'btn secondary', href: '/leaderboard/' }, d.leaderboardOptIn ? '查看排行榜' : '查看排行榜 / 参加'),
          h('a', { class: 'btn secondary', href: '/api/learners/export', download: 'pufa-xapi.json' }, '导出我的学习记录（xAPI）'),
          logout,
        ),
      ),
    ),
  );
  return root;
}

function renderGuest(root: HTMLElement, cat: Catalog): void {
  part(root, 'me-guest').hidden = false;
  const queued = readQueue();
  part(root, 'guest-queue').textContent = queued.length
    ? `本机已记录 ${queued.filter((s) => s.verb === 'answered').length} 次答题，登录后会自动同步到你的账号。`
    : '本机还没有练习记录。';
  const list = part(root, 'guest-scores');
  for (const [quizId, title] of Object.entries(cat.quizTitles)) {
    let best: { best: number; at?: string } | null = null;
    try {
      best = JSON.parse(localStorage.getItem(`pufa:quiz:${quizId}`) ?? 'null') as { best: number; at?: string } | null;
    } catch {
      best = null;
    }
    if (!best) continue;
    list.append(
      h('li', {}, h('a', { href: `/quizzes/${quizId}/` }, title), ` 最好成绩 ${best.best} 分`, best.at ? h('span', { class: 'muted' }, `（${formatDate(best.at)}）`) : ''),
    );
  }
  list.hidden = list.childElementCount === 0;
}

async function mount(root: HTMLElement): Promise<void> {
  const status = part(root, 'me-status');
  const cat = catalog(root);
  let learner;
  try {
    learner = await currentLearner();
  } catch (err) {
    say(status, `无法连接服务器：${(err as Error).message} 练习记录已保存在本机。`, 'error');
    renderGuest(root, cat);
    return;
  }
  if (!learner) {
    say(status, '');
    renderGuest(root, cat);
    return;
  }
  let syncNote = '';
  if (readQueue().length) {
    say(status, '正在同步本机的练习记录…');
    try {
      const outcome = await syncQueue(postStatements);
      syncNote = outcome.acknowledged ? `已同步 ${outcome.acknowledged} 条练习记录。` : '';
      if (outcome.rejected) syncNote += `有 ${outcome.rejected} 条记录未被服务器接受（超过离线补交期限或内容无效），已从本机移除。`;
      if (outcome.remaining) syncNote += `还有 ${outcome.remaining} 条未能同步，下次再试。`;
    } catch (err) {
      syncNote = `练习记录暂未同步（${(err as Error).message}），下次打开本页时重试。`;
    }
  }
  try {
    const d = await api<Dashboard>('/api/learners/dashboard');
    const box = part(root, 'me-dashboard');
    box.replaceChildren(renderDashboard(d, cat));
    box.hidden = false;
    say(status, syncNote, 'ok');
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      say(status, '');
      renderGuest(root, cat);
    } else say(status, `学习数据加载失败：${(err as Error).message}`, 'error');
  }
}

class PufaDashboard extends HTMLElement {
  connectedCallback(): void {
    void mount(this);
  }
}
customElements.define('pufa-dashboard', PufaDashboard);
