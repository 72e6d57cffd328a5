/**
 * Access rules as a matrix: every role × collection × create/read/update/delete, enforced by
 * the server (Local API with overrideAccess: false, as REST and the admin use it).
 */
import type { CollectionSlug, Payload } from 'payload';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser, type TestUser, testPayload, unique } from '../helpers/payload';
import type { DocId } from '../../cms/relation';

type Actor = 'anonymous' | 'admin' | 'reviewer' | 'teacher' | 'editorA' | 'learner';
/** Letters present = allowed: R read, C create, U update, D delete (on a record of agency B). */
const EXPECTED: Record<string, Record<Actor, string>> = {
  agencies: { anonymous: 'R', admin: 'RCUD', reviewer: 'R', teacher: 'R', editorA: 'R', learner: 'R' },
  laws: { anonymous: 'R', admin: 'RCUD', reviewer: 'R', teacher: 'R', editorA: 'R', learner: 'R' },
  'law-versions': { anonymous: 'R', admin: 'RCUD', reviewer: 'R', teacher: 'R', editorA: 'R', learner: 'R' },
  'law-articles': { anonymous: 'R', admin: 'RCUD', reviewer: 'R', teacher: 'R', editorA: 'R', learner: 'R' },
  // Target: an exam-pool question (the default pool). Teachers read only the practice pool.
  questions: { anonymous: '', admin: 'RCUD', reviewer: 'RCUD', teacher: '', editorA: '', learner: '' },
  // Target: agency B's draft media item. Like lists, only published items are public (files too).
  media: { anonymous: '', admin: 'RCUD', reviewer: 'RU', teacher: '', editorA: 'C', learner: '' },
  users: { anonymous: '', admin: 'RCUD', reviewer: '', teacher: '', editorA: '', learner: '' },
  // Target: agency B's draft list. Only editors open lists, and only their own agency's.
  'responsibility-lists': { anonymous: '', admin: 'RUD', reviewer: 'RU', teacher: '', editorA: '', learner: '' },
  campaigns: { anonymous: 'R', admin: 'RCUD', reviewer: 'R', teacher: 'R', editorA: 'RC', learner: 'R' },
  'key-dates': { anonymous: 'R', admin: 'RCUD', reviewer: 'RCUD', teacher: 'R', editorA: 'R', learner: 'R' },
  // The search thesaurus is published with the search index; only curators edit it.
  'search-aliases': { anonymous: 'R', admin: 'RCUD', reviewer: 'RCUD', teacher: 'R', editorA: 'R', learner: 'R' },
  // Target: agency B's draft report. Like lists, only an agency's editor opens a report (their own agency's).
  reports: { anonymous: '', admin: 'RUD', reviewer: 'RU', teacher: '', editorA: 'C', learner: '' },
  // Learner records; target: another learner's, of agency B's unit. Learners sign up themselves.
  learners: { anonymous: 'C', admin: 'RCUD', reviewer: 'RC', teacher: 'C', editorA: 'C', learner: 'C' },
  'learning-records': { anonymous: '', admin: 'RCUD', reviewer: 'R', teacher: '', editorA: '', learner: '' },
  'exam-settings': { anonymous: '', admin: 'RCUD', reviewer: 'R', teacher: 'R', editorA: 'R', learner: '' },
  'exam-attempts': { anonymous: '', admin: 'RCUD', reviewer: 'R', teacher: '', editorA: '', learner: '' },
  // Extra exam time: granted by an admin or the learner's unit editor (agency B here), never by a learner.
  'exam-accommodations': { anonymous: '', admin: 'RCUD', reviewer: 'R', teacher: '', editorA: '', learner: '' },
  certificates: { anonymous: '', admin: 'RCUD', reviewer: 'R', teacher: '', editorA: '', learner: '' },
  // Build records are written by the publish loop only; admins may delete old ones; editors never see them.
  'site-builds': { anonymous: '', admin: 'RD', reviewer: 'R', teacher: '', editorA: '', learner: '' },
  // Import runs are written by the importer only; admins may delete old ones.
  'law-imports': { anonymous: '', admin: 'RD', reviewer: 'R', teacher: '', editorA: '', learner: '' },
  // 待复核 flags: written by the importer; reviewers and admins read and mark them. Questions have no agency, so editors see none.
  'citation-reviews': { anonymous: '', admin: 'RCUD', reviewer: 'RU', teacher: '', editorA: '', learner: '' },
  // Target: agency B's invitation code. Only admins and the unit's own editor see or manage a code; editor A may issue one for A.
  'unit-invitations': { anonymous: '', admin: 'RCUD', reviewer: '', teacher: '', editorA: 'C', learner: '' },
  // 课堂: target is school B's; the matrix's teacher has no school, so sees and makes none (own-school cases: classroom-access.test.ts).
  'quiz-sets': { anonymous: '', admin: 'RCUD', reviewer: '', teacher: '', editorA: '', learner: '' },
  // Sessions and answers are written by the server only (live games, homework); admins may delete.
  'class-sessions': { anonymous: '', admin: 'RD', reviewer: '', teacher: '', editorA: '', learner: '' },
  'class-answers': { anonymous: '', admin: 'RD', reviewer: '', teacher: '', editorA: '', learner: '' },
};
let year = 2000;

