import { describe, expect, it } from 'vitest';
import { LIST_STATUSES, LIST_STATUS_LABELS, SIX_TARGETS } from '../../core/vocabulary/agency';
import { AUDIENCES, AUDIENCE_TITLES, isAudience } from '../../core/vocabulary/learning';

describe('core/vocabulary', () => {
  it('labels every status and audience once', () => {
    expect(Object.keys(LIST_STATUS_LABELS).sort()).toEqual([...LIST_STATUSES].sort());
    expect(LIST_STATUS_LABELS.submitted).toBe('待审核');
    expect(Object.keys(AUDIENCE_TITLES).sort()).toEqual([...AUDIENCES].sort());
    expect(SIX_TARGETS).toHaveLength(6);
  });

  it('tells known audience ids from other text', () => {
    expect(isAudience('village')).toBe(true);
    expect(isAudience('constructor')).toBe(false);
  });
});
