/**
 * The issuing authority's round red seal, drawn by the project as SVG markup: a double ring, a
 * five-pointed star, the authority's name along the upper arc and a line across the bottom. The
 * text has no font-family of its own, so it inherits the page's (CJK system fonts), and it is
 * fitted to the arc with textLength whatever the name's length.
 */

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Arc the name runs along: 240° around the centre, from lower left over the top to lower right. */
const ARC_RADIUS = 70;
const ARC_DEGREES = 240;

function star(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? inner : outer;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** SVG markup of the seal for `name` (escaped), with `bottom` (e.g. 证书专用章) under the star; `id` keeps the arc's id unique on the page. */
export function sealSvg(name: string, bottom = '证书专用章', id = 'seal'): string {
  const half = ((ARC_DEGREES / 2) * Math.PI) / 180;
  const x1 = (100 - ARC_RADIUS * Math.sin(half)).toFixed(2);
  const x2 = (100 + ARC_RADIUS * Math.sin(half)).toFixed(2);
  const y = (100 - ARC_RADIUS * Math.cos(half)).toFixed(2);
  const arcLength = (ARC_RADIUS * ARC_DEGREES * Math.PI) / 180;
  const chars = [...name].length || 1;
  const fontSize = Math.min(26, (arcLength * 0.92) / chars).toFixed(1);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img" aria-label="${escapeXml(name)}印章">`,
    `<defs><path id="${id}-arc" d="M ${x1} ${y} A ${ARC_RADIUS} ${ARC_RADIUS} 0 1 1 ${x2} ${y}"/></defs>`,
    '<g fill="none" stroke="currentColor"><circle cx="100" cy="100" r="94" stroke-width="5"/><circle cx="100" cy="100" r="88" stroke-width="1.2"/></g>',
    `<polygon fill="currentColor" points="${star(100, 100, 28, 11)}"/>`,
    `<text fill="currentColor" font-size="${fontSize}" font-weight="700"><textPath href="#${id}-arc" startOffset="50%" text-anchor="middle" textLength="${(arcLength * 0.94).toFixed(1)}" lengthAdjust="spacing">${escapeXml(name)}</textPath></text>`,
    `<text fill="currentColor" x="100" y="152" font-size="15" font-weight="700" text-anchor="middle">${escapeXml(bottom)}</text>`,
    '</svg>',
  ].join('');
}
