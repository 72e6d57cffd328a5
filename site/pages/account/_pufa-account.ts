/**
 * <pufa-account> (markup: index.astro here): login, sign-up (then automatic login), logout,
 * password reset with a one-time code (or an e-mailed link, `#reset=<token>&email=<address>`), and
 * a password change with the current password. After login the offline practice queue is synced
 * and the learner goes on to `?next=` — a same-site path only (see core/security/safe-next.ts) —
 * or the dashboard.
 */
import { loginNameProblem, normalizeLoginName } from '../../../core/learning/membership';
import { safeNextPath } from '../../../core/security/safe-next';
import { ApiError, api, currentLearner, postStatements, type Learner } from '../../scripts/learner/api';
import { h, part, say } from '../../scripts/learner/dom';
import { syncQueue } from '../../scripts/learner/statement-queue';

interface Agency {
  id: string | number;
  name: string;
  shortName?: string;
  kind?: string;
}

/** The page's one <pufa-account>; every lookup is scoped to it. */
let root: HTMLElement;
const status = () => part(root, 'account-status');
/** Agency ids as the API gave them (numbers on SQLite, strings on MongoDB), by option value. */
const agencyIds = new Map<string, string | number>();

function showSignedIn(learner: Learner): void {
  part(root, 'signed-out').hidden = true;
  part(root, 'signed-in').hidden = false;
  const name = learner.username ?? learner.email;
  part(root, 'signed-in-who').textContent = `${learner.displayName ?? ''}${name ? `（${name}）` : ''}`;
  void showUnit(learner.unit, learner.membership);
}

/** The learner's unit (a populated agency or its id) and whether it counts them yet. */
async function showUnit(unit: unknown, membership: string | null | undefined): Promise<void> {
  let name = typeof unit === 'object' && unit && 'name' in unit ? String((unit as { name: unknown }).name) : '';
  if (!name && (typeof unit === 'number' || typeof unit === 'string')) {
    name = (await api<{ name?: string }>(`/api/agencies/${encodeURIComponent(String(unit))}?depth=0`).catch(() => null))?.name ?? '';
  }
  part(root, 'signed-in-unit').textContent = !name
    ? '还没有加入单位：有邀请码的可以在下面加入。'
    : membership === 'confirmed'
      ? `所在单位：${name}（已确认，学时和考试计入本单位统计）`
      : `所在单位：${name}（等待单位编辑或普法办确认，确认前不计入本单位统计；有邀请码可以直接加入）`;
}

/** Fill the unit picker, grouped by kind; the form still works if this fails. */
async function loadAgencies(select: HTMLSelectElement): Promise<void> {
  try {
    const { docs } = await api<{ docs: Agency[] }>('/api/agencies?limit=100&depth=0&sort=name');
    const groups = new Map<string, Agency[]>();
    for (const a of docs ?? []) groups.set(a.kind ?? '其他', [...(groups.get(a.kind ?? '其他') ?? []), a]);
    for (const [kind, agencies] of groups) {
      const group = h('optgroup', { label: kind });
      for (const a of agencies) {
        agencyIds.set(String(a.id), a.id);
        group.append(h('option', { value: String(a.id) }, a.name));
      }
      select.append(group);
    }
  } catch {
    select.append(h('option', { value: '', disabled: true }, '单位列表暂时无法加载'));
  }
}

async function afterLogin(): Promise<void> {
  say(status(), '登录成功，正在同步本机的练习记录…', 'ok');
  try {
    const outcome = await syncQueue(postStatements);
    if (outcome.sent) say(status(), `登录成功，已同步 ${outcome.acknowledged} 条练习记录。`, 'ok');
  } catch {
    // The dashboard retries; logging in must not fail because of the sync.
  }
  location.assign(safeNextPath(new URLSearchParams(location.search).get('next')));
}

/** First invalid field: focus it and say why (browser messages are localized). */
function invalid(form: HTMLFormElement): boolean {
  const bad = [...form.elements].find((el) => el instanceof HTMLInputElement && !el.checkValidity()) as HTMLInputElement | undefined;
  if (!bad) return false;
  const label = form.querySelector(`label[for="${bad.id}"]`)?.textContent?.trim() ?? '';
  const reason = bad.validity.valueMissing ? '请填写' : bad.validity.tooShort ? `至少 ${bad.minLength} 位：` : '格式不正确：';
  say(status(), `${reason}${label}`, 'error');
  bad.focus();
  return true;
}

/** Calls `handle` with the form's data on submit once every field is valid (else says which is not). */
function onValidSubmit(form: HTMLFormElement, handle: (data: FormData) => Promise<void>): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!invalid(form)) void handle(new FormData(form));
  });
}

/** The account name (e-mail, user name or phone number, trimmed) and password a login or reset form holds. */
function credentials(data: FormData): { account: string; password: string } {
  return { account: String(data.get('account') ?? data.get('email') ?? '').trim(), password: String(data.get('password')) };
}

/** Logs in by e-mail when the name has an @, else by user name or phone number (normalized as the server stores it). */
async function login(account: string, password: string): Promise<void> {
  const who = account.includes('@') ? { email: account } : { username: normalizeLoginName(account) };
  await api('/api/learners/login', { body: { ...who, password } });
}

function busy(form: HTMLFormElement, on: boolean): void {
  form.querySelectorAll('button').forEach((b) => (b.disabled = on));
  form.setAttribute('aria-busy', String(on));
}

/** An e-mailed link carries `#reset=<token>&email=<address>`: fill the reset form, then drop it from the address bar. */
function fillFromResetLink(): boolean {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('reset');
  if (!token) return false;
  part<HTMLInputElement>(root, 'reset-code').value = token;
  part<HTMLInputElement>(root, 'reset-email').value = params.get('email') ?? '';
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  part<HTMLInputElement>(root, 'reset-password').focus();
  return true;
}

