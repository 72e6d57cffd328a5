import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import {
  chineseDate,
  effectiveDateInText,
  repealedTitles,
  versionEffectiveDate,
  versionMaking,
  versionStatuses,
} from '../../../core/law/status';
import { LAW_STATUSES, LAW_STATUS_LABELS } from '../../../core/vocabulary/law';
import { readCorpusFile } from '../../helpers/corpus';

const law = (file: string) => parseLawMarkdown({ text: readCorpusFile(file), path: file }).law!;
const texts = (file: string) => law(file).articles.map((a) => a.paragraphs.join('\n'));

describe('effective dates', () => {
  it('reads 施行 dates in Arabic, full-width and Chinese numerals, and 自公布之日起施行', () => {
    expect(effectiveDateInText('本法自2024年7月1日起施行。')).toBe('2024-07-01');
    expect(effectiveDateInText('本条例自２０１３年７月１日起施行。')).toBe('2013-07-01');
    expect(effectiveDateInText('本法自一九八七年六月一日起施行。')).toBe('1987-06-01');
    expect(effectiveDateInText('本规定自公布之日起施行。')).toBe('publication');
    expect(effectiveDateInText('公司应当依法纳税。')).toBeUndefined();
  });

  it('公司法 2023 revision takes effect 2024-07-01; the 2018 amendment on its own date, not the 2006 施行 article', () => {
    expect(versionEffectiveDate('2023-12-29', texts('民法商法/公司法(2023-12-29).md'))).toBe('2024-07-01');
    expect(texts('民法商法/公司法(2018-10-26).md').at(-1)).toContain('2006年1月1日');
    expect(versionEffectiveDate('2018-10-26', texts('民法商法/公司法(2018-10-26).md'))).toBe('2018-10-26');
    expect(versionEffectiveDate('undated', ['本法自公布之日起施行。'])).toBeNull();
  });

  it('names what made a version from its history line', () => {
    expect(versionMaking(law('民法商法/公司法(2023-12-29).md').history, '2023-12-29')).toBe('修订');
    expect(versionMaking(law('民法商法/公司法(2018-10-26).md').history, '2018-10-26')).toBe('修正');
    expect(versionMaking(['2015年12月27日 第十二届全国人民代表大会常务委员会第十八次会议通过'], '2015-12-27')).toBe('通过');
    expect(versionMaking([], '2015-12-27')).toBeUndefined();
    expect(chineseDate('2023-12-29')).toBe('2023年12月29日');
  });
});

describe('versionStatuses', () => {
  const company = [
    { versionDate: '2018-10-26', effectiveDate: '2018-10-26' },
    { versionDate: '2023-12-29', effectiveDate: '2024-07-01' },
  ];

  it('before the revision takes effect, the old version is in force and the new one not yet effective', () => {
    expect(versionStatuses(company, '2024-03-01').map((s) => s.status)).toEqual(['in-force', 'not-yet-effective']);
  });

  it('after it, the old version is amended, ended on the day the new one took effect', () => {
    expect(versionStatuses(company, '2026-11-30')).toEqual([
      { status: 'amended', effectiveDate: '2018-10-26', endedOn: '2024-07-01' },
      { status: 'in-force', effectiveDate: '2024-07-01', endedOn: null },
    ]);
  });

  it('a repeal makes every version repealed; a law not yet effective at all has no version in force', () => {
    expect(versionStatuses(company, '2026-11-30', '2025-01-01').map((s) => s.status)).toEqual(['repealed', 'repealed']);
    expect(versionStatuses(company, '2026-11-30', '2027-01-01').map((s) => s.status)).toEqual(['amended', 'in-force']);
    expect(versionStatuses([{ versionDate: '2026-10-01', effectiveDate: '2027-01-01' }], '2026-11-30')[0]!.status).toBe('not-yet-effective');
  });

  it('labels every status in Chinese', () => {
    expect(LAW_STATUSES.map((s) => LAW_STATUS_LABELS[s])).toEqual(['现行有效', '已修改', '已废止', '尚未生效']);
  });
});

describe('repealedTitles', () => {
  it('reads every title repealed with 同时废止, as 民法典 附则 words it', () => {
    const last = texts('民法典/附则.md').at(-1)!;
    expect(repealedTitles(last)).toEqual(expect.arrayContaining(['中华人民共和国婚姻法', '中华人民共和国合同法', '中华人民共和国民法总则']));
    expect(repealedTitles(last)).toHaveLength(9);
    expect(repealedTitles('本法自公布之日起施行。')).toEqual([]);
  });
});
