/**
 * Leaderboards: only learners who opted in appear, only with the name they chose; a unit board
 * holds only that unit; weekly and all-time XP differ; leaving the board takes effect at once;
 * the endpoint refuses bad parameters and unit boards to anonymous visitors.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerEndpoints } from '../../cms/collections/learning/learner-endpoints';
import { clearLeaderboardCache, leaderboard } from '../../cms/learning/leaderboard';
import { syncStatements } from '../../cms/learning/sync';
import { respond } from '../helpers/endpoint';
import { makeAgency, unique } from '../helpers/payload';
import { learningPayload } from '../helpers/learning-payload';
import { sitting } from '../helpers/practice';
import type { DocId } from '../../cms/relation';
import type { Learner } from '../../cms/payload-types';

let payload: Payload;
let unitA: DocId;
let unitB: DocId;

type TestLearner = Learner;
async function learner(displayName: string, unit: DocId, leaderboardOptIn: boolean): Promise<TestLearner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `lb-${unique()}@test.local`, password: 'learner-pass-1', displayName, audience: 'officials', unit, timeZone: 'Asia/Shanghai', leaderboardOptIn },
  });
  return { ...doc, collection: 'learners' };
}
/** Every question of these quizzes answered right in one sitting each, at `at`. */
const mastered = (quizzes: string[], at?: Date) => quizzes.flatMap((q) => sitting(q, { at }));
const endpoint = learnerEndpoints.find((e) => e.path === '/leaderboard')!;
const call = async (user: unknown, params: Record<string, string>) => {
  const res = await respond(endpoint.handler, { payload, user, searchParams: new URLSearchParams(params) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

let ann: TestLearner, bo: TestLearner, hidden: TestLearner, other: TestLearner;

beforeAll(async () => {
  payload = await learningPayload();
  unitA = (await makeAgency(payload)).id;
  unitB = (await makeAgency(payload)).id;
  const tag = unique().slice(-4);
  ann = await learner(`安${tag}`, unitA, true);
  bo = await learner(`博${tag}`, unitA, true);
  hidden = await learner(`隐${tag}`, unitA, false);
  other = await learner(`他${tag}`, unitB, true);
  // Before this week, inside the 14-day offline allowance.
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
  await syncStatements(payload, ann, { statements: mastered(['xianfa-jiben', 'minfadian-hunyin']) });
  await syncStatements(payload, bo, { statements: [...mastered(['xianfa-jiben', 'minfadian-hunyin'], tenDaysAgo), ...mastered(['xingzheng-chufa'])] });
  await syncStatements(payload, hidden, { statements: mastered(['xianfa-jiben']) });
  await syncStatements(payload, other, { statements: mastered(['xianfa-jiben']) });
  clearLeaderboardCache();
});

const names = (rows: { displayName: string }[]) => rows.map((r) => r.displayName);

describe('leaderboards', () => {
  it('a unit board ranks only that unit’s opted-in learners, by name and XP only', async () => {
    const board = await leaderboard(payload, { scope: 'unit', period: 'all-time', unit: unitA, viewer: ann });
    expect(names(board.rows)).toEqual([bo.displayName, ann.displayName]);
    expect(board.rows[0]!.xp).toBeGreaterThan(board.rows[1]!.xp);
    expect(board.rows.every((r) => Object.keys(r).sort().join() === 'displayName,rank,self,xp')).toBe(true);
    expect(board.viewer).toMatchObject({ displayName: ann.displayName, rank: 2, self: true });
    expect(board.unitName).toMatch(/^测试单位/);
    expect(JSON.stringify(board)).not.toContain(hidden.displayName);
    expect(JSON.stringify(board)).not.toContain('@test.local');
  });

  it('the weekly board counts only this week’s XP; the city board spans units', async () => {
    const week = await leaderboard(payload, { scope: 'unit', period: 'week', unit: unitA });
    expect(names(week.rows)).toEqual([ann.displayName, bo.displayName]);
    const city = await leaderboard(payload, { scope: 'city', period: 'all-time' });
    expect(names(city.rows)).toEqual(expect.arrayContaining([ann.displayName, bo.displayName, other.displayName]));
    expect(names(city.rows)).not.toContain(hidden.displayName);
  });

  it('leaving the board takes effect on the next request despite the cache', async () => {
    await leaderboard(payload, { scope: 'unit', period: 'all-time', unit: unitA });
    await payload.update({ collection: 'learners', id: bo.id, data: { leaderboardOptIn: false } });
    const board = await leaderboard(payload, { scope: 'unit', period: 'all-time', unit: unitA });
    expect(names(board.rows)).toEqual([ann.displayName]);
  });

  it('the endpoint: city board for anyone, unit board for the learner’s own unit only, bad parameters refused', async () => {
    const anon = await call(null, { scope: 'city', period: 'week' });
    expect(anon.status).toBe(200);
    expect(anon.body.viewerOptedIn).toBeNull();
    expect((await call(null, { scope: 'unit' })).status).toBe(401);
    const mine = await call(other, { scope: 'unit', period: 'all-time', unit: String(unitA) });
    expect(mine.status).toBe(200);
    expect(names(mine.body.rows as { displayName: string }[])).toEqual([other.displayName]);
    expect((await call(ann, { scope: 'everyone' })).status).toBe(400);
    expect((await call(ann, { period: 'forever' })).status).toBe(400);
  });
});
