/**
 * /verify/: check a certificate code, or a pasted / uploaded signed credential, with the server
 * and say 有效 (with the facts), 已撤销 (date and reason) or 无效. `?code=` runs the check on load
 * (the QR code links here); each code check updates the address.
 */
import type { VerifyReply } from '../../../core/learning/replies';
import { api } from '../../scripts/learner/api';
import { facts } from '../../scripts/learner/certificate-facts';
import { formatDate, h, part, say } from '../../scripts/learner/dom';

/** The verdict card for a reply; `subject` names what was checked (验证码 … / 该电子凭证). */
function verdict(v: VerifyReply, subject: string): HTMLElement {
  if (v.revoked) {
    return h(
      'div',
      { class: 'card result-bad' },
      h('p', { class: 'verdict bad', id: 'verify-verdict' }, '✘ 已撤销'),
      h('p', {}, `${subject}对应的学法证书已于 ${formatDate(v.revoked.at)} 被发证机关撤销。`),
      h('p', {}, `撤销原因：${v.revoked.reason}`),
      h('dl', { class: 'facts' }, ...facts(v)),
    );
  }
  if (v.valid) {
    return h(
      'div',
      { class: 'card result-ok' },
      h('p', { class: 'verdict ok', id: 'verify-verdict' }, '✔ 有效'),
      h('p', {}, `${subject}对应的学法证书真实有效。`),
      h('dl', { class: 'facts' }, ...facts(v)),
    );
  }
  return h(
    'div',
    { class: 'card result-bad' },
    h('p', { class: 'verdict bad', id: 'verify-verdict' }, '✘ 无效'),
    h('p', {}, v.reason ? `${subject}未通过核验：${v.reason}。` : `没有找到${subject}对应的有效证书。请核对后重试，或联系发证单位。`),
  );
}

async function show(root: HTMLElement, request: () => Promise<VerifyReply>, subject: string): Promise<void> {
  const status = part(root, 'verify-status');
  const result = part(root, 'verify-result');
  say(status, '正在核验…');
  result.hidden = true;
  try {
    const v = await request();
    say(status, '');
    result.replaceChildren(verdict(v, subject));
    result.hidden = false;
  } catch (err) {
    say(status, `核验失败：${(err as Error).message}`, 'error');
  }
}

async function checkCode(root: HTMLElement, raw: string): Promise<void> {
  const code = raw.trim().toUpperCase();
  if (!code) {
    say(part(root, 'verify-status'), '请输入验证码。', 'error');
    part(root, 'verify-code').focus();
    return;
  }
  history.replaceState(null, '', `/verify/?code=${encodeURIComponent(code)}`);
  await show(root, () => api<VerifyReply>(`/api/certificates/verify?code=${encodeURIComponent(code)}`), `验证码 ${code} `);
}

async function checkCredential(root: HTMLElement): Promise<void> {
  const text = part<HTMLTextAreaElement>(root, 'verify-credential');
  const file = part<HTMLInputElement>(root, 'verify-file').files?.[0];
  // A chosen file wins over the box; it is read here, never uploaded as a file.
  const credential = file ? await file.text() : text.value;
  if (!credential.trim()) {
    say(part(root, 'verify-status'), '请粘贴电子凭证，或选择凭证文件。', 'error');
    text.focus();
    return;
  }
  await show(root, () => api<VerifyReply>('/api/certificates/verify-credential', { body: { credential } }), '该电子凭证');
}

async function mount(root: HTMLElement): Promise<void> {
  const input = part<HTMLInputElement>(root, 'verify-code');
  part<HTMLFormElement>(root, 'verify-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void checkCode(root, input.value);
  });
  part<HTMLFormElement>(root, 'credential-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void checkCredential(root);
  });
  const file = part<HTMLInputElement>(root, 'verify-file');
  file.addEventListener('change', () => {
    part(root, 'verify-file-name').textContent = file.files?.[0]?.name ?? '未选择文件';
  });
  const code = new URLSearchParams(location.search).get('code');
  if (code) {
    input.value = code;
    await checkCode(root, code);
  }
}

/** <pufa-verify>: the code and credential forms, their status line and the verdict (markup: index.astro here). */
class PufaVerify extends HTMLElement {
  connectedCallback(): void {
    void mount(this);
  }
}
customElements.define('pufa-verify', PufaVerify);
