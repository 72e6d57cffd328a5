/**
 * /verify/: check a certificate code with the server and say 有效 (with the facts) or 无效.
 * `?code=` runs the check on load (the QR code links here); each check updates the address.
 */
import { api } from './api';
import { facts, type VerifyReply } from './certificate-facts';
import { byId, h, say } from './dom';

async function check(raw: string): Promise<void> {
  const code = raw.trim().toUpperCase();
  const status = byId('verify-status');
  const result = byId('verify-result');
  if (!code) {
    say(status, '请输入验证码。', 'error');
    byId('verify-code').focus();
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

export async function mountVerify(): Promise<void> {
  const form = byId<HTMLFormElement>('verify-form');
  const input = byId<HTMLInputElement>('verify-code');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void check(input.value);
  });
  const code = new URLSearchParams(location.search).get('code');
  if (code) {
    input.value = code;
    await check(code);
  }
}
