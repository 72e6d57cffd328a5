/**
 * /certificate/: show the learner's certificate (facts from the public verify endpoint, QR code
 * to /verify/?code=…, Open Badges JSON download, print), or issue it, or list why not yet.
 */
import QRCode from 'qrcode';
import { ApiError, api, currentLearner } from './api';
import { facts, type VerifyReply } from './certificate-facts';
import type { Dashboard } from './dashboard';
import { byId, h, say } from './dom';

const status = () => byId('cert-status');

export const verifyUrl = (code: string) => `${location.origin}/verify/?code=${encodeURIComponent(code)}`;

async function show(code: string): Promise<void> {
  const url = verifyUrl(code);
  byId('cert-issue').hidden = true;
  byId('cert-show').hidden = false;
  byId('cert-code').textContent = code;
  byId('cert-verify-url').textContent = `${location.host}/verify/`;
  byId<HTMLAnchorElement>('cert-verify-link').href = `/verify/?code=${encodeURIComponent(code)}`;
  const badge = byId<HTMLAnchorElement>('cert-badge');
  badge.href = `/api/certificates/badge?code=${encodeURIComponent(code)}`;
  badge.download = `pufa-certificate-${code}.json`;
  try {
    // Built from our own URL by the qrcode library: an SVG string with no user-controlled markup.
    byId('cert-qr').innerHTML = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  } catch {
    byId('cert-qr').hidden = true;
  }
  try {
    const v = await api<VerifyReply>(`/api/certificates/verify?code=${encodeURIComponent(code)}`);
    if (v.valid) {
      byId('cert-text').textContent = `兹证明 ${v.name ?? ''} 已通过${v.year ? ` ${v.year} 年度` : ''}学法考试，特发此证。`;
      byId('cert-facts').replaceChildren(...facts(v));
    } else {
      say(status(), '证书核验未通过，请联系普法办。', 'error');
    }
  } catch (err) {
    say(status(), `证书信息加载失败：${(err as Error).message}`, 'error');
  }
}

/** What is still missing, each with where to go about it. */
function showReasons(reasons: string[]): void {
  byId('cert-reasons').replaceChildren(
    ...reasons.map((r) =>
      h('li', {}, r, ' ', /考试/.test(r) ? h('a', { href: '/exam/' }, '去考试') : /学时/.test(r) ? h('a', { href: '/me/' }, '查看课程') : ''),
    ),
  );
}

async function issue(): Promise<void> {
  const button = byId<HTMLButtonElement>('cert-issue-button');
  button.disabled = true;
  say(status(), '正在生成证书…');
  try {
    const { code } = await api<{ code: string }>('/api/certificates/issue', { method: 'POST' });
    say(status(), '证书已生成。', 'ok');
    await show(code);
    byId('cert-title').focus();
  } catch (err) {
    const body = err instanceof ApiError ? err.body : null;
    const reasons =
      body && typeof body === 'object' && 'reasons' in body && Array.isArray(body.reasons) ? (body.reasons as unknown[]).map(String) : [];
    showReasons(reasons);
    say(status(), reasons.length ? `暂时还不能领取证书：${reasons.join('；')}。` : `未能生成证书：${(err as Error).message}`, 'error');
    button.disabled = false;
  }
}

export async function mountCertificate(): Promise<void> {
  byId('cert-issue-button').addEventListener('click', () => void issue());
  byId('cert-print').addEventListener('click', () => window.print());
  try {
    if (!(await currentLearner())) {
      say(status(), '');
      byId('cert-login').hidden = false;
      return;
    }
    const d = await api<Dashboard>('/api/learners/dashboard');
    say(status(), '');
    if (d.certificate) await show(d.certificate.code);
    else byId('cert-issue').hidden = false;
  } catch (err) {
    say(status(), `加载失败：${(err as Error).message}`, 'error');
  }
}
