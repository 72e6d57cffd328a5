/**
 * <pufa-law-anchor data-ranges="[[firstNo, firstSub, lastNo, lastSub, url], …]">: on the contents
 * page of a law split into pages, forwards a citation's #art-N (or #art-N-M) to the page that
 * holds the article, so links written as /laws/<law>/#art-N keep landing on the article.
 */
type Range = [number, number, number, number, string];

const order = (n: number, s: number, m: number, t: number) => n - m || s - t;

/** The page URL holding article n (sub s), or undefined. */
export function pageFor(ranges: readonly Range[], n: number, s: number): string | undefined {
  return ranges.find(([a, b, c, d]) => order(n, s, a, b) >= 0 && order(n, s, c, d) <= 0)?.[4];
}

class PufaLawAnchor extends HTMLElement {
  private readonly onHash = () => this.forward();

  connectedCallback(): void {
    this.forward();
    window.addEventListener('hashchange', this.onHash);
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
  }

  private forward(): void {
    const m = /^#art-(\d+)(?:-(\d+))?$/.exec(window.location.hash);
    if (!m) return;
    const ranges = JSON.parse(this.dataset.ranges ?? '[]') as Range[];
    const url = pageFor(ranges, Number(m[1]), Number(m[2] ?? 0));
    if (url) window.location.replace(`${url}${window.location.hash}`);
  }
}

if (!customElements.get('pufa-law-anchor')) customElements.define('pufa-law-anchor', PufaLawAnchor);
