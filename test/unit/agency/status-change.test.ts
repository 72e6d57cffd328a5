import { describe, expect, it } from 'vitest';
import { LIST_STATUSES } from '../../../core/agency/types';
import { actionForStatusChange } from '../../../core/agency/workflow';

describe('actionForStatusChange (the admin status select)', () => {
  it('names the one workflow step each allowed change is', () => {
    expect(actionForStatusChange('draft', 'submitted')).toBe('submit');
    expect(actionForStatusChange('returned', 'submitted')).toBe('submit');
    expect(actionForStatusChange('returned', 'draft')).toBe('reopen');
    expect(actionForStatusChange('submitted', 'returned')).toBe('return');
    expect(actionForStatusChange('submitted', 'published')).toBe('publish');
  });

  it('has no step for any other change (revising a published version makes a new record)', () => {
    const allowed = new Set(['draft>submitted', 'returned>submitted', 'returned>draft', 'submitted>returned', 'submitted>published']);
    for (const from of LIST_STATUSES) {
      for (const to of LIST_STATUSES) {
        if (!allowed.has(`${from}>${to}`)) expect(actionForStatusChange(from, to), `${from}>${to}`).toBeUndefined();
      }
    }
  });
});
