/**
 * <pufa-live-screen>: the projector view (/live/screen/?code=…#key=…, opened from the host
 * console): the join code big with a QR of /live/?code=…, the lobby, each question with its
 * options and countdown, then the answer distribution and the top 5 (names hidden when the
 * teacher chose so). It never receives a key before the teacher reveals it.
 */
import { toString as qrSvg } from 'qrcode';
import type { QuestionMessage, ServerMessage, TopEntry } from '../../../core/live/protocol';
import { absoluteUrl } from '../../../core/site-url';
import { h, part } from '../../scripts/learner/dom';
import { letter, liveSocket, secondsLeft } from './live-socket';

class PufaLiveScreen extends HTMLElement {
  private timer = 0;
  private current: QuestionMessage | null = null;

  connectedCallback(): void {
    const code = new URLSearchParams(location.search).get('code') ?? '';
    const screenKey = new URLSearchParams(location.hash.slice(1)).get('key') ?? '';
    if (!/^[1-9]\d{5}$/.test(code) || !screenKey) {
      part(this, 'screen-stage').replaceChildren(h('p', { class: 'status', 'data-kind': 'error' }, '请从课堂控制台打开投影页面。'));
      return;
    }
    part(this, 'screen-code').textContent = code;
    // The configured public origin (PUFA_SITE_URL, fixed at build), as every QR code the system makes.
    const url = absoluteUrl(this.dataset.site || location.origin, `/live/?code=${code}`);
    part(this, 'screen-url').textContent = url.replace(/^https?:\/\//, '');
    // The qrcode library's SVG of our own URL: no user-controlled markup.
    void qrSvg(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => (part(this, 'screen-qr').innerHTML = svg));
    liveSocket({ onOpen: (s) => s.send({ type: 'watch', code, screenKey }), onMessage: (m) => this.onMessage(m) });
  }

  private stage(...children: (Node | string)[]): void { part(this, 'screen-stage').replaceChildren(...children); }
  private top5(list: TopEntry[]): HTMLElement {
    return h('ol', { class: 'live-top', id: 'screen-top' }, ...list.map((t) => h('li', {}, `${t.nickname ?? `第${t.rank}名`} ${t.score} 分`)));
  }

  private onMessage(m: ServerMessage): void {
    switch (m.type) {
      case 'watching': part(this, 'screen-title').textContent = m.title; return;
      case 'lobby':
        if (this.current) return;
        this.stage(h('h2', {}, `已加入 ${m.players.length} 人${m.locked ? '（已锁定）' : ''}`), h('ul', { class: 'live-players', id: 'screen-players' }, ...m.players.map((p) => h('li', {}, p.nickname))));
        return;
      case 'question': {
        this.current = m;
        clearInterval(this.timer);
        const clock = h('p', { class: 'live-code', id: 'screen-timer' });
        const tick = () => { const s = secondsLeft(m.closesAt); clock.textContent = m.pausedRemainingMs != null ? '暂停' : s == null ? '' : String(s); };
        tick();
        if (m.closesAt != null) this.timer = window.setInterval(tick, 250);
        this.stage(h('h2', { id: 'screen-question' }, `第 ${m.index + 1}/${m.total} 题 ${m.text}`), h('ol', { type: 'A', class: 'live-options' }, ...m.options.map((o) => h('li', {}, o))), clock, h('p', { id: 'screen-progress', class: 'muted' }));
        return;
      }
      case 'progress': { const p = this.querySelector('#screen-progress'); if (p) p.textContent = `已作答 ${m.answered}/${m.players}`; return; }
      case 'paused': { const t = this.querySelector('#screen-timer'); clearInterval(this.timer); if (t) t.textContent = '暂停'; return; }
      case 'closed': { clearInterval(this.timer); const t = this.querySelector('#screen-timer'); if (t) t.textContent = '时间到'; return; }
      case 'reveal': {
        const q = this.current;
        const most = Math.max(1, ...m.distribution);
        this.stage(h('h2', {}, q ? `第 ${q.index + 1} 题 ${q.text}` : '答案'),
          h('ul', { class: 'live-bars', id: 'screen-bars' }, ...m.distribution.map((n, i) => h('li', { class: m.correctOptions.includes(i) ? 'right' : '' },
            h('span', {}, `${letter(i)}. ${q?.options[i] ?? ''}${m.correctOptions.includes(i) ? ' ✔' : ''}`), h('span', { class: 'bar', style: `width:${(n / most) * 100}%` }), h('span', {}, String(n))))),
          m.explanation ? h('p', {}, m.explanation) : '', h('h3', {}, '前五名'), this.top5(m.top5));
        return;
      }
      case 'ended': clearInterval(this.timer); this.stage(h('h2', {}, '测验结束 · 前五名'), this.top5(m.top5)); return;
      case 'error': this.stage(h('p', { class: 'status', 'data-kind': 'error' }, m.message)); return;
      default:
    }
  }
}
customElements.define('pufa-live-screen', PufaLiveScreen);
