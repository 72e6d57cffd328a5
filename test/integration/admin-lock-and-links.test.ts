/**
 * Two admin helpers read on the server: the document-lock notice names the person who holds the
 * lock (not "用户: 3"), and the "查看公开页面" link goes where the record's public page is — only
 * once there is one.
 */
import { describe, expect, it } from 'vitest';
import { LOCKED_MESSAGE } from '../../cms/admin/lock-holder-names';
import { publicPageOfRecord } from '../../cms/public-page';
import { restClient } from '../security/api/auth-rest';
import { agencyStaff, unique } from '../helpers/payload';

const { payload, agencyId, editor, reviewer, admin } = await agencyStaff();
const agency = await payload.update({ collection: 'agencies', id: agencyId, data: { shortName: `测试局${unique()}` } });

describe('document-lock notices', () => {
  it('show a reviewer the name and unit of the editor holding the lock, and nothing else of the account', async () => {
    const list = await payload.create({ collection: 'responsibility-lists', data: { year: 2070, status: 'draft', items: [] }, user: editor, overrideAccess: false });
    await payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'responsibility-lists', value: list.id }, user: { relationTo: 'users', value: editor.id } } });
    const where = { 'document.value': { equals: list.id } };
    const seen = await payload.find({ collection: 'payload-locked-documents', where, depth: 1, overrideAccess: false, user: reviewer });
    expect(seen.docs[0]?.user).toEqual({ relationTo: 'users', value: { id: editor.id, email: `${editor.name}（${agency.shortName}）` } });
    // Without the hook a reviewer, who may not read other accounts, got the bare id.
    const asAdmin = await payload.find({ collection: 'payload-locked-documents', where, depth: 1, overrideAccess: false, user: admin });
    expect(asAdmin.docs[0]?.user?.value).toEqual({ id: editor.id, email: `${editor.name}（${agency.shortName}）` });
  });
  it('refuse, in Chinese, a save over someone else’s lock', async () => {
    const list = await payload.create({ collection: 'responsibility-lists', data: { year: 2073, status: 'draft', items: [] }, user: editor, overrideAccess: false });
    await payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'responsibility-lists', value: list.id }, user: { relationTo: 'users', value: editor.id } } });
    const rest = restClient(payload);
    const login = await rest('POST', '/users/login', { body: { email: admin.email, password: 'test-password-1' } });
    const res = await rest('PATCH', `/responsibility-lists/${list.id}`, { body: { items: [] }, token: String(login.body.token) });
    expect(res.status).toBe(423);
    expect(res.body).toEqual({ errors: [{ message: LOCKED_MESSAGE }] });
  });
});

describe('public page of a record', () => {
  it('is the list page once the list is published, and none before', async () => {
    const list = await payload.create({ collection: 'responsibility-lists', data: { year: 2071, status: 'draft', items: [] }, user: editor, overrideAccess: false });
    expect(await publicPageOfRecord(payload, 'responsibility-lists', list.id, editor)).toBeNull();
    await payload.update({ collection: 'responsibility-lists', id: list.id, data: { status: 'submitted' }, user: editor, overrideAccess: false });
    expect(await publicPageOfRecord(payload, 'responsibility-lists', list.id, reviewer)).toBeNull();
    await payload.update({ collection: 'responsibility-lists', id: list.id, data: { status: 'published' }, user: reviewer, overrideAccess: false });
    expect(await publicPageOfRecord(payload, 'responsibility-lists', list.id, editor)).toBe(`/lists/${encodeURIComponent(agency.shortName!)}/2071/`);
  });

  it('is a campaign’s anchor on its month page, a law’s page, the calendar', async () => {
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { theme: '宪法宣传周', agency: agencyId, startDate: '2071-12-04T00:00:00.000Z', target: '社区', place: '广场' },
    });
    expect(await publicPageOfRecord(payload, 'campaigns', campaign.id, editor)).toBe(`/campaigns/2071/12/#c-${campaign.id}`);
    const law = await payload.create({ collection: 'laws', data: { title: '测试法', slug: `测试法${unique()}`, level: '法律' } });
    expect(await publicPageOfRecord(payload, 'laws', law.id, editor)).toBe(`/laws/${encodeURIComponent(law.slug)}/`);
    expect(await publicPageOfRecord(payload, 'key-dates', 1, editor)).toBe('/calendar/');
  });

  it('is none for a record the user may not read', async () => {
    const draft = await payload.create({ collection: 'reports', data: { title: '报告', year: 2072, agency: agencyId, status: 'draft' }, user: editor, overrideAccess: false });
    expect(await publicPageOfRecord(payload, 'reports', draft.id, null)).toBeNull();
    expect(await publicPageOfRecord(payload, 'reports', 999_999, admin)).toBeNull();
  });
});
