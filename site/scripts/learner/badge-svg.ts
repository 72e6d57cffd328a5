/**
 * Draws a badge's art (core/learning/badge-art.ts) as inline SVG: its mark, an inner ring and its
 * character in the page's own font. A locked badge is drawn in grey with a dashed outline.
 */
import { badgeArt, polygonPoints } from '../../../core/learning/badge-art';

const NS = 'http://www.w3.org/2000/svg';

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

const SHIELD = 'M50 5 L89 17 V47 C89 72 71 88 50 96 C29 88 11 72 11 47 V17 Z';

/** The mark's outline for a shape, with `style` (fill, stroke) applied. */
function mark(shape: ReturnType<typeof badgeArt>['shape'], style: Record<string, string | number>): SVGElement {
  switch (shape) {
    case 'circle': return el('circle', { cx: 50, cy: 50, r: 45, ...style });
    case 'star': return el('polygon', { points: polygonPoints(5, 48, 26), ...style });
    case 'hexagon': return el('polygon', { points: polygonPoints(6, 46), ...style });
    case 'octagon': return el('polygon', { points: polygonPoints(8, 46, undefined, -67.5), ...style });
    case 'diamond': return el('polygon', { points: polygonPoints(4, 48), ...style });
    case 'square': return el('rect', { x: 7, y: 7, width: 86, height: 86, rx: 18, ...style });
    case 'shield': return el('path', { d: SHIELD, ...style });
    case 'flower': return el('polygon', { points: polygonPoints(12, 47, 40), ...style });
  }
}

/** The SVG of badge `id`, earned (in colour) or locked (grey); decorative, so hidden from screen readers. */
export function badgeSvg(id: string, earned: boolean): SVGElement {
  const art = badgeArt(id);
  const svg = el('svg', { viewBox: '0 0 100 100', width: 64, height: 64, class: 'badge-art', 'aria-hidden': 'true', focusable: 'false' });
  const fill = earned ? art.color : '#d5d9de';
  svg.append(
    mark(art.shape, earned ? { fill } : { fill, stroke: '#9aa3ab', 'stroke-width': 2, 'stroke-dasharray': '5 4' }),
    el('circle', { cx: 50, cy: 50, r: art.shape === 'star' ? 20 : 30, fill: 'none', stroke: earned ? '#ffffff' : '#9aa3ab', 'stroke-opacity': 0.7, 'stroke-width': 2 }),
    el(
      'text',
      { x: 50, y: 51, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': art.shape === 'star' ? 24 : 34, 'font-weight': 700, fill: earned ? '#ffffff' : '#6b747c', style: 'font-family: inherit' },
      art.glyph,
    ),
  );
  return svg;
}
