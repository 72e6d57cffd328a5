/**
 * The one way the site's scripts build DOM: h('li', { class: 'x' }, 'text', child). Text is always
 * set as text, never parsed as HTML. Its own module so pages that need only this stay small.
 */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Create an element with attributes (false/null/undefined skipped, true as empty) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.filter((c): c is Node | string => c != null && c !== false));
  return el;
}
