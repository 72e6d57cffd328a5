/**
 * Leaderboards per audience: a student never appears on the officials' board and an official never
 * on the students'; no public reply ever carries a student's real name (their board shows a
 * generated nickname) or their school; the board name is changed by its owner only.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerEndpoints } from '../../cms/collections/learning/learner-endpoints';
import { clearLeaderboardCache } from '../../cms/learning/leaderboard';
import { syncStatements } from '../../cms/learning/sync';
import { nicknameFor } from '../../core/learning/board-name';
import type { Learner } from '../../cms/payload-types';
import type { DocId } from '../../cms/relation';
import { respond } from '../helpers/endpoint';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, makeUser, unique } from '../helpers/payload';
import { sitting } from '../helpers/practice';

let payload: Payload;
let school: DocId;
let official: Learner, student: Learner, villager: Learner;

async function learner(displayName: string, audience: Learner['audience'], unit: DocId): Promise<Learner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `aud-${unique()}@test.local`, password: 'learner-pass-1', displayName, audience, unit, leaderboardOptIn: true },
  });
  await syncStatements(payload, doc, { statements: sitting('xianfa-jiben') });
  return { ...doc, collection: 'learners' } as Learner;
}

const endpoint = learnerEndpoints.find((e) => e.path === '/leaderboard')!;
const board = async (user: unknown, params: Record<string, string>) => {
  const res = await respond(endpoint.handler, { payload, user, searchParams: new URLSearchParams(params) });
  return { status: res.status, text: await res.clone().text(), body: (await res.json()) as { audience: string; rows: { displayName: string }[] } };
};
const names = (reply: { body: { rows: { displayName: string }[] } }) => reply.body.rows.map((r) => r.displayName);
const asLearner = (l: Learner) => ({ ...l, collection: 'learners' });

beforeAll(async () => {
  payload = await learningPayload();
  school = (await makeAgency(payload, `测试中学${unique()}`)).id;
  const tag = unique().slice(-4);
  official = await learner(`王官员${tag}`, 'officials', (await makeAgency(payload)).id);
  student = await learner(`李学生${tag}`, 'students', school);
  villager = await learner(`赵村民${tag}`, 'village', (await makeAgency(payload)).id);
  clearLeaderboardCache();
});

describe('leaderboards per audience', () => {
  it('each audience has its own board: a student never on the officials’ board, an official never on the students’', async () => {
    const officials = await board(null, { audience: 'officials', scope: 'city', period: 'all-time' });
    const students = await board(null, { audience: 'students', scope: 'city', period: 'all-time' });
    const village = await board(null, { audience: 'village', scope: 'city', period: 'all-time' });
    expect(officials.body.audience).toBe('officials');
    expect(names(officials)).toContain(official.displayName);
    expect(names(officials)).not.toContain(nicknameFor(student.id));
    expect(names(officials)).not.toContain(villager.displayName);
    expect(names(students)).toContain(nicknameFor(student.id));
    expect(names(students)).not.toContain(official.displayName);
    expect(names(village)).toEqual(expect.arrayContaining([villager.displayName]));
    expect(names(village)).not.toContain(official.displayName);
  });

  it('no public reply carries a student’s real name or school; students’ boards are city-wide only', async () => {
    const replies = [];
    for (const audience of ['officials', 'students', 'village']) {
      for (const period of ['week', 'all-time']) replies.push(await board(null, { audience, scope: 'city', period }), await board(asLearner(student), { audience, scope: 'city', period }));
    }
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.text).not.toContain(student.displayName);
      expect(r.text).not.toContain('测试中学');
    }
    const unit = await board(asLearner(student), { audience: 'students', scope: 'unit', period: 'week' });
    expect(unit.status).toBe(400);
    expect(unit.text).not.toContain('测试中学');
    // A student asking without an audience gets the students' board.
    expect((await board(asLearner(student), { scope: 'city', period: 'week' })).body.audience).toBe('students');
    expect((await board(null, { audience: 'teachers' })).status).toBe(400);
  });

  it('a student may choose only a generated nickname; a real name is refused', async () => {
    const refused = await payload
      .update({ collection: 'learners', id: student.id, data: { boardName: student.displayName }, user: asLearner(student), overrideAccess: false })
      .then(() => null, (err: { data?: unknown }) => err);
    expect(JSON.stringify(refused?.data)).toContain('学生只能使用系统生成的昵称');
    await payload.update({ collection: 'learners', id: student.id, data: { boardName: '普法小星0001' }, user: asLearner(student), overrideAccess: false });
    const students = await board(null, { audience: 'students', scope: 'city', period: 'all-time' });
    expect(names(students)).toContain('普法小星0001');
    expect(students.text).not.toContain(student.displayName);
  });

  it('the board name is changed by its owner only: not another learner, not an admin', async () => {
    await expect(
      payload.update({ collection: 'learners', id: official.id, data: { boardName: '冒名顶替' }, user: asLearner(villager), overrideAccess: false }),
    ).rejects.toThrow();
    const admin = await makeUser(payload, 'admin');
    await payload.update({ collection: 'learners', id: official.id, data: { boardName: '管理员改的' }, user: admin, overrideAccess: false });
    expect((await payload.findByID({ collection: 'learners', id: official.id, overrideAccess: true })).boardName ?? null).toBeNull();
    await payload.update({ collection: 'learners', id: official.id, data: { boardName: '王科长' }, user: asLearner(official), overrideAccess: false });
    const officials = await board(null, { audience: 'officials', scope: 'city', period: 'all-time' });
    expect(names(officials)).toContain('王科长');
    expect(names(officials)).not.toContain(official.displayName);
  });
});
