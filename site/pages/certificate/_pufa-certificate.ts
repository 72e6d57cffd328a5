/**
 * <pufa-certificate> (markup: index.astro here): show the learner's certificate as issued (facts,
 * serial, unit and authority from the public verify endpoint; the authority's seal; QR code to
 * /verify/?code=…; print; the signed credential download), or issue it, or list why not yet.
 */
import { toString as qrSvg } from 'qrcode';
import { sealSvg } from '../../../core/learning/seal-svg';
import { absoluteUrl } from '../../../core/site-url';
import type { CertificateIssueReply, DashboardReply, VerifyReply } from '../../../core/learning/replies';
import { ApiError, api, currentLearner } from '../../scripts/learner/api';
import { facts } from '../../scripts/learner/certificate-facts';
import { formatDate, h, part, say } from '../../scripts/learner/dom';

/** The public verify page for `code` on the configured site (`data-site`, from PUFA_SITE_URL at build). */
export const verifyUrl = (site: string, code: string) => absoluteUrl(site, `/verify/?code=${encodeURIComponent(code)}`);

/** What is still missing, each with where to go about it. */
function reasonItems(reasons: string[]): HTMLElement[] {
  return reasons.map((r) =>
    h('li', {}, r, ' ', /考试/.test(r) ? h('a', { href: '/exam/' }, '去考试') : /学时/.test(r) ? h('a', { href: '/me/' }, '查看课程') : ''),
  );
}

class PufaCertificate extends HTMLElement {
  private readonly find = <T extends HTMLElement = HTMLElement>(id: string) => part<T>(this, id);
  private readonly status = () => this.find('cert-status');

  connectedCallback(): void {
    this.find('cert-issue-button').addEventListener('click', () => void this.issue());
    this.find('cert-print').addEventListener('click', () => window.print());
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      if (!(await currentLearner())) {
        say(this.status(), '');
        this.find('cert-login').hidden = false;
        return;
      }
      const d = await api<DashboardReply>('/api/learners/dashboard');
      say(this.status(), '');
      if (d.certificate) await this.show(d.certificate.code);
      else this.find('cert-issue').hidden = false;
    } catch (err) {
      say(this.status(), `加载失败：${(err as Error).message}`, 'error');
    }
  }

  private async show(code: string): Promise<void> {
    const site = this.dataset.site || location.origin;
    const url = verifyUrl(site, code);
    this.find('cert-issue').hidden = true;
    this.find('cert-show').hidden = false;
    this.find('cert-code').textContent = code;
    this.find('cert-verify-url').textContent = absoluteUrl(site, '/verify/').replace(/^https?:\/\//, '');
    this.find<HTMLAnchorElement>('cert-verify-link').href = `/verify/?code=${encodeURIComponent(code)}`;
    const badge = this.find<HTMLAnchorElement>('cert-badge');
    badge.href = `/api/certificates/badge?code=${encodeURIComponent(code)}`;
    badge.download = `pufa-certificate-${code}.json`;
    const credential = this.find<HTMLAnchorElement>('cert-credential');
    credential.href = `/api/certificates/credential?code=${encodeURIComponent(code)}`;
    credential.download = `pufa-credential-${code}.jwt`;
    try {
      // Built from our own URL by the qrcode library: an SVG string with no user-controlled markup.
      this.find('cert-qr').innerHTML = await qrSvg(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    } catch {
      this.find('cert-qr').hidden = true;
    }
    try {
      const v = await api<VerifyReply>(`/api/certificates/verify?code=${encodeURIComponent(code)}`);
      if (v.valid || v.revoked) this.fill(v);
      if (v.revoked) say(this.status(), `本证书已于 ${formatDate(v.revoked.at)} 撤销：${v.revoked.reason}`, 'error');
      else if (!v.valid) say(this.status(), '证书核验未通过，请联系普法办。', 'error');
    } catch (err) {
      say(this.status(), `证书信息加载失败：${(err as Error).message}`, 'error');
    }
  }

  /** The sheet's text, facts, authority, date and seal. */
  private fill(v: VerifyReply): void {
    this.find('cert-serial').textContent = v.serial ?? '';
    this.find('cert-text').replaceChildren(
      '兹证明 ',
      h('span', { class: 'who' }, v.name ?? ''),
      v.unit ? `（${v.unit}）` : '',
      ` 修满${v.year ? ` ${v.year} 年度` : '本年度'}学法学时，年度学法考试合格，特发此证。`,
    );
    this.find('cert-facts').replaceChildren(...facts({ ...v, issuer: undefined, serial: undefined }));
    this.find('cert-issuer-name').textContent = v.issuer ?? '';
    this.find('cert-date').textContent = v.issuedAt ? formatDate(v.issuedAt) : '';
    // Our own markup; the authority's name is escaped inside sealSvg.
    if (v.issuer) this.find('cert-seal').innerHTML = sealSvg(v.issuer);
  }

  private async issue(): Promise<void> {
    const button = this.find<HTMLButtonElement>('cert-issue-button');
    button.disabled = true;
    say(this.status(), '正在生成证书…');
    try {
      const { code } = await api<CertificateIssueReply>('/api/certificates/issue', { method: 'POST' });
      say(this.status(), '证书已生成。', 'ok');
      await this.show(code);
      this.find('cert-title').focus();
    } catch (err) {
      // Payload's APIError reply: { errors: [{ message, data: { reasons } }] }.
      const data = err instanceof ApiError ? (err.body as { errors?: { data?: { reasons?: unknown } }[] } | null)?.errors?.[0]?.data : undefined;
      const reasons = Array.isArray(data?.reasons) ? data.reasons.map(String) : [];
      this.find('cert-reasons').replaceChildren(...reasonItems(reasons));
      say(this.status(), reasons.length ? `暂时还不能领取证书：${reasons.join('；')}。` : `未能生成证书：${(err as Error).message}`, 'error');
      button.disabled = false;
    }
  }
}
customElements.define('pufa-certificate', PufaCertificate);
