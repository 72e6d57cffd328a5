import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../../../core/security/safe-next';

describe('safeNextPath', () => {
  it('keeps same-site paths with query and hash', () => {
    expect(safeNextPath('/exam/')).toBe('/exam/');
    expect(safeNextPath('/certificate/?code=ABC#top')).toBe('/certificate/?code=ABC#top');
    expect(safeNextPath('/lessons/%E5%AE%AA%E6%B3%95/')).toBe('/lessons/%E5%AE%AA%E6%B3%95/');
  });

  it.each([
    null,
    '',
    'me/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\u00a0/evil.example',
    '/.//evil.example',
    '/..//evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '/x\u0000y',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (raw) => {
    expect(safeNextPath(raw)).toBe('/me/');
  });

  it('uses the given fallback', () => {
    expect(safeNextPath('//evil.example', '/')).toBe('/');
  });
});
