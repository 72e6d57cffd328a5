/**
 * <pufa-read-aloud>: reads a part of the page aloud with the Web Speech API in a zh-CN voice,
 * sentence by sentence, the current sentence highlighted (CSS Custom Highlight API, else the
 * selection), with pause/resume, stop and speed. Where the browser has no speech synthesis or no
 * Chinese voice, the control says so instead of failing silently.
 *
 * Attributes: data-target (selector of what to read), data-within (closest ancestor to search
 * in; default the document), data-skip (parts of it not to read). A law page starts from the article in the URL's #hash.
 */
import { type Sentence, splitSentences } from './sentences';

const SKIP = 'pufa-read-aloud, script, style, button, input, select, textarea, [hidden], [aria-hidden="true"], [data-read-skip], .feedback, .law-note, .law-note-none';
const BLOCK = /^(P|LI|H[1-6]|LEGEND|LABEL|DIV|SECTION|ARTICLE|TD|TH|DT|DD|BLOCKQUOTE|FIGCAPTION)$/;
const HIGHLIGHT = 'pufa-reading';
const VOICE_WAIT_MS = 1500;

interface Piece {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  at: number;
}

/** The readable text under `roots` joined, a line break between blocks, and where each node sits. */
function collect(roots: Element[], skip: string): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  let lastBlock: Element | null = null;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      let block: Element | null = n.parentElement;
      while (block && !BLOCK.test(block.tagName) && block !== root) block = block.parentElement;
      if (block !== lastBlock && text !== '') text += '\n';
      lastBlock = block;
      pieces.push({ node: n, at: text.length });
      text += n.data;
    }
  }
  return { text, pieces };
}

