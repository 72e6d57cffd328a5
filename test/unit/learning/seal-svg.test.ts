import { describe, expect, it } from 'vitest';
import { sealSvg } from '../../../core/learning/seal-svg';

describe('seal SVG', () => {
  it('draws ring, star and the authority name along the arc, escaping markup', () => {
    const svg = sealSvg('泉城市全面依法治市委员会办公室');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 200 200"/);
    expect(svg).toContain('<circle');
    expect(svg).toContain('<polygon');
    expect(svg).toContain('<textPath href="#seal-arc"');
    expect(svg).toContain('泉城市全面依法治市委员会办公室</textPath>');
    expect(svg).toContain('证书专用章');
    const hostile = sealSvg('<script>alert(1)</script>"');
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&#60;script&#62;');
  });

  it('shrinks the glyphs for a long name and caps them for a short one', () => {
    const size = (name: string) => Number(/font-size="([\d.]+)" font-weight="700"><textPath/.exec(sealSvg(name))![1]);
    expect(size('泉城市司法局')).toBe(26);
    expect(size('泉城市全面依法治市委员会办公室')).toBeLessThan(20);
  });
});