let payload: Payload;
let agencyA: { id: DocId };
let agencyB: { id: DocId };
const actors = {} as Record<Actor, TestUser | undefined>;
let png: Buffer;
let otherLearner: { id: DocId };
let settings: { id: DocId };

beforeAll(async () => {
  payload = await testPayload();
  agencyA = await makeAgency(payload);
  agencyB = await makeAgency(payload);
  actors.anonymous = undefined;
  actors.admin = await makeUser(payload, 'admin');
  actors.reviewer = await makeUser(payload, 'reviewer');
  actors.teacher = await makeUser(payload, 'teacher');
  actors.editorA = await makeUser(payload, 'agency-editor', agencyA.id);
  const learnerDoc = await payload.create({
    collection: 'learners',
    data: { email: `learner-${unique()}@t.local`, password: 'learner-pw-1', displayName: '学员甲', audience: 'students', unit: agencyA.id },
  });
  actors.learner = { ...(learnerDoc as object), id: learnerDoc.id, collection: 'learners' } as unknown as TestUser;
  otherLearner = await payload.create({
    collection: 'learners',
    data: { email: `other-${unique()}@t.local`, password: 'learner-pw-1', displayName: '学员乙', audience: 'officials', unit: agencyB.id },
  });
  // Exam settings are checked against the bank when saved: five exam questions (any audience) let them save.
  for (let i = 0; i < 5; i += 1) await payload.create({ collection: 'questions', data: (await newData('questions')).data as never });
  settings = await payload.create({ collection: 'exam-settings', data: { title: '矩阵', year: 1999, audience: 'village', requiredHours: 1, counts: 'best', rules: [{ count: 1 }] } });
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b3261e' } }).png().toBuffer();
});

