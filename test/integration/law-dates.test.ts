/**
 * The dates admins set where the corpus cannot tell (废止日期 on a law, 施行日期 on a version): a
 * real YYYY-MM-DD day or nothing; anything else is a 400 field error, never stored. Only admins
 * write them, like every other field of the law library.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser, type TestUser, testPayload, unique } from '../helpers/payload';

let payload: Payload;
let admin: TestUser;
let editor: TestUser;
let lawId: number;

const fieldError = (path: string) => ({ status: 400, data: { errors: [expect.objectContaining({ path, message: '日期格式应为 YYYY-MM-DD' })] } });

beforeAll(async () => {
  payload = await testPayload();
  admin = await makeUser(payload, 'admin');
  editor = await makeUser(payload, 'agency-editor', (await makeAgency(payload)).id);
  const slug = `测试法${unique()}`;
  lawId = (await payload.create({ collection: 'laws', data: { title: slug, slug, level: '法律' } })).id;
});

describe('law status dates', () => {
  it('a version keeps a real effective date and refuses other text or impossible days', async () => {
    const version = (effectiveDate: string) =>
      payload.create({
        collection: 'law-versions',
        data: { label: '测试版本', title: '测试法', law: lawId, versionDate: '2026-06-01', effectiveDate },
        user: admin,
        overrideAccess: false,
      });
    await expect(version('2027年1月1日')).rejects.toMatchObject(fieldError('effectiveDate'));
    await expect(version('2027-02-30')).rejects.toMatchObject(fieldError('effectiveDate'));
    const ok = await version('2027-01-01');
    expect(ok.effectiveDate).toBe('2027-01-01');
  });

  it('a law takes a repeal date from an admin, not from an editor', async () => {
    const set = (repealedDate: string, user: TestUser) =>
      payload.update({ collection: 'laws', id: lawId, data: { repealedDate }, user, overrideAccess: false });
    await expect(set('2026-13-01', admin)).rejects.toMatchObject(fieldError('repealedDate'));
    await expect(set('2026-12-01', editor)).rejects.toMatchObject({ status: 403 });
    expect((await set('2026-12-01', admin)).repealedDate).toBe('2026-12-01');
    expect((await set('', admin)).repealedDate).toBeFalsy();
  });
});
