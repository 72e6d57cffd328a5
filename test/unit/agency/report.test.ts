import { describe, expect, it } from 'vitest';
import { computeReportFigures } from '../../../core/agency/report';
import type { ReportFigures } from '../../../core/agency/report-types';
import { allSources, input, v1 } from './report-fixtures';

describe('computeReportFigures on a full year', () => {
  const f: ReportFigures = computeReportFigures(input);
  const val = (x: { value: unknown; sources: string[] }) => [x.value, x.sources];

  it('counts items of the published version while a revision is in progress', () => {
    expect(f.list).toMatchObject({
      state: 'published',
      version: 1,
      latestVersion: 2,
      latestStatus: 'draft',
      source: 'list:scjg/2026/v1',
    });
    expect(f.notices).toContain('第2版正在修订（草稿），以下按已发布的第1版统计。');
    expect(val(f.items.total)).toEqual([4, ['item:i1', 'item:i2', 'item:i3', 'item:i4']]);
    expect(val(f.items.done)).toEqual([2, ['item:i1', 'item:i3']]);
    expect(f.items.inProgress.value + f.items.notStarted.value + f.items.done.value).toBe(4);
    expect(f.items.byCategory.map((c) => [c.category, c.total.value, c.done.value])).toEqual([
      ['民法典', 2, 1],
      ['消费者权益', 1, 1],
      ['宪法宣传', 1, 0],
    ]);
  });

  it('finds overdue items, items without evidence and broken evidence links', () => {
    expect(val(f.items.overdue)).toEqual([1, ['item:i2']]);
    expect(val(f.items.withoutEvidence)).toEqual([2, ['item:i2', 'item:i3']]);
    expect(val(f.items.doneWithoutEvidence)).toEqual([1, ['item:i3']]);
    expect(f.items.brokenEvidence).toEqual({ value: ['campaign:ghost'], sources: ['item:i4'] });
    expect(f.notices).toContain('1项清单条目标记为已完成但没有佐证材料。');
  });

  it('counts the agency’s own and joint campaigns of the year, by target and start month', () => {
    expect(val(f.campaigns.count)).toEqual([3, ['campaign:c1', 'campaign:c3', 'campaign:c2']]);
    expect(val(f.campaigns.participants)).toEqual([200, ['campaign:c1', 'campaign:c3']]);
    expect(val(f.campaigns.participantsMissing)).toEqual([1, ['campaign:c2']]);
    expect(f.notices).toContain('1场活动未填写参加人数，未计入参加人次。');
    const byTarget = Object.fromEntries(
      f.campaigns.byTarget.map((t) => [t.target, [t.campaigns.value, t.participants.value]]),
    );
    expect(byTarget).toEqual({ 机关: [0, 0], 乡村: [0, 0], 社区: [1, 120], 学校: [1, 80], 企业: [1, 0], 单位: [0, 0] });
    expect(f.campaigns.byMonth).toHaveLength(12);
    expect(f.campaigns.byMonth.map((m) => m.campaigns.value)).toEqual([0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    // c2 runs 30 May – 2 June and counts in May only.
    expect(val(f.campaigns.byMonth[4]!.campaigns)).toEqual([2, ['campaign:c3', 'campaign:c2']]);
    expect(f.campaigns.byMonth[5]!.campaigns.value).toBe(0);
  });

  it('counts media of the year by art form, and distinct laws with where they appear', () => {
    expect(val(f.media.count)).toEqual([3, ['media:m1', 'media:m2', 'media:m3']]);
    expect(f.media.byArtForm.map((a) => [a.artForm, a.count.value])).toEqual([
      ['吕剧', 2],
      ['动画', 1],
    ]);
    const laws = Object.fromEntries(f.laws.covered.map((l) => [l.law, l.sources]));
    expect(laws).toEqual({
      民法典: ['item:i1', 'item:i2', 'campaign:c2'],
      消费者权益保护法: ['item:i3', 'campaign:c1'],
      宪法: ['item:i4', 'media:m1'],
      未成年人保护法: ['campaign:c3'],
    });
    expect(f.laws.count.value).toBe(4);
  });

  it('counts a law the library lacks (a 未入库 name on an item) among the laws covered', () => {
    // The published first version is what the figures count (the fixture's second is a draft).
    const items = v1.items.map((it, i) => (i === 0 ? { ...it, content: { ...it.content, otherLaws: ['山东省消费者权益保护条例'] } } : it));
    const withOther = computeReportFigures({ ...input, lists: input.lists.map((l) => (l === v1 ? { ...v1, items } : l)) });
    expect(withOther.laws.count.value).toBe(5);
    expect(withOther.laws.covered.find((l) => l.law === '山东省消费者权益保护条例')?.sources).toEqual([`item:${items[0]!.id}`]);
  });

  it('splits the agency’s lead key dates into acted on, missed and still upcoming', () => {
    expect(f.keyDates.actedOn.map((k) => [k.keyDateId, k.campaigns.sources])).toEqual([
      ['consumer-day', ['campaign:c1']],
      ['civil-code-month', ['campaign:c3', 'campaign:c2']],
    ]);
    // The fixture's report is as of 1 July: November's fire day is not missed yet.
    expect(f.keyDates.missed).toEqual([]);
    expect(f.keyDates.upcoming.map((k) => [k.keyDateId, k.start, k.campaigns.value])).toEqual([
      ['fire-day', '2026-11-09', 0],
    ]);
  });

  it('counts a key date as missed only once its window has closed', () => {
    const at = (asOf: string) => computeReportFigures({ ...input, asOf }).keyDates;
    expect(at('2026-11-16').upcoming.map((k) => k.keyDateId)).toEqual(['fire-day']); // end + 7 days
    expect(at('2026-11-17').missed.map((k) => k.keyDateId)).toEqual(['fire-day']);
    expect(at('2026-11-17').upcoming).toEqual([]);
  });

  it('reports learning rates and the narrative sections', () => {
    expect(f.learning?.completionRate).toEqual({ value: 66.7, sources: ['official:o1', 'official:o2', 'official:o3'] });
    expect(f.learning?.examPassRate.value).toBe(50);
    expect(f.narratives.map((n) => [n.section, n.missing])).toEqual([
      ['basics', false],
      ['practices', true],
      ['problems', true],
      ['plans', true],
    ]);
    expect(f.narratives[0]).toMatchObject({ heading: '一、基本情况', blocks: [{ kind: 'paragraph', runs: [{ text: '成立普法领导小组。' }] }] });
  });

  it('traces every figure to records that were passed in', () => {
    const known = new Set([
      ...v1.items.map((i) => `item:${i.id}`),
      ...input.campaigns.map((c) => `campaign:${c.id}`),
      ...input.media.map((m) => `media:${m.id}`),
      'official:o1',
      'official:o2',
      'official:o3',
      'exam:e1',
      'exam:e2',
    ]);
    const sources = allSources(f);
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) expect(known.has(s), s).toBe(true);
    expect(sources).not.toContain('campaign:c4');
    expect(sources).not.toContain('campaign:c5');
    expect(sources).not.toContain('item:i9');
  });

  it('is deterministic and does not depend on input order', () => {
    const reversed = { ...input, campaigns: [...input.campaigns].reverse(), media: [...input.media].reverse() };
    expect(computeReportFigures(reversed)).toEqual(f);
  });
});
