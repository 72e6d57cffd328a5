/**
 * <pufa-law-anchor data-ranges="[[firstNo, firstSub, lastNo, lastSub, url], …]">: on the contents
 * page of a law split into pages, forwards a citation's #art-N (or #art-N-M) to the page that
 * holds the article, so links written as /laws/<law>/#art-N keep landing on the article.
 */
import { pageUrlFor, type PageRange } from '../../../core/law/law-pages';

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
    const ranges = JSON.parse(this.dataset.ranges ?? '[]') as PageRange[];
    const url = pageUrlFor(ranges, Number(m[1]), Number(m[2] ?? 0));
    if (url) window.location.replace(`${url}${window.location.hash}`);
  }
}

if (!customElements.get('pufa-law-anchor')) customElements.define('pufa-law-anchor', PufaLawAnchor);
