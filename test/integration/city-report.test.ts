/**
 * The city-wide annual report from stored records: each row equals the agency's own report
 * figures (the same reading its public page does), totals are the rows' sums, agencies whose
 * kind owes no list stay out, a joint campaign counts once for the city, and the .docx names
 * every counted agency.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityReportDocument } from '../../core/agency/city-report';
import { parseListKinds } from '../../core/agency/list-duty';
import { computeReportFigures } from '../../core/agency/report';
import { reportDocx } from '../../core/agency/report-docx';
import { loadAgencyYearData } from '../../cms/site-data-agency';
import { cityReportFrom } from '../../site/lib/city-report';
import { reportInputFor } from '../../site/lib/report-input';
import { docxParagraphs, zipParts } from '../helpers/docx';
import { testPayload, unique } from '../helpers/payload';

const YEAR = 2043;
const AS_OF = `${YEAR}-12-31`;
const KINDS = parseListKinds(undefined);
let payload: Payload;
const ids: Record<'bureau' | 'union' | 'school', string> = { bureau: '', union: '', school: '' };

beforeAll(async () => {
  payload = await testPayload();
  const context = { seeding: true };
  const agency = async (name: string, kind: '执法机关' | '人民团体' | '学校') =>
    String((await payload.create({ collection: 'agencies', data: { name: `${name}${unique()}`, shortName: `${name}${unique()}`, kind, level: '市' } })).id);
  ids.bureau = await agency('城报测试局', '执法机关');
  ids.union = await agency('城报测试工会', '人民团体');
  ids.school = await agency('城报测试中学', '学校');
  const campaign = (agency: string, organizers: string[], participants: number, day: string) =>
    payload.create({
      collection: 'campaigns',
      data: { theme: `城报活动${unique()}`, agency: Number(agency), organizers: organizers.map(Number), startDate: `${YEAR}-${day}T00:00:00.000Z`, target: '社区', participants },
      overrideAccess: true,
      context,
    });
  await campaign(ids.bureau, [ids.union], 80, '03-15'); // joint
  await campaign(ids.bureau, [], 20, '05-01');
  await campaign(ids.school, [], 500, '06-01'); // a school's: not in the city report
  await payload.create({
    collection: 'responsibility-lists',
    data: {
      agency: Number(ids.bureau), year: YEAR, status: 'published',
      items: [
        { topic: '宪法宣传', person: '李科员', department: '法规科', target: '2场', deadline: `${YEAR}-06-30`, progress: '已完成' },
        { topic: '民法典进社区', person: '王科员', department: '法规科', target: '1场', deadline: `${YEAR}-11-30`, progress: '进行中' },
      ],
    },
    overrideAccess: true,
    context,
  });
});

describe('city-wide annual report', () => {
  it('rows equal each agency’s own report figures; totals are the sums; the school is left out', async () => {
    const data = await loadAgencyYearData();
    const c = cityReportFrom(data, YEAR, AS_OF, KINDS);
    const row = (id: string) => c.rows.find((r) => r.agencyId === id);
    expect(row(ids.school)).toBeUndefined();
    expect(c.excluded.some((n) => n.startsWith('城报测试中学'))).toBe(true);
    for (const id of [ids.bureau, ids.union]) {
      const own = computeReportFigures(reportInputFor(data, id, YEAR, AS_OF));
      expect(row(id)).toMatchObject({
        itemsTotal: own.items.total.value, itemsDone: own.items.done.value, campaigns: own.campaigns.count.value,
        participants: own.campaigns.participants.value, media: own.media.count.value, listState: own.list.state,
      });
    }
    expect(row(ids.bureau)).toMatchObject({ itemsTotal: 2, itemsDone: 1, campaigns: 2, participants: 100, listState: 'published', listVersion: 1 });
    expect(row(ids.union)).toMatchObject({ campaigns: 1, participants: 80, listState: 'missing' });
    const sum = (k: 'itemsTotal' | 'itemsDone' | 'campaigns' | 'participants' | 'media') => c.rows.reduce((n, r) => n + r[k], 0);
    expect(c.totals).toMatchObject({ itemsTotal: sum('itemsTotal'), itemsDone: sum('itemsDone'), campaigns: sum('campaigns'), participants: sum('participants'), media: sum('media') });
    // The joint campaign is in both rows but once for the city; the school's 500 are not counted.
    expect(c.totals.campaigns - c.distinct.campaigns).toBe(1);
    expect(c.distinct.participants).toBe(c.totals.participants - 80);
  });

  it('counts schools when the setting names them', async () => {
    const c = cityReportFrom(await loadAgencyYearData(), YEAR, AS_OF, parseListKinds('执法机关,人民团体,学校'));
    expect(c.rows.find((r) => r.agencyId === ids.school)).toMatchObject({ campaigns: 1, participants: 500 });
  });

  it('its .docx lists every counted agency with its figures, and not the school', async () => {
    const c = cityReportFrom(await loadAgencyYearData(), YEAR, AS_OF, KINDS);
    const paras = docxParagraphs(zipParts(reportDocx(cityReportDocument(c, '泉城市普法办'))).get('word/document.xml')!);
    const texts = paras.map((p) => p.text);
    const bureau = c.rows.find((r) => r.agencyId === ids.bureau)!;
    const at = texts.indexOf(bureau.name);
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe('清单完成 1/2 项；活动 2 场；作品 0 件；报告未发布');
    expect(texts.some((t) => t.startsWith('城报测试中学') && !t.includes('不计入'))).toBe(false);
    expect(texts.filter((t) => t === '泉城市普法办')).toHaveLength(1);
  });
});
