/**
 * <pufa-search> (markup: index.astro here): the search form, status line, hint, results and "more"
 * button. Loads nothing until the visitor focuses the search box (or opens a `?q=` link): then the
 * engine (lunr and our code) arrives as one lazy chunk, and each query fetches only the few index
 * files its terms route to, plus the text of the results shown.
 */
import type { SearchEngine, SearchPage } from '../../../core/search/engine';
import type { SearchAlias } from '../../../core/search/aliases';
import type { SearchResult } from '../../../core/search/types';
import { h } from '../../scripts/h';

const PAGE_SIZE = 10;
const KIND_LABEL: Record<SearchResult['kind'], string> = {
  law: '法律法规',
  lesson: '课程',
  campaign: '活动',
  media: '普法作品',
  article: '条文',
};

interface Loaded {
  engine: SearchEngine;
  suggestQuery: (query: string) => string | null;
}
let loading: Promise<Loaded> | undefined;

function loadEngine(): Promise<Loaded> {
  // One lazy chunk: lunr, the engine and the suggestions (core/search/index.ts is browser-safe).
  loading ??= import('../../../core/search/index').then((search) => {
    const engine = new search.SearchEngine(async (path) => {
      const response = await fetch(`/search/${path}`, path === 'manifest.json' ? { cache: 'no-cache' } : {});
      if (!response.ok) throw new Error(`索引文件下载失败（${response.status}）`);
      return new Uint8Array(await response.arrayBuffer());
    });
    void engine.loadManifest().catch(() => undefined);
    return { engine, suggestQuery: search.suggestQuery };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Text with every occurrence of any query part wrapped in <mark>. */
function highlighted(text: string, parts: readonly string[]): Node[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const sameLength = lower.length === text.length;
  const nodes: Node[] = [];
  let at = 0;
  while (sameLength && at < text.length) {
    let best = -1;
    let length = 0;
    for (const p of parts) {
      const i = lower.indexOf(p, at);
      if (i >= 0 && (best < 0 || i < best || (i === best && p.length > length))) [best, length] = [i, p.length];
    }
    if (best < 0) break;
    nodes.push(document.createTextNode(text.slice(at, best)), h('mark', {}, text.slice(best, best + length)));
    at = best + length;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function renderResult(r: SearchResult, parts: readonly string[]): HTMLLIElement {
  const title = r.kind === 'article' && r.subtitle ? `《${r.subtitle}》${r.title}` : r.title;
  return h(
    'li',
    {},
    h(
      'p',
      { class: 'result-title' },
      h('span', { class: 'kind' }, KIND_LABEL[r.kind]),
      h('a', { href: r.url }, ...highlighted(title, parts)),
      r.kind !== 'article' && r.subtitle ? h('span', { class: 'muted' }, ` · ${r.subtitle}`) : null,
    ),
    r.snippet
      ? h('p', { class: 'snippet' }, ...highlighted(r.snippet.before, parts), h('mark', {}, r.snippet.match), ...highlighted(r.snippet.after, parts))
      : null,
  );
}

/** One thesaurus entry: 常用说法：term → its articles (linked), their opening words, related terms. */
function renderAlias(a: SearchAlias): HTMLLIElement {
  const links = a.targets.flatMap((t, i) => [i ? '、' : '', h('a', { href: t.url }, t.label)]);
  return h(
    'li',
    {},
    h('p', { class: 'alias-head' }, '常用说法：', h('strong', {}, a.term), ' → ', ...links),
    ...a.targets.filter((t) => t.excerpt).map((t) => h('p', { class: 'alias-excerpt' }, `${t.label}：${t.excerpt}`)),
    a.related.length
      ? h('p', { class: 'alias-related' }, '相关说法：', ...a.related.flatMap((r, i) => [i ? '、' : '', h('a', { href: `?q=${encodeURIComponent(r)}` }, r)]))
      : null,
  );
}

/** Wire up the search form, status line, result list and "more" button inside `root`. */
function mount(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const hint = root.querySelector<HTMLElement>('#search-hint')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const aliasBox = root.querySelector<HTMLElement>('#search-aliases')!;
  const aliasList = aliasBox.querySelector<HTMLUListElement>('ul')!;
  let current = { query: '', shown: 0, run: 0 };

  function showHint(query: string, page: SearchPage, suggestion: string | null): void {
    hint.replaceChildren();
    if (suggestion && suggestion !== query) {
      hint.append('法律条文使用汉字编号，试试：', h('a', { href: `?q=${encodeURIComponent(suggestion)}` }, suggestion));
    } else if (page.parts.length === 1 && Array.from(page.parts[0]!).length === 1) {
      hint.append('单字检索结果较多，输入两个字以上的词更准确。');
    }
  }

  async function run(query: string, append = false): Promise<void> {
    if (!query.trim()) return;
    const run = ++current.run;
    if (!append) current = { query, shown: 0, run };
    status.textContent = '正在搜索……';
    more.hidden = true;
    try {
      const { engine, suggestQuery } = await loadEngine();
      const started = performance.now();
      const page = await engine.search(query, { offset: current.shown, limit: PAGE_SIZE });
      if (run !== current.run) return;
      const ms = Math.round(performance.now() - started);
      const items = page.results.map((r) => renderResult(r, page.parts));
      if (append) list.append(...items);
      else {
        list.replaceChildren(...items);
        // The articles an everyday term means come before the ordinary results.
        aliasList.replaceChildren(...page.aliases.map(renderAlias));
        aliasBox.hidden = page.aliases.length === 0;
      }
      current.shown += page.results.length;
      more.hidden = current.shown >= page.total;
      status.textContent = page.total
        ? `“${query}”共找到 ${page.total.toLocaleString('zh-CN')} 条结果（用时 ${ms} 毫秒）`
        : page.aliases.length
          ? `没有找到含“${query}”字样的条文和课程，请看下面常用说法对应的条文。`
          : `没有找到与“${query}”相关的内容，换个关键词试试。`;
      if (!append) showHint(query, page, suggestQuery(query));
    } catch (error) {
      if (run !== current.run) return;
      status.textContent = `搜索暂时不可用：${(error as Error).message}`;
    }
  }

  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  more.addEventListener('click', () => void run(current.query, true));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

class PufaSearch extends HTMLElement {
  connectedCallback(): void {
    mount(this);
  }
}
customElements.define('pufa-search', PufaSearch);
