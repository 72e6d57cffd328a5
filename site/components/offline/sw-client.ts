/**
 * On every page (site/layouts/Base.astro, through OfflineClient.astro): registers the service
 * worker, offers a new version without ever reloading a page in the middle of a quiz or an exam,
 * sends waiting practice to the learner's account (on load and when the connection returns), and
 * brings downloaded offline packs up to date. The heavier modules load only when needed.
 */
const QUEUE_KEY = 'pufa:statements';
const PACKS_KEY = 'pufa:packs';
/** After a "not logged in" answer, page loads leave the queue alone for this long (quiz pages and reconnects still try). */
const ANON_PAUSE_MS = 5 * 60 * 1000;
const ANON_KEY = 'pufa:sync-anonymous-at';

const hasQueued = () => (localStorage.getItem(QUEUE_KEY) ?? '[]').length > 2;
/** Pages whose own element syncs the queue and reports the outcome (我的学习, 错题本, account, exam). */
const SYNCS_ITSELF = 'pufa-dashboard, pufa-mistakes, pufa-account, pufa-exam';

async function sync(fromPageLoad: boolean): Promise<void> {
  if (!hasQueued() || document.querySelector(SYNCS_ITSELF)) return;
  if (fromPageLoad && Date.now() - Number(sessionStorage.getItem(ANON_KEY) ?? 0) < ANON_PAUSE_MS) return;
  const { syncPractice } = await import('../../scripts/learner/auto-sync');
  const result = await syncPractice();
  if (result.state === 'anonymous') sessionStorage.setItem(ANON_KEY, String(Date.now()));
  else sessionStorage.removeItem(ANON_KEY);
}

/** True while a practice quiz has answers but no score yet, or on an exam page. */
export function quizInProgress(root: ParentNode = document): boolean {
  if (root.querySelector('pufa-exam')) return true;
  return [...root.querySelectorAll('pufa-quiz')].some(
    (q) => q.querySelector('.check:disabled') !== null && q.querySelector<HTMLElement>('.score')?.hidden !== false,
  );
}

function offerUpdate(worker: ServiceWorker): void {
  const bar = document.querySelector<HTMLElement>('#pufa-update');
  if (!bar) return;
  const note = bar.querySelector<HTMLElement>('.update-note')!;
  bar.hidden = false;
  let asked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) window.location.reload();
  });
  const apply = () => {
    if (quizInProgress()) {
      note.textContent = '请先答完本次练习，答完后再更新，已作答的内容不会丢失。';
      return;
    }
    asked = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  bar.querySelector('.update-now')!.addEventListener('click', apply);
  bar.querySelector('.update-later')!.addEventListener('click', () => (bar.hidden = true));
}

async function register(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const reg = await navigator.serviceWorker.register('/sw.js');
  if (reg.waiting && navigator.serviceWorker.controller) offerUpdate(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });
}

window.addEventListener('online', () => void sync(false));
void sync(true);
// After the page has loaded: installing the shell must not compete with the page on a slow link.
const start = () => void register().catch(() => undefined);
if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
if ((localStorage.getItem(PACKS_KEY) ?? '{}').length > 2 && navigator.onLine) {
  void import('./packs').then((m) => m.updatePacks()).catch(() => undefined);
}
