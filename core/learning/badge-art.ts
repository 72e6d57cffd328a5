/**
 * The art of each badge, drawn by the site as SVG (no emoji font needed): a geometric mark in the
 * badge's colour with one Chinese character in the site's font. Pure description; the site draws it.
 */

/** Outline of a badge's mark. */
export type BadgeShape = 'circle' | 'star' | 'hexagon' | 'octagon' | 'shield' | 'diamond' | 'square' | 'flower';

/** How one badge looks. */
export interface BadgeArt {
  shape: BadgeShape;
  /** Fill of the mark (earned). */
  color: string;
  /** The character in its middle. */
  glyph: string;
}

const FIXED: Readonly<Record<string, BadgeArt>> = {
  'first-lesson': { shape: 'circle', color: '#2e7d32', glyph: '初' },
  'first-perfect': { shape: 'star', color: '#c78a00', glyph: '满' },
  'streak-7': { shape: 'hexagon', color: '#e65100', glyph: '七' },
  'streak-30': { shape: 'octagon', color: '#b71c1c', glyph: '卅' },
  'correct-50': { shape: 'diamond', color: '#1565c0', glyph: '答' },
  constitution: { shape: 'shield', color: '#8c1d18', glyph: '宪' },
  'notebook-cleared': { shape: 'square', color: '#00796b', glyph: '清' },
};

const TRACKS: Readonly<Record<string, BadgeArt>> = {
  officials: { shape: 'flower', color: '#283593', glyph: '公' },
  students: { shape: 'flower', color: '#6a1b9a', glyph: '学' },
  village: { shape: 'flower', color: '#558b2f', glyph: '村' },
};

/** The art of a badge by id (`track:<id>` for track badges); an unknown badge gets a plain seal. */
export function badgeArt(id: string): BadgeArt {
  if (id.startsWith('track:')) return TRACKS[id.slice(6)] ?? { shape: 'flower', color: '#455a64', glyph: '结' };
  return FIXED[id] ?? { shape: 'circle', color: '#455a64', glyph: '章' };
}

/** Points of a regular polygon (or a star when `inner` is given) around (50, 50), as an SVG points list. */
export function polygonPoints(corners: number, outer: number, inner?: number, rotate = -90): string {
  const steps = inner === undefined ? corners : corners * 2;
  return Array.from({ length: steps }, (_, i) => {
    const r = inner !== undefined && i % 2 === 1 ? inner : outer;
    const a = ((rotate + (360 / steps) * i) * Math.PI) / 180;
    return `${(50 + r * Math.cos(a)).toFixed(1)},${(50 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
}
