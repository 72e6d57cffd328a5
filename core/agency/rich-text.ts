/**
 * The report narrative's rich text as a neutral model: paragraphs of styled runs and lists.
 * The admin editor stores its own JSON; everything that shows or exports a narrative
 * (public page, .docx, PDF) reads it through `richTextBlocks`, never the editor's format.
 * Reads Lexical's `{ root: { children } }` and Slate's node array, and plain strings (older
 * reports stored the narrative as a textarea). Anything else yields no blocks, never throws.
 */

export type RichRun = { text: string; bold?: boolean; italic?: boolean };
export type RichBlock =
  | { kind: 'paragraph'; runs: RichRun[] }
  | { kind: 'list'; ordered: boolean; items: RichRun[][] };

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const childrenOf = (n: Node): Node[] => (Array.isArray(n.children) ? n.children.filter(isNode) : []);

// Lexical stores text styles as a bit mask: 1 bold, 2 italic.
const LEXICAL_BOLD = 1;
const LEXICAL_ITALIC = 2;

function runOf(n: Node): RichRun | null {
  if (typeof n.text !== 'string') return null;
  const format = typeof n.format === 'number' ? n.format : 0;
  const run: RichRun = { text: n.text };
  if (n.bold === true || format & LEXICAL_BOLD) run.bold = true;
  if (n.italic === true || format & LEXICAL_ITALIC) run.italic = true;
  return run;
}

/** The text runs inside a node, flattened (links and other inline wrappers keep their text). */
function runsIn(n: Node): RichRun[] {
  const own = runOf(n);
  if (own) return [own];
  if (n.type === 'linebreak') return [{ text: '\n' }];
  return mergeRuns(childrenOf(n).flatMap(runsIn));
}

const sameStyle = (a: RichRun, b: RichRun) => !!a.bold === !!b.bold && !!a.italic === !!b.italic;

/** Adjacent runs of the same style joined; empty runs dropped. */
function mergeRuns(runs: RichRun[]): RichRun[] {
  const out: RichRun[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function listKind(n: Node): boolean | null {
  if (n.type === 'list') return n.listType === 'number';
  if (n.type === 'ol') return true;
  if (n.type === 'ul') return false;
  return null;
}

function blocksOf(n: Node): RichBlock[] {
  const ordered = listKind(n);
  if (ordered !== null) {
    // A nested list's items join the outer list (the neutral model is one level deep).
    const items: RichRun[][] = [];
    for (const item of childrenOf(n)) {
      const nested = childrenOf(item).filter((c) => listKind(c) !== null);
      const own = mergeRuns(childrenOf(item).filter((c) => listKind(c) === null).flatMap(runsIn));
      if (own.some((r) => r.text.trim())) items.push(own);
      for (const sub of nested) for (const b of blocksOf(sub)) if (b.kind === 'list') items.push(...b.items);
    }
    return items.length ? [{ kind: 'list', ordered, items }] : [];
  }
  const runs = runsIn(n);
  return runs.some((r) => r.text.trim()) ? [{ kind: 'paragraph', runs }] : [];
}

function fromPlainText(text: string): RichBlock[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', runs: [{ text: p }] }));
}

/** The stored editor value as blocks; null, garbage or an empty editor give []. */
export function richTextBlocks(stored: unknown): RichBlock[] {
  if (typeof stored === 'string') return fromPlainText(stored);
  let top: unknown[] = [];
  if (Array.isArray(stored)) top = stored;
  else if (isNode(stored) && isNode(stored.root)) top = childrenOf(stored.root);
  return top.filter(isNode).flatMap(blocksOf);
}

/** True when the value has no visible text (an untouched editor stores an empty paragraph). */
export function richTextIsEmpty(stored: unknown): boolean {
  return richTextBlocks(stored).length === 0;
}

/** The blocks' plain text, paragraphs and list items on their own lines. */
export function richTextPlain(blocks: RichBlock[]): string {
  const line = (runs: RichRun[]) => runs.map((r) => r.text).join('');
  return blocks.map((b) => (b.kind === 'paragraph' ? line(b.runs) : b.items.map(line).join('\n'))).join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function runHtml(run: RichRun): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>');
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** Safe HTML for the blocks: every text escaped, only p/ul/ol/li/strong/em/br produced. */
export function richTextHtml(blocks: RichBlock[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p>${b.runs.map(runHtml).join('')}</p>`;
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${item.map(runHtml).join('')}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}

// Lexical's serialized nodes, as its editor writes them (version 1 of each node type).
const lexicalElement = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const };
const lexicalText = (run: RichRun) => ({
  type: 'text', detail: 0, mode: 'normal', style: '', version: 1, text: run.text,
  format: (run.bold ? LEXICAL_BOLD : 0) | (run.italic ? LEXICAL_ITALIC : 0),
});

/** The blocks as the admin's Lexical editor stores them (seeds, migrations, tests). */
export function richTextToLexical(blocks: RichBlock[]) {
  const children = blocks.map((b) =>
    b.kind === 'paragraph'
      ? { type: 'paragraph', ...lexicalElement, textFormat: 0, textStyle: '', children: b.runs.map(lexicalText) }
      : {
          type: 'list', ...lexicalElement, listType: b.ordered ? 'number' : 'bullet', start: 1, tag: b.ordered ? 'ol' : 'ul',
          children: b.items.map((runs, i) => ({ type: 'listitem', ...lexicalElement, value: i + 1, children: runs.map(lexicalText) })),
        },
  );
  return { root: { type: 'root', ...lexicalElement, children } };
}

/** Plain paragraphs (blank or missing ones skipped) as Lexical JSON. */
export const lexicalParagraphs = (...texts: (string | null | undefined)[]) =>
  richTextToLexical(texts.flatMap((t) => (t?.trim() ? [{ kind: 'paragraph' as const, runs: [{ text: t.trim() }] }] : [])));
