/**
 * /verify/: check a certificate code with the server and say 有效 (with the facts) or 无效. `?code=`
 * runs the check on load (the QR code links here); each check updates the address.
 */
import type { VerifyReply } from '../../../core/learning/replies';
import { api } from '../../scripts/learner/api';
import { facts } from '../../scripts/learner/certificate-facts';
import { h, part, say } from '../../scripts/learner/dom';

async function check(root: HTMLElement, raw: string): Promise<void> {
  const code = raw.trim().toUpperCase();
  const status = part(root, 'verify-status');
  const result = part(root, 'verify-result');
  if (!code) {
    say(status, '请输入验证码。', 'error');
    part(root, 'verify-code').focus();
    return;
  }
  history.replaceState(null, '', `/verify/?code=${encodeURIComponent(code)}`);
  say(status, '正在核验…');
  result.hidden = true;
  try {
    const v = await api<VerifyReply>(`/api/certificates/verify?code=${encodeURIComponent(code)}`);
    say(status, '');
    result.replaceChildren(
      v.valid
        ? h(
            'div',
            { class: 'card result-ok' },
            h('p', { class: 'verdict ok', id: 'verify-verdict' }, '✔ 有效'),
            h('p', {}, `验证码 ${code} 对应的学法证书真实有效。`),
            h('dl', { class: 'facts' }, ...facts(v)),
          )
        : h(
            'div',
            { class: 'card result-bad' },
            h('p', { class: 'verdict bad', id: 'verify-verdict' }, '✘ 无效'),
            h('p', {}, `没有找到验证码为 ${code} 的有效证书。请核对验证码，或联系发证单位。`),
          ),
    );
    result.hidden = false;
  } catch (err) {
    say(status, `核验失败：${(err as Error).message}`, 'error');
  }
}

async function mount(root: HTMLElement): Promise<void> {
  const form = part<HTMLFormElement>(root, 'verify-form');
  const input = part<HTMLInputElement>(root, 'verify-code');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void check(root, input.value);
  });
  const code = new URLSearchParams(location.search).get('code');
  if (code) {
    input.value = code;
    await check(root, code);
  }
}

/** <pufa-verify>: the code form, its status line and the verdict (markup: index.astro here). */
class PufaVerify extends HTMLElement {
  connectedCallback(): void {
    void mount(this);
  }
}
customElements.define('pufa-verify', PufaVerify);
