/**
 * The publishing loop inside the CMS: which changes schedule a site build (public ones only),
 * the `site-builds` record each build leaves, and who may ask for a rebuild. The build itself
 * is replaced by a stub; the browser suite runs the real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublishLoop } from '../../core/publish/loop';
import { siteBuildEndpoints } from '../../cms/publish/endpoints';
import { buildRecorder } from '../../cms/publish/records';
import { attachPayload, publishRegistry } from '../../cms/publish/registry';
import { refusalOf, respond } from '../helpers/endpoint';
import { agencyStaff, makeUser, unique } from '../helpers/payload';

const { payload, agencyId, editor, reviewer, admin } = await agencyStaff();
const teacher = await makeUser(payload, 'teacher');
const seeding = { context: { seeding: true } } as const;

let outcomes: ({ ok: true; pages: number; log: string } | { ok: false; reason: string; log: string })[] = [];
const recorder = buildRecorder();
const loop = new PublishLoop({
  timing: { quietMs: 20, maxWaitMs: 200 },
  onChange: recorder,
  build: async () => outcomes.shift() ?? { ok: true, pages: 7, log: 'built' },
});

beforeAll(() => {
  attachPayload(payload);
  publishRegistry().loop = loop;
});
afterAll(() => {
  loop.stop();
  publishRegistry().loop = undefined;
});

/** Changed records of the job waiting now (and forgets it by letting it build). */
async function queuedRecords() {
  const records = loop.current.waiting?.records.map((r) => `${r.collection}:${r.title}`) ?? [];
  await loop.idle();
  await recorder.settled();
  return records;
}

describe('what schedules a build', () => {
  it('a campaign and a practice question do; an exam question and a draft list do not', async () => {
    const theme = `活动${unique()}`;
    await payload.create({ collection: 'campaigns', data: { theme, agency: agencyId, startDate: '2026-03-15T00:00:00.000Z', target: '社区' } });
    expect(await queuedRecords()).toEqual([`campaigns:${theme}`]);

    const question = { type: 'single' as const, stem: '题干内容是什么？', options: [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }], answer: 'a', explanation: '解析内容。' };
    await payload.create({ collection: 'questions', data: { ...question, questionId: `exam-${unique()}`, pool: 'exam' } });
    await payload.create({ collection: 'responsibility-lists', data: { year: 2040, agency: agencyId, status: 'draft', items: [] }, ...seeding });
    expect(loop.current.waiting).toBeNull();

    await payload.create({ collection: 'questions', data: { ...question, questionId: `practice-${unique()}`, pool: 'practice', stem: '练习题干是什么？' } });
    expect(await queuedRecords()).toEqual(['questions:练习题干是什么？']);
  });

  it('a list schedules a build when it is published, not while it is edited as a draft', async () => {
    const list = await payload.create({ collection: 'responsibility-lists', data: { year: 2041, status: 'draft', items: [{ topic: '宪法宣传周' }] }, user: editor, overrideAccess: false });
    await payload.update({ collection: 'responsibility-lists', id: list.id, data: { items: [{ topic: '民法典宣传月' }] }, user: editor, overrideAccess: false });
    await payload.update({ collection: 'responsibility-lists', id: list.id, data: { status: 'submitted' }, user: editor, overrideAccess: false });
    expect(loop.current.waiting).toBeNull();
    await payload.update({ collection: 'responsibility-lists', id: list.id, data: { status: 'published' }, user: reviewer, overrideAccess: false });
    expect(await queuedRecords()).toEqual([`responsibility-lists:${list.title}`]);
  });
});

describe('site-builds records', () => {
  it('one record per build: trigger, changed records, times, pages; a failure keeps its reason and log', async () => {
    outcomes = [{ ok: false, reason: '引用的条文不存在：民法典 第9999条', log: '…build log…' }];
    const theme = `失败${unique()}`;
    await payload.create({ collection: 'campaigns', data: { theme, agency: agencyId, startDate: '2026-04-01T00:00:00.000Z', target: '学校' } });
    await queuedRecords();
    const failed = (await payload.find({ collection: 'site-builds', sort: '-queuedAt', limit: 1 })).docs[0]!;
    expect(failed).toMatchObject({ trigger: 'change', status: 'failed', error: '引用的条文不存在：民法典 第9999条', logTail: '…build log…', changeCount: 1 });
    expect(failed.changes?.map((c) => c.title)).toEqual([theme]);
    expect(Date.parse(failed.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(failed.startedAt!));

    loop.request('manual');
    await queuedRecords();
    const ok = (await payload.find({ collection: 'site-builds', sort: '-queuedAt', limit: 1 })).docs[0]!;
    expect(ok).toMatchObject({ trigger: 'manual', status: 'succeeded', pages: 7, error: null, changeCount: 0 });
  });
});

describe('POST /api/site-builds/rebuild and GET /status', () => {
  const rebuild = siteBuildEndpoints.find((e) => e.path === '/rebuild')!.handler;
  const status = siteBuildEndpoints.find((e) => e.path === '/status')!.handler;
  const req = (user: unknown) => ({ user, payload });

  it('refuses anonymous callers, editors, teachers and reviewers', async () => {
    expect((await respond(rebuild, req(null))).status).toBe(401);
    for (const user of [editor, teacher, reviewer]) {
      const res = await respond(rebuild, req(user));
      expect(res.status).toBe(403);
      expect((await refusalOf(res)).message).toBe('只有管理员（普法办）可以立即重新发布');
    }
    expect(loop.current.waiting).toBeNull();
  });

  it('an admin queues a manual build at once', async () => {
    const res = await respond(rebuild, req(admin));
    expect(res.status).toBe(202);
    expect(loop.current.waiting?.trigger ?? loop.current.building?.trigger).toBe('manual');
    await loop.idle();
  });

  it('staff read the status; anonymous callers are refused', async () => {
    expect((await respond(status, req(null))).status).toBe(401);
    const res = await respond(status, req(editor));
    expect(await res.json()).toMatchObject({ enabled: true, building: false, kind: 'updated' });
  });

  it('without a loop in the process (PUFA_PUBLISH=off) a rebuild is 503 and the status says so', async () => {
    publishRegistry().loop = undefined;
    try {
      expect((await respond(rebuild, req(admin))).status).toBe(503);
      expect(await (await respond(status, req(admin))).json()).toMatchObject({ enabled: false });
    } finally {
      publishRegistry().loop = loop;
    }
  });
});
