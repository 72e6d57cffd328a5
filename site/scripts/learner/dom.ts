/**
 * Tiny DOM helpers for the learner custom elements: the one way they build DOM (h), scoped lookups
 * (part), and status lines. Server text is always set as text, never as HTML.
 */
export { h } from '../h';

/**
 * The element with this id inside `root` (a custom element and the markup it owns), or an error
 * naming it: a mismatch between a component's markup and its script is a bug.
 */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const el = root.querySelector(`#${id}`);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

/** Show a status line: `kind` picks the style; the element should be role=status/alert. */
export function say(el: HTMLElement, text: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  el.textContent = text;
  el.dataset.kind = kind;
  el.hidden = !text;
}

/** 2026年3月1日 in the learner's zone. */
export const formatDate = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
};
