/**
 * <pufa-account> (markup: index.astro here): login, sign-up (then automatic login), logout,
 * password reset with a one-time code (or an e-mailed link, `#reset=<token>&email=<address>`), and
 * a password change with the current password. After login the offline practice queue is synced
 * and the learner goes on to `?next=` — a same-site path only (see core/security/safe-next.ts) —
 * or the dashboard.
 */
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
  part(root, 'signed-in-who').textContent = `${learner.displayName ?? ''}${learner.email ? `（${learner.email}）` : ''}`;
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

/** The e-mail (trimmed) and password a login, reset or sign-up form holds. */
function credentials(data: FormData): { email: string; password: string } {
  return { email: String(data.get('email')).trim(), password: String(data.get('password')) };
}

async function login(email: string, password: string): Promise<void> {
  await api('/api/learners/login', { body: { email, password } });
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
    const { email, password } = credentials(data);
    busy(form, true);
    say(status(), '正在重置密码…');
    try {
      await api('/api/learners/reset-password', { body: { email, code: String(data.get('code')).trim(), password } });
      await login(email, password);
      await afterLogin();
    } catch (err) {
      say(status(), `重置未成功：${(err as Error).message}`, 'error');
      busy(form, false);
    }
  });
  part(root, 'reset-by-email').addEventListener('click', async () => {
    const email = part<HTMLInputElement>(root, 'reset-email');
    if (!email.value.trim() || !email.checkValidity()) {
      say(status(), '请先填写电子邮箱。', 'error');
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
      } else void loadAgencies(unit);
    })
    .catch(() => void loadAgencies(unit));

  part<HTMLInputElement>(root, 'show-password').addEventListener('change', (e) => {
    part<HTMLInputElement>(root, 'signup-password').type = (e.target as HTMLInputElement).checked ? 'text' : 'password';
  });

  onValidSubmit(loginForm, async (data) => {
    const { email, password } = credentials(data);
    busy(loginForm, true);
    say(status(), '正在登录…');
    try {
      await login(email, password);
      await afterLogin();
    } catch (err) {
      const msg = err instanceof ApiError && err.status === 401 ? '邮箱或密码不正确。' : (err as Error).message;
      say(status(), msg, 'error');
      busy(loginForm, false);
    }
  });

  onValidSubmit(signupForm, async (data) => {
    const { email, password } = credentials(data);
    const body = {
      email,
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
      await login(email, password);
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
