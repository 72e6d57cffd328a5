import { describe, expect, it } from 'vitest';
import { siteAtStart } from '../../../core/publish/start-plan';

describe('siteAtStart', () => {
  it('serves the earlier site and rebuilds in the background only when the loop can rebuild it', () => {
    expect(siteAtStart({ hasEarlierSite: true, publishing: true, dev: false })).toBe('serve-then-rebuild');
    expect(siteAtStart({ hasEarlierSite: false, publishing: true, dev: false })).toBe('build-before-serving');
    expect(siteAtStart({ hasEarlierSite: true, publishing: false, dev: false })).toBe('build-before-serving');
    expect(siteAtStart({ hasEarlierSite: true, publishing: true, dev: true })).toBe('build-before-serving');
  });
});
