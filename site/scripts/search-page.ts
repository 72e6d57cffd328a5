/**
 * Search page island. Nothing is downloaded until the first search; the index and store then
 * come in one JSON file and every query runs locally (also offline once cached).
 */
import type lunr from 'lunr';
import { loadSearchIndex, searchIndex } from '../../core/search/query';
import type { SearchResult, SearchStore } from '../../core/search/types';

const KIND_LABEL = { lesson: '课程', law: '法律法规', article: '条文' } as const;
let loaded: Promise<{ index: lunr.Index; store: SearchStore }> | undefined;

function loadIndex() {
  loaded ??= fetch('/search/index.json')
    .then((r) => {
      if (!r.ok) throw new Error(`索引下载失败（${r.status}）`);
      return r.json() as Promise<{ index: object; store: SearchStore }>;
    })
    .then(({ index, store }) => ({ index: loadSearchIndex(index), store }));
  return loaded;
}

function renderResult(r: SearchResult): HTMLLIElement {
  const li = document.createElement('li');
  const kind = Object.assign(document.createElement('span'), { className: 'kind', textContent: KIND_LABEL[r.kind] });
  const link = Object.assign(document.createElement('a'), { href: r.url, textContent: r.title });
  li.append(kind, link);
  if (r.subtitle) li.append(Object.assign(document.createElement('span'), { className: 'muted', textContent: ` · ${r.subtitle}` }));
  if (r.snippet) {
    const p = Object.assign(document.createElement('p'), { className: 'snippet' });
    p.append(r.snippet.before, Object.assign(document.createElement('mark'), { textContent: r.snippet.match }), r.snippet.after);
    li.append(p);
  }
  return li;
}

export function mountSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-input')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;

  async function run(query: string) {
    if (!query.trim()) return;
    status.textContent = '正在搜索……';
    try {
      const { index, store } = await loadIndex();
      const started = performance.now();
      const results = searchIndex({ index, store, query, limit: 50 });
      list.replaceChildren(...results.map(renderResult));
      const ms = Math.round(performance.now() - started);
      status.textContent = results.length
        ? `“${query}”找到 ${results.length} 条结果（${ms} 毫秒）`
        : `没有找到与“${query}”相关的内容，换个关键词试试。`;
    } catch (error) {
      loaded = undefined;
      status.textContent = `搜索暂时不可用：${(error as Error).message}`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void run(query);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
