/**
 * <pufa-elder-toggle>: switches 长辈模式 (large text, large targets, high contrast, short
 * navigation) on <html data-elder> and remembers it in localStorage. /elder-mode.js applies the
 * remembered choice in <head> before the first paint; this only flips it.
 */
export const ELDER_KEY = 'pufa-elder';

class PufaElderToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const show = () => button.setAttribute('aria-pressed', String(document.documentElement.hasAttribute('data-elder')));
    show();
    button.hidden = false;
    button.addEventListener('click', () => {
      const on = !document.documentElement.hasAttribute('data-elder');
      document.documentElement.toggleAttribute('data-elder', on);
      try {
        if (on) localStorage.setItem(ELDER_KEY, '1');
        else localStorage.removeItem(ELDER_KEY);
      } catch {
        // Not remembered where storage is blocked; the switch still works on this page.
      }
      show();
    });
    // Another tab switched it.
    window.addEventListener('storage', (e) => {
      if (e.key !== ELDER_KEY) return;
      document.documentElement.toggleAttribute('data-elder', e.newValue === '1');
      show();
    });
  }
}

customElements.define('pufa-elder-toggle', PufaElderToggle);