/** Reset with a one-time code, then log in with the new password. */
function mountReset(): void {
  const form = part<HTMLFormElement>(root, 'reset-form');
  onValidSubmit(form, async (data) => {
    const { account, password } = credentials(data);
    busy(form, true);
    say(status(), '正在重置密码…');
    try {
      await api('/api/learners/reset-password', { body: { email: account, code: String(data.get('code')).trim(), password } });
      await login(account, password);
      await afterLogin();
    } catch (err) {
      say(status(), `重置未成功：${(err as Error).message}`, 'error');
      busy(form, false);
    }
  });
  part(root, 'reset-by-email').addEventListener('click', async () => {
    const email = part<HTMLInputElement>(root, 'reset-email');
    if (!email.value.includes('@')) {
      say(status(), '用邮件找回需要填写注册时的电子邮箱；没有邮箱的，请向单位编辑或普法办领取重置码。', 'error');
      email.focus();
      return;
    }
    busy(form, true);
    try {
      const reply = await api<{ message?: string }>('/api/learners/forgot-password', { body: { email: email.value.trim() } });
      say(status(), reply?.message ?? '如果该邮箱已注册，重置链接已发出。', 'ok');
    } catch (err) {
      // Without e-mail set up the server says whom to ask for a code.
      say(status(), (err as Error).message, 'error');
    }
    busy(form, false);
  });
}

/** A signed-in learner changes their password; the server requires the current one. */
function mountPasswordChange(learner: Learner): void {
  const form = part<HTMLFormElement>(root, 'password-form');
  onValidSubmit(form, async (data) => {
    busy(form, true);
    try {
      await api(`/api/learners/${learner.id}`, { method: 'PATCH', body: { currentPassword: String(data.get('currentPassword')), password: String(data.get('password')) } });
      form.reset();
      say(status(), '密码已修改，下次请用新密码登录。', 'ok');
    } catch (err) {
      say(status(), `修改未成功：${(err as Error).message}`, 'error');
    }
    busy(form, false);
  });
}

/** A signed-in learner joins a unit with its invitation code. */
function mountJoin(): void {
  const form = part<HTMLFormElement>(root, 'join-form');
  onValidSubmit(form, async (data) => {
    busy(form, true);
    try {
      const reply = await api<{ unitName: string; message: string }>('/api/learners/join', { body: { code: String(data.get('code')).trim() } });
      form.reset();
      void showUnit({ name: reply.unitName }, 'confirmed');
      say(status(), reply.message, 'ok');
    } catch (err) {
      say(status(), `加入未成功：${(err as Error).message}`, 'error');
    }
    busy(form, false);
  });
}

function mount(el: HTMLElement): void {
  root = el;
  const loginForm = part<HTMLFormElement>(root, 'login-form');
  const signupForm = part<HTMLFormElement>(root, 'signup-form');
  const unit = part<HTMLSelectElement>(root, 'signup-unit');
  const fromResetLink = fillFromResetLink();
  mountReset();

  void currentLearner()
    .then((learner) => {
      if (learner && !fromResetLink) {
        showSignedIn(learner);
        mountPasswordChange(learner);
        mountJoin();
      } else void loadAgencies(unit);
    })
    .catch(() => void loadAgencies(unit));

  part<HTMLInputElement>(root, 'show-password').addEventListener('change', (e) => {
    part<HTMLInputElement>(root, 'signup-password').type = (e.target as HTMLInputElement).checked ? 'text' : 'password';
  });

  onValidSubmit(loginForm, async (data) => {
    const { account, password } = credentials(data);
    busy(loginForm, true);
    say(status(), '正在登录…');
    try {
      await login(account, password);
      await afterLogin();
    } catch (err) {
      const msg = err instanceof ApiError && err.status === 401 ? '账号或密码不正确。' : (err as Error).message;
      say(status(), msg, 'error');
      busy(loginForm, false);
    }
  });

  onValidSubmit(signupForm, async (data) => {
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password'));
    const username = normalizeLoginName(String(data.get('username') ?? ''));
    const problem = username ? loginNameProblem(username) : email ? null : '请填写手机号、用户名或电子邮箱（至少一项）';
    if (problem) {
      say(status(), problem, 'error');
      part<HTMLInputElement>(root, 'signup-username').focus();
      return;
    }
    const code = String(data.get('invitationCode') ?? '').trim();
    const body = {
      ...(username ? { username } : {}),
      ...(email ? { email } : {}),
      ...(code ? { invitationCode: code } : {}),
      password,
      displayName: String(data.get('displayName')).trim(),
      audience: String(data.get('audience')),
      ...(data.get('unit') ? { unit: agencyIds.get(String(data.get('unit'))) ?? String(data.get('unit')) } : {}),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      leaderboardOptIn: data.get('leaderboardOptIn') === 'on',
    };
    busy(signupForm, true);
    say(status(), '正在注册…');
    try {
      await api('/api/learners', { body });
    } catch (err) {
      say(status(), `注册未成功：${(err as Error).message}`, 'error');
      busy(signupForm, false);
      return;
    }
    try {
      await login(username || email, password);
      await afterLogin();
    } catch (err) {
      say(status(), `注册成功，但自动登录失败：${(err as Error).message} 请在上方登录。`, 'error');
      busy(signupForm, false);
    }
  });

  part(root, 'logout').addEventListener('click', async () => {
    try {
      await api('/api/learners/logout', { method: 'POST' });
    } catch {
      // Already logged out or offline: reload shows the true state either way.
    }
    location.reload();
  });
}

class PufaAccount extends HTMLElement {
  connectedCallback(): void {
    mount(this);
  }
}
customElements.define('pufa-account', PufaAccount);
