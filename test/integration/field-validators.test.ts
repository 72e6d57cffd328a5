/**
 * Field validators (cms/fields/validators.ts) on real writes: wrong input is a 400 field error
 * with a Chinese message, never stored. Before: a number or an object sent for a text field was
 * stored as its string, and an update sending only an end date before the stored start passed
 * (the old check read only the fields sent).
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser, type TestUser, testPayload, unique } from '../helpers/payload';
import type { DocId } from '../../cms/relation';

let payload: Payload;
let agency: DocId;
let editor: TestUser;

const fieldError = (path: string, message: string | RegExp) => ({
  status: 400,
  data: { errors: [expect.objectContaining({ path, message: typeof message === 'string' ? message : expect.stringMatching(message) })] },
});
const campaign = (data: Record<string, unknown>) =>
  payload.create({ collection: 'campaigns', data: { theme: '宪法宣传周', target: '机关', startDate: '2026-12-01', agency, ...data } as never, user: editor, overrideAccess: false });

beforeAll(async () => {
  payload = await testPayload();
  agency = (await makeAgency(payload)).id;
  editor = await makeUser(payload, 'agency-editor', agency);
});

describe('field validators', () => {
  it('a campaign cannot end before it starts, also when an update sends only the end date', async () => {
    await expect(campaign({ endDate: '2026-11-30' })).rejects.toMatchObject(fieldError('endDate', '结束日期不能早于开始日期'));
    const ok = await campaign({ endDate: '2026-12-04' });
    const patch = payload.update({ collection: 'campaigns', id: ok.id, data: { endDate: '2026-11-01' }, user: editor, overrideAccess: false });
    await expect(patch).rejects.toMatchObject(fieldError('endDate', '结束日期不能早于开始日期'));
  });

  it('a date field refuses what is not a date', async () => {
    await expect(campaign({ startDate: 'notadate' })).rejects.toMatchObject({ status: 400 });
  });

  it.each([12345, { x: 1 }, ['a']])('a text field refuses %j instead of storing it as a string', async (value) => {
    await expect(campaign({ theme: value, place: value })).rejects.toMatchObject({
      status: 400,
      data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'theme', message: '须为文本' }), expect.objectContaining({ path: 'place', message: '须为文本' })]) },
    });
    // Text inside arrays too (a list item's topic).
    const list = payload.create({ collection: 'responsibility-lists', data: { agency, year: 2061, status: 'draft', items: [{ topic: value as never, progress: '进行中' }] }, user: editor, overrideAccess: false });
    await expect(list).rejects.toMatchObject({ status: 400 });
  });

  it('a learner’s time zone must be a real one; an agency editor must have an agency', async () => {
    const learner = payload.create({
      collection: 'learners',
      data: { email: `tz-${unique()}@test.local`, password: 'learner-pass-1', displayName: '时区', audience: 'officials', unit: agency, timeZone: 'Mars/Olympus' },
    });
    await expect(learner).rejects.toMatchObject(fieldError('timeZone', '时区无效'));
    const user = payload.create({ collection: 'users', data: { email: `ed-${unique()}@test.local`, password: 'test-password-1', name: '无单位', role: 'agency-editor' } });
    await expect(user).rejects.toMatchObject(fieldError('agency', '单位编辑必须绑定一个单位'));
  });
});
