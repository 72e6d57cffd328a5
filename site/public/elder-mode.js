/* global localStorage, document, window, HTMLElement, customElements */
// 长辈模式: a classic script in <head> (the site's CSP allows no inline script, and Astro inlines
// small bundled scripts): it applies the remembered choice before the first paint, then defines
// <pufa-elder-toggle> (site/components/elder/ElderToggle.astro), the header switch.
(() => {
  const KEY = 'pufa-elder';
  const root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === '1') root.setAttribute('data-elder', '');
  } catch {
    // Storage blocked: the page stays in normal mode.
  }
  if (!window.customElements) return;
  class PufaElderToggle extends HTMLElement {
    connectedCallback() {
      // Defined in <head>: the parser connects the element before its button is parsed.
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.start(), { once: true });
      else this.start();
    }

    start() {
      const button = this.querySelector('button');
      if (!button) return;
      const show = () => button.setAttribute('aria-pressed', String(root.hasAttribute('data-elder')));
      show();
      button.hidden = false;
      button.addEventListener('click', () => {
        const on = !root.hasAttribute('data-elder');
        root.toggleAttribute('data-elder', on);
        try {
          if (on) localStorage.setItem(KEY, '1');
          else localStorage.removeItem(KEY);
        } catch {
          // Not remembered where storage is blocked; the switch still works on this page.
        }
        show();
      });
      // Another tab switched it.
      window.addEventListener('storage', (e) => {
        if (e.key !== KEY) return;
        root.toggleAttribute('data-elder', e.newValue === '1');
        show();
      });
    }
  }
  customElements.define('pufa-elder-toggle', PufaElderToggle);
})();