/** Valid data for a new record of each collection (owned by agency B where ownership exists). */
async function newData(collection: string): Promise<{ data: Record<string, unknown>; file?: object }> {
  const id = unique();
  switch (collection) {
    case 'agencies':
      return { data: { name: `单位${id}`, kind: '学校', level: '区县' } };
    case 'laws':
      return { data: { title: `测试法${id}`, slug: `测试法${id}`, level: '法律' } };
    case 'law-versions': {
      const law = await payload.create({ collection: 'laws', data: { title: `法${id}`, slug: `法${id}`, level: '法律' } });
      return { data: { label: `v${id}`, law: law.id, title: `法${id}`, versionDate: '2020-01-01' } };
    }
    case 'law-articles': {
      const law = await payload.create({ collection: 'laws', data: { title: `法${id}`, slug: `法${id}`, level: '法律' } });
      const v = await payload.create({
        collection: 'law-versions',
        data: { label: 'v', law: law.id, title: 'x', versionDate: '2020-01-01' },
      });
      return { data: { label: `第一条${id}`, law: law.id, version: v.id, number: 1, numberText: '第一条', text: '测试条文。' } };
    }
    case 'questions':
      return {
        data: {
          questionId: `q-${id}`,
          type: 'single',
          stem: '测试题干内容？',
          options: [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }, { key: 'c', text: '丙' }],
          answer: 'b',
          explanation: '测试解析内容。',
        },
      };
    case 'media':
      return {
        data: { title: `作品${id}`, artForm: '评书', agency: agencyB.id },
        file: { data: png, mimetype: 'image/png', name: `m-${id}.png`, size: png.length },
      };
    case 'responsibility-lists':
      return { data: { agency: agencyB.id, year: (year += 1), items: [{ topic: '测试事项' }] } };
    case 'campaigns':
      return { data: { theme: `活动${id}`, agency: agencyB.id, startDate: '2026-03-15T00:00:00.000Z', target: '社区' } };
    case 'key-dates':
      return { data: { name: `节点${id}`, month: 3, day: 15 } };
    case 'search-aliases': {
      const law = await payload.create({ collection: 'laws', data: { title: `法${id}`, slug: `法${id}`, level: '法律' } });
      const v = await payload.create({ collection: 'law-versions', data: { label: 'v', law: law.id, title: 'x', versionDate: '2020-01-01', isCurrent: true } });
      await payload.create({ collection: 'law-articles', data: { label: '第一条', law: law.id, version: v.id, number: 1, subNumber: 0, numberText: '第一条', text: '测试条文。' } });
      return { data: { term: `说法${id}`, articles: [{ law: law.id, article: 1 }] } };
    }
    case 'reports':
      return { data: { title: `报告${id}`, agency: agencyB.id, year: (year += 1) } };
    case 'learners':
      return { data: { email: `n-${id}@t.local`, password: 'pw-123456', displayName: '新学员', audience: 'village', unit: agencyB.id } };
    case 'learning-records':
      return { data: { statementId: `s-${id}`, learner: otherLearner.id, unit: agencyB.id, verb: 'answered', objectType: 'question', objectId: 'q', timestamp: '2026-01-01T00:00:00.000Z', statement: {} } };
    case 'exam-settings':
      return { data: { title: `设置${id}`, year: (year += 1), audience: 'officials', requiredHours: 2, counts: 'best', rules: [{ count: 5 }] } };
    case 'exam-accommodations':
      return { data: { learner: otherLearner.id, year: (year += 1), extraMinutes: 15, reason: '视力障碍，需放大阅读' } };
    case 'exam-attempts':
      return { data: { learner: otherLearner.id, unit: agencyB.id, settings: settings.id, year: 2026, startedAt: '2026-01-01T00:00:00.000Z', paper: { questions: [] } } };
    case 'certificates':
      return { data: { code: `PF26-${id.slice(0, 8)}`, certificateId: id, learner: otherLearner.id, unit: agencyB.id, learnerName: '乙', audience: 'officials', year: (year += 1), examPercent: 90, hours: 2, issuedAt: '2026-06-01T00:00:00.000Z' } };
    case 'citation-reviews': {
      const law = await payload.create({ collection: 'laws', data: { title: `法${id}`, slug: `法${id}`, level: '法律' } });
      return { data: { label: `考试题 q-${id}`, sourceKind: 'exam', sourceId: `q-${id}`, law: law.id, article: 1, pinnedVersion: '2018-01-01', newVersion: '2023-01-01', changeKind: 'modified', diff: [] } };
    }
    case 'unit-invitations':
      return { data: { unit: agencyB.id, note: `培训${id}` } };
    case 'law-imports':
      return { data: { status: 'finished', startedAt: '2026-11-30T02:00:00.000Z', versionsTotal: 1, versionsDone: 1 } };
    case 'site-builds':
      return { data: { trigger: 'manual', status: 'succeeded', queuedAt: '2026-11-30T02:00:00.000Z' } };
    case 'quiz-sets': {
      const q = await payload.create({ collection: 'questions', data: { ...(await newData('questions')).data, pool: 'practice' } as never });
      return { data: { title: `测验${id}`, school: agencyB.id, questions: [q.id], scoring: 'speed' } };
    }
    case 'class-sessions':
      return { data: { title: `课堂${id}`, school: agencyB.id, host: actors.admin!.id, mode: 'live', code: '123456', status: 'open', scoring: 'speed', startedAt: '2026-11-30T02:00:00.000Z', questions: [] } };
    case 'class-answers': {
      const session = await payload.create({ collection: 'class-sessions', data: (await newData('class-sessions')).data as never });
      return { data: { session: session.id, school: agencyB.id, playerId: `p-${id}`, nickname: '学生', questionIndex: 0, questionId: 'q', choice: [0], correct: true, points: 1000, answeredAt: '2026-11-30T02:00:00.000Z' } };
    }
    case 'users':
      return { data: { email: `u-${id}@test.local`, password: 'pw-123456', name: '新用户', role: 'teacher' } };
    default:
      throw new Error(collection);
  }
}

