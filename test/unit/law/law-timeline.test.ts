import { describe, expect, it } from 'vitest';
import { toComparable } from '../../../core/law/compare';
import { lawTimeline, repealDates, versionBanner } from '../../../core/law/law-timeline';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import { readCorpusFile } from '../../helpers/corpus';

const version = (file: string) => {
  const law = parseLawMarkdown({ text: readCorpusFile(file), path: file }).law!;
  return { versionDate: law.versionDate!, history: law.history, articles: law.articles.map(toComparable) };
};

describe('lawTimeline on 公司法 2018 → 2023', () => {
  const [old, current] = lawTimeline([version('民法商法/公司法(2023-12-29).md'), version('民法商法/公司法(2018-10-26).md')], '2026-11-30');

  it('orders versions oldest first with statuses, dates and banners', () => {
    expect(old).toMatchObject({ versionDate: '2018-10-26', status: 'amended', endedOn: '2024-07-01', making: '修正', previousDate: null, notes: {} });
    expect(current).toMatchObject({ versionDate: '2023-12-29', status: 'in-force', effectiveDate: '2024-07-01', making: '修订', previousDate: '2018-10-26' });
    expect(versionBanner(current!)).toBe('本页为2023年12月29日修订版本，自2024年7月1日起施行，现行有效。');
    expect(versionBanner(old!)).toBe('本页为2018年10月26日修正版本，已修改：2024年7月1日起施行新版本。');
  });

  it('notes every article of the new version: moved, modified with a diff, added; lists the deleted', () => {
    expect(Object.keys(current!.notes)).toHaveLength(266);
    expect(current!.notes['8']).toEqual({ kind: 'renumbered', previousNumberText: '第十条', diff: null });
    const first = current!.notes['1']!;
    expect(first.kind).toBe('modified');
    expect(first.diff).toContainEqual({ op: 'insert', text: '、职工' });
    expect(current!.notes['6']).toEqual({ kind: 'added', previousNumberText: null, diff: null });
    expect(current!.deleted.map((d) => d.numberText)).toContain('第五十八条');
  });
});

describe('banners and repeals', () => {
  it('words not-yet-effective and repealed versions', () => {
    const base = { versionDate: '2023-12-29', making: '修订', effectiveDate: '2024-07-01', endedOn: null };
    expect(versionBanner({ ...base, status: 'not-yet-effective' })).toBe('本页为2023年12月29日修订版本，尚未生效（自2024年7月1日起施行）。');
    expect(versionBanner({ ...base, status: 'repealed', endedOn: '2025-01-01' })).toBe('本页为2023年12月29日修订版本，已废止（2025年1月1日起）。');
  });

  it('dates a repeal by the day the repealing law takes effect', () => {
    const civil = { slug: '民法典', versionDate: '2020-05-28', articles: [{ text: '本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国合同法》同时废止。' }] };
    expect([...repealDates([civil])]).toEqual([
      ['婚姻法', '2021-01-01'],
      ['合同法', '2021-01-01'],
    ]);
  });
});
