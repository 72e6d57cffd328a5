import { describe, expect, it } from 'vitest';
import { backdatedAnswers } from '../../../core/learning/statement-scope';
import { answer, quiz } from './fixtures';

describe('backdatedAnswers', () => {
  const stored = new Map([['q-1', Date.parse('2026-03-10T10:00:00+08:00')]]);

  it('flags an answer timestamped before the latest stored answer to the same question', () => {
    const early = answer('q-1', true, '2026-03-09T20:00:00+08:00');
    const same = answer('q-1', true, '2026-03-10T10:00:00+08:00');
    const later = answer('q-1', true, '2026-03-10T10:05:00+08:00');
    expect(backdatedAnswers([early, same, later], stored)).toEqual(new Set([early.id]));
  });

  it('leaves other questions, first answers and non-answers alone', () => {
    const other = answer('q-2', true, '2026-03-01T10:00:00+08:00');
    const result = quiz('xianfa-jiben', 5, 5, '2026-03-01T10:00:00+08:00');
    expect(backdatedAnswers([other, result], stored)).toEqual(new Set());
    expect(backdatedAnswers([answer('q-1', true, '2026-03-01T10:00:00+08:00')], new Map())).toEqual(new Set());
  });
});
