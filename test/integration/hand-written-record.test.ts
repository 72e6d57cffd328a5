/** A learning record an admin wrote by hand, holding no statement, stops no reader of stored records. */
import { describe, expect, it } from 'vitest';
import { dashboardFor } from '../../cms/learning/dashboard';
import { leaderboard } from '../../cms/learning/leaderboard';
import { unitReport, unitStatements } from '../../cms/learning/unit-report';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, unique } from '../helpers/payload';

describe('a hand-written learning record', () => {
  it('is left out of the dashboard, the leaderboard, the unit report and the xAPI export', async () => {
    const payload = await learningPayload();
    const unit = (await makeAgency(payload)).id;
    const doc = await payload.create({
      collection: 'learners',
      data: { email: `h-${unique()}@test.local`, password: 'learner-pass-1', displayName: '手写记录', audience: 'officials', unit, timeZone: 'Asia/Shanghai', leaderboardOptIn: true },
    });
    const learner = { ...doc, collection: 'learners' as const };
    // The JSON field takes any object an admin saves; its type only describes what sync writes.
    await payload.create({
      collection: 'learning-records',
      data: { statementId: `s-${unique()}`, learner: learner.id, unit, verb: 'answered', objectType: 'question', objectId: 'q', timestamp: '2026-01-01T00:00:00.000Z', statement: {} as never },
    });
    expect((await dashboardFor(payload, learner)).xp).toBe(0);
    expect((await unitReport(payload, unit, 2026)).learners).toBe(1);
    expect(await unitStatements(payload, unit)).toEqual([]);
    const board = await leaderboard(payload, { scope: 'unit', period: 'all-time', audience: 'officials', unit, viewer: learner });
    expect(board.rows.every((r) => r.xp >= 0)).toBe(true);
  });
});
