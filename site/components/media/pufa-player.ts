/**
 * <pufa-player>, the browser side of components/media/Player.astro. The native <video>/<audio>
 * with its controls does the playing; this adds what it lacks: the transcript (唱词) and chapter
 * lines highlighted as they play (aria-current) and seeking when one is chosen, speed, large
 * captions, the audio-only rendition (keeping the position), and `#t=<seconds>` on the item page.
 * Everything is queried inside the element, so several players on one page stay apart.
 */
import { activeIndex, timeFromHash, type Timed } from './player-logic';

/** Lines of one list (transcript or chapters), with their times read from the markup. */
interface LineList {
  items: HTMLElement[];
  times: Timed[];
  current: number;
}

function lineList(root: HTMLElement, selector: string): LineList {
  const items = [...root.querySelectorAll<HTMLElement>(selector)];
  const times = items.map((li) => ({
    start: Number(li.dataset.start),
    ...(li.dataset.end ? { end: Number(li.dataset.end) } : {}),
  }));
  return { items, times, current: -1 };
}

/** Marks line `index` current (aria-current) and keeps it visible inside its scrolling list. */
function mark(list: LineList, index: number): void {
  if (index === list.current) return;
  list.items[list.current]?.removeAttribute('aria-current');
  list.current = index;
  const item = list.items[index];
  if (!item) return;
  item.setAttribute('aria-current', 'true');
  const box = item.closest<HTMLElement>('.scroll');
  if (box && box.scrollHeight > box.clientHeight) {
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 3;
  }
}

/** Poster width to use for an element `cssWidth` wide: the smallest listed that covers it. */
function posterFor(srcset: string, cssWidth: number): string | undefined {
  const sizes = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .map(([url, w]) => ({ url: url!, width: Number.parseInt(w ?? '0', 10) }))
    .filter((s) => s.url && s.width)
    .sort((a, b) => a.width - b.width);
  const need = cssWidth * (window.devicePixelRatio || 1);
  return (sizes.find((s) => s.width >= need) ?? sizes.at(-1))?.url;
}

function mount(root: HTMLElement): void {
  const media = root.querySelector<HTMLMediaElement>('video, audio');
  if (!media) return;
  const lines = lineList(root, '.transcript li[data-start]');
  const chapters = lineList(root, '.chapters li[data-start]');
  const update = () => {
    mark(lines, activeIndex(lines.times, media.currentTime));
    mark(chapters, activeIndex(chapters.times, media.currentTime));
  };
  media.addEventListener('timeupdate', update);
  media.addEventListener('seeked', update);
  // 10 ms past a line's start: Chromium counts a cue's end as still showing, so seeking exactly to
  // where the previous line ends kept that line on screen (two captions) until the next update.
  const seek = (seconds: number) => {
    media.currentTime = seconds > 0 ? seconds + 0.01 : 0;
    update();
  };

  // A chosen line or chapter seeks there (buttons: Enter and Space work as well as clicks).
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.seek');
    if (!button || !root.contains(button)) return;
    seek(Number(button.closest<HTMLElement>('[data-start]')?.dataset.start ?? 0));
    if (media.paused) void media.play().catch(() => undefined);
  });

  const rate = root.querySelector<HTMLSelectElement>('select.rate');
  rate?.addEventListener('change', () => {
    media.playbackRate = Number(rate.value) || 1;
  });
  // A source switch resets the rate to the default; keep the visitor's choice.
  media.addEventListener('loadedmetadata', () => {
    if (rate) media.playbackRate = Number(rate.value) || 1;
  });

  const toggle = (selector: string, onChange: (on: boolean) => void) => {
    const button = root.querySelector<HTMLButtonElement>(selector);
    button?.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      onChange(on);
    });
  };
  toggle('button.big-captions', (on) => media.classList.toggle('big-captions', on));

  // Audio-only: play the low-bitrate rendition from the same moment; switching back restores the
  // markup's own sources (the <source> children, or its src).
  const ownSrc = media.getAttribute('src');
  toggle('button.audio-only', (on) => {
    const at = media.currentTime;
    const playing = !media.paused;
    if (on) media.setAttribute('src', media.dataset.audioSrc!);
    else if (ownSrc) media.setAttribute('src', ownSrc);
    else media.removeAttribute('src');
    root.classList.toggle('audio-mode', on);
    media.load();
    media.addEventListener(
      'loadedmetadata',
      () => {
        media.currentTime = at;
        if (playing) void media.play().catch(() => undefined);
      },
      { once: true },
    );
  });

  const poster = media.dataset.posterSrcset;
  if (poster && media instanceof HTMLVideoElement) {
    const better = posterFor(poster, media.clientWidth);
    if (better && !media.poster.endsWith(better)) media.poster = better;
  }

  // The item page opens at #t=<seconds>; a later hash change (a search hit on the same page) seeks too.
  if (root.hasAttribute('data-hash-time')) {
    const seekToHash = () => {
      const t = timeFromHash(location.hash);
      if (t !== null) seek(t);
    };
    seekToHash();
    window.addEventListener('hashchange', seekToHash);
  }
}

/** <pufa-player>: one work's player, its controls, chapters and transcript are its children. */
class PufaPlayer extends HTMLElement {
  connectedCallback(): void {
    mount(this);
  }
}
customElements.define('pufa-player', PufaPlayer);
