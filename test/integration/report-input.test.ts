/**
 * One report-input path for the admin overview and the public report pages: a campaign counts
 * for its owner and every co-organizer on both, and only the admin's reading counts drafts.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeReportFigures } from '../../core/agency/report';
import { readReportRecords, reportInputFrom, reportInputsForYear } from '../../cms/agency/report-input';
import { makeAgency, testPayload } from '../helpers/payload';

const YEAR = 2041;
const AS_OF = `${YEAR}-12-31`;
let payload: Payload;
let owner: string;
let coOrganizer: string;

beforeAll(async () => {
  payload = await testPayload();
  const [a, b] = [await makeAgency(payload), await makeAgency(payload)];
  owner = String(a.id);
  coOrganizer = String(b.id);
  const context = { seeding: true };
  await payload.create({
    collection: 'campaigns',
    data: { theme: '联合普法', agency: a.id, organizers: [b.id], startDate: `${YEAR}-03-15T00:00:00.000Z`, target: '社区', participants: 80 },
    overrideAccess: true,
    context,
  });
  // The co-organizer's list is still a draft.
  await payload.create({
    collection: 'responsibility-lists',
    data: { agency: b.id, year: YEAR, status: 'draft', items: [{ topic: '宪法宣传' }] },
    overrideAccess: true,
    context,
  });
});

describe('report input (admin and site read the same way)', () => {
  it('credits a campaign to its owner and co-organizers on the public path', async () => {
    const base = reportInputFrom(await readReportRecords(payload, { drafts: false }), YEAR, AS_OF, { drafts: false });
    for (const agencyId of [owner, coOrganizer]) {
      expect(computeReportFigures({ ...base, agencyId }).campaigns.count.value, agencyId).toBe(1);
    }
  });

  it('counts a draft list only when drafts are asked for (the admin overview)', async () => {
    const publicInput = reportInputFrom(await readReportRecords(payload, { drafts: false }), YEAR, AS_OF, { drafts: false });
    expect(computeReportFigures({ ...publicInput, agencyId: coOrganizer }).list.state).toBe('missing');
    const admin = (await reportInputsForYear(payload, YEAR, AS_OF)).find((r) => r.input.agencyId === coOrganizer)!;
    expect(computeReportFigures(admin.input).list.state).toBe('unpublished');
    expect(computeReportFigures(admin.input).campaigns.count.value).toBe(1);
  });

  it('counts a 未入库 law the library has imported since as that law; the rest stay uncollected', async () => {
    const unit = await makeAgency(payload);
    const name = `测试省禁毒条例${unit.id}`;
    await payload.create({
      collection: 'responsibility-lists',
      data: { agency: unit.id, year: YEAR, status: 'published', items: [{ topic: '禁毒宣传', otherLaws: [name, '另一部未收录的条例'] }] },
      overrideAccess: true,
      context: { seeding: true },
    });
    const figures = async () =>
      computeReportFigures({ ...reportInputFrom(await readReportRecords(payload, { drafts: false }), YEAR, AS_OF, { drafts: false }), agencyId: String(unit.id) }).laws;
    expect(await figures()).toMatchObject({ uncollected: [name, '另一部未收录的条例'], count: { value: 2 } });

    // The 普法办 imports the law (as the law importer stores it: slug = title without 中华人民共和国).
    await payload.create({ collection: 'laws', data: { title: name, slug: name, level: '地方性法规' } as never, overrideAccess: true, context: { seeding: true } });
    const after = await figures();
    expect(after.uncollected).toEqual(['另一部未收录的条例']);
    expect(after.covered.map((c) => c.law).sort()).toEqual([name, '另一部未收录的条例'].sort());
    expect(after.count.value).toBe(2);
  });
});