async function allowed(op: () => Promise<unknown>): Promise<boolean> {
  try {
    await op();
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401 || (error as Error).name === 'Forbidden') return false;
    throw error;
  }
}

describe.each(Object.keys(EXPECTED))('%s', (collection) => {
  const slug = collection as CollectionSlug;
  it.each(Object.keys(EXPECTED[collection]!) as Actor[])('as %s', async (actor) => {
    const user = actors[actor];
    const as = { user, overrideAccess: false } as const;
    const { data, file } = await newData(collection);
    // Targets are made like seed data, outside the review workflow.
    const target = await payload.create({ collection: slug, data: data as never, file: file as never, context: { seeding: true } });
    const fresh = await newData(collection);

    const got = [
      (await allowed(async () => {
        const found = await payload.find({ collection: slug, ...as, where: { id: { equals: target.id } } });
        if (found.docs.length === 0) throw Object.assign(new Error('hidden'), { status: 403 });
      })) && 'R',
      (await allowed(() => payload.create({ collection: slug, data: fresh.data as never, file: fresh.file as never, ...as }))) && 'C',
      (await allowed(() => payload.update({ collection: slug, id: target.id, data: {} as never, ...as }))) && 'U',
      (await allowed(() => payload.delete({ collection: slug, id: target.id, ...as }))) && 'D',
    ]
      .filter(Boolean)
      .join('');
    expect(got).toBe(EXPECTED[collection]![actor]);
  });
});

describe('ownership details', () => {
  it('an agency editor updates and deletes media of their own agency', async () => {
    const user = actors.editorA!;
    const own = await payload.create({
      collection: 'media',
      data: { title: '本单位作品', artForm: '快板', agency: agencyA.id, status: 'draft' },
      file: { data: png, mimetype: 'image/png', name: `own-${unique()}.png`, size: png.length },
    });
    const updated = await payload.update({ collection: 'media', id: own.id, data: { title: '改名' }, user, overrideAccess: false });
    expect(updated.title).toBe('改名');
    await payload.delete({ collection: 'media', id: own.id, user, overrideAccess: false });
  });

  it('a forged agency on create is replaced by the editor’s own agency', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { title: '伪造单位', artForm: '评书', agency: agencyB.id, status: 'draft' },
      file: { data: png, mimetype: 'image/png', name: `forged-${unique()}.png`, size: png.length },
      user: actors.editorA,
      overrideAccess: false,
    });
    const agency = typeof doc.agency === 'object' ? doc.agency?.id : doc.agency;
    expect(agency).toBe(agencyA.id);
  });

  it('staff read and update their own account but cannot raise their role', async () => {
    const user = actors.teacher!;
    const self = await payload.find({ collection: 'users', user, overrideAccess: false });
    expect(self.docs.map((d) => d.id)).toEqual([user.id]);
    const after = await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: '改过的名字', role: 'admin' },
      user,
      overrideAccess: false,
    });
    expect(after.name).toBe('改过的名字');
    expect(after.role).toBe('teacher');
  });

  it('anonymous REST-style reads of the question bank never include answers', async () => {
    await expect(payload.find({ collection: 'questions', overrideAccess: false })).rejects.toMatchObject({ status: 403 });
  });
});
