import { describe, expect, it } from 'vitest';
import { publicPageOf } from '../../../core/public-pages';

describe('publicPageOf', () => {
  it('gives lists and reports their agency-year page only once published', () => {
    for (const status of ['draft', 'submitted', 'returned'] as const) {
      expect(publicPageOf({ kind: 'responsibility-lists', status, agencyKey: '市司法局', year: 2026 })).toBeNull();
      expect(publicPageOf({ kind: 'reports', status, agencyKey: '市司法局', year: 2026 })).toBeNull();
    }
    expect(publicPageOf({ kind: 'responsibility-lists', status: 'published', agencyKey: '市司法局', year: 2026 })).toBe('/lists/%E5%B8%82%E5%8F%B8%E6%B3%95%E5%B1%80/2026/');
    expect(publicPageOf({ kind: 'reports', status: 'published', agencyKey: 'A/B', year: 2026 })).toBe('/reports/A%2FB/2026/');
  });

  it('anchors a campaign on its month page, and gives none without a valid start day', () => {
    expect(publicPageOf({ kind: 'campaigns', id: '7', startDate: '2026-03-15' })).toBe('/campaigns/2026/03/#c-7');
    expect(publicPageOf({ kind: 'campaigns', id: '7', startDate: '' })).toBeNull();
  });

  it('links laws, media and the calendar', () => {
    expect(publicPageOf({ kind: 'laws', slug: '民法典' })).toBe(`/laws/${encodeURIComponent('民法典')}/`);
    const media = { kind: 'media', status: 'published', key: 'lvju-hunyin-zizhu', isImage: false, url: '/api/media/file/a.mp4' } as const;
    expect(publicPageOf(media)).toBe('/media/lvju-hunyin-zizhu/');
    // A draft work has no public page yet; an image (a campaign photo) is its file.
    expect(publicPageOf({ ...media, status: 'submitted' })).toBeNull();
    expect(publicPageOf({ ...media, isImage: true, url: '/api/media/file/a.png' })).toBe('/api/media/file/a.png');
    expect(publicPageOf({ ...media, isImage: true, url: null })).toBeNull();
    expect(publicPageOf({ kind: 'key-dates' })).toBe('/calendar/');
  });
});
