import { describe, expect, it } from 'vitest';
import * as learning from '../../../core/learning';

describe('core/learning index', () => {
  it('re-exports every module’s entry points', () => {
    for (const name of [
      'validateStatement', 'toXapiJson', 'dedupeStatements', 'applyStatements', 'evaluateBadges', 'levelForXp',
      'computeStreak', 'streakStatus', 'rankLearners', 'recordAnswer', 'dueToday', 'creditedHours', 'studyProgress',
      'drawExam', 'toClientExam', 'gradeExam', 'canStartAttempt', 'isSubmissionInTime', 'certificateCode',
      'verifyCertificateCode', 'toOpenBadgeCredential', 'createPrng', 'dayKey',
    ]) {
      expect(typeof (learning as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