/** A DOM range over [start, end) of the joined text. */
function rangeOf(pieces: Piece[], start: number, end: number): Range | null {
  const find = (offset: number, preferEnd: boolean) => {
    for (let i = pieces.length - 1; i >= 0; i--) {
      const p = pieces[i]!;
      if (offset > p.at || (!preferEnd && offset === p.at)) return { node: p.node, offset: Math.min(offset - p.at, p.node.length) };
    }
    return null;
  };
  const a = find(start, false);
  const b = find(end, true);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

type Highlights = { set(name: string, h: unknown): void; delete(name: string): void };
const highlights = (): Highlights | undefined => (globalThis.CSS as unknown as { highlights?: Highlights } | undefined)?.highlights;
const HighlightClass = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;

class PufaReadAloud extends HTMLElement {
  #voice: SpeechSynthesisVoice | null = null;
  #sentences: Sentence[] = [];
  #pieces: Piece[] = [];
  #index = 0;
  #state: 'idle' | 'reading' | 'paused' = 'idle';
  #run = 0;

  private $<T extends Element>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  connectedCallback(): void {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return this.#unavailable('这个浏览器不支持朗读');
    const pick = () => {
      const voices = synth.getVoices();
      this.#voice = voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang)) ?? null;
      return this.#voice;
    };
    if (pick()) return this.#ready();
    const settle = () => (pick() ? this.#ready() : this.#unavailable('本设备没有中文朗读语音，暂时无法朗读'));
    synth.addEventListener('voiceschanged', () => pick() && this.#ready());
    setTimeout(() => this.#voice || settle(), VOICE_WAIT_MS);
  }

  disconnectedCallback(): void {
    if (this.#state !== 'idle') this.#stop();
  }

  #unavailable(message: string): void {
    const start = this.$<HTMLButtonElement>('.ra-start');
    start.disabled = true;
    start.hidden = false;
    this.$<HTMLElement>('.ra-status').textContent = message;
    this.dataset.state = 'unavailable';
    // A page-level control says why; one per quiz question would repeat it, so those step aside.
    if (this.dataset.within) this.hidden = true;
  }

  #ready(): void {
    if (this.dataset.state === 'ready' || this.dataset.state === 'reading' || this.dataset.state === 'paused') return;
    this.dataset.state = 'ready';
    const start = this.$<HTMLButtonElement>('.ra-start');
    start.disabled = false;
    start.hidden = false;
    this.$<HTMLElement>('.ra-status').textContent = '';
    start.addEventListener('click', () => this.#start());
    this.$<HTMLButtonElement>('.ra-pause').addEventListener('click', () => this.#togglePause());
    this.$<HTMLButtonElement>('.ra-stop').addEventListener('click', () => this.#stop());
  }

  #roots(): Element[] {
    const scope: ParentNode = (this.dataset.within ? this.closest(this.dataset.within) : null) ?? document;
    return [...scope.querySelectorAll(this.dataset.target ?? 'main')];
  }

  #start(): void {
    const { text, pieces } = collect(this.#roots(), this.dataset.skip ? `${SKIP}, ${this.dataset.skip}` : SKIP);
    this.#sentences = splitSentences(text);
    this.#pieces = pieces;
    if (this.#sentences.length === 0) {
      this.$<HTMLElement>('.ra-status').textContent = '这里没有可以朗读的文字';
      return;
    }
    this.#index = this.#startIndex();
    window.speechSynthesis.cancel();
    this.#setState('reading');
    this.#speak(++this.#run);
  }

  /** From the article in the URL hash when it is inside what is read, else from the beginning. */
  #startIndex(): number {
    const id = decodeURIComponent(location.hash.slice(1));
    const anchor = id ? document.getElementById(id) : null;
    if (!anchor) return 0;
    const first = this.#pieces.find((p) => anchor.contains(p.node));
    if (!first) return 0;
    const i = this.#sentences.findIndex((s) => s.end > first.at);
    return Math.max(0, i);
  }

  #speak(run: number): void {
    if (run !== this.#run) return;
    const sentence = this.#sentences[this.#index];
    if (!sentence) return this.#stop();
    this.#highlight(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = 'zh-CN';
    if (this.#voice) utterance.voice = this.#voice;
    utterance.rate = Number(this.$<HTMLSelectElement>('.ra-rate').value) || 1;
    utterance.onend = () => {
      if (run !== this.#run) return;
      this.#index += 1;
      this.#speak(run);
    };
    utterance.onerror = (event) => {
      if (run !== this.#run || event.error === 'interrupted' || event.error === 'canceled') return;
      this.$<HTMLElement>('.ra-status').textContent = `朗读出错（${event.error}），已停止`;
      this.#stop();
    };
    this.$<HTMLElement>('.ra-status').textContent = `正在朗读第 ${this.#index + 1} / ${this.#sentences.length} 句`;
    window.speechSynthesis.speak(utterance);
  }

  #togglePause(): void {
    if (this.#state === 'reading') {
      window.speechSynthesis.pause();
      this.#setState('paused');
      this.$<HTMLElement>('.ra-status').textContent = `已暂停（第 ${this.#index + 1} / ${this.#sentences.length} 句）`;
    } else if (this.#state === 'paused') {
      window.speechSynthesis.resume();
      this.#setState('reading');
      this.$<HTMLElement>('.ra-status').textContent = `正在朗读第 ${this.#index + 1} / ${this.#sentences.length} 句`;
    }
  }

  #stop(): void {
    this.#run += 1;
    window.speechSynthesis.cancel();
    highlights()?.delete(HIGHLIGHT);
    this.#setState('idle');
    const status = this.$<HTMLElement>('.ra-status');
    if (!status.textContent?.startsWith('朗读出错')) status.textContent = '';
  }

  #setState(state: 'idle' | 'reading' | 'paused'): void {
    this.#state = state;
    this.dataset.state = state === 'idle' ? 'ready' : state;
    this.$<HTMLButtonElement>('.ra-start').hidden = state !== 'idle';
    const pause = this.$<HTMLButtonElement>('.ra-pause');
    pause.hidden = state === 'idle';
    pause.textContent = state === 'paused' ? '继续' : '暂停';
    this.$<HTMLButtonElement>('.ra-stop').hidden = state === 'idle';
  }

  #highlight(sentence: Sentence): void {
    const range = rangeOf(this.#pieces, sentence.start, sentence.end);
    if (!range) return;
    const registry = highlights();
    if (registry && HighlightClass) registry.set(HIGHLIGHT, new HighlightClass(range));
    this.dataset.sentence = sentence.text;
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'smooth' });
  }
}

customElements.define('pufa-read-aloud', PufaReadAloud);
