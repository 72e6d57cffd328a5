import { describe, expect, it } from 'vitest';
import { lawSlug, parseCorpusPath } from '../../../core/law/corpus-path';

describe('parseCorpusPath', () => {
  it('reads date, level and category of a dated law', () => {
    expect(parseCorpusPath('社会法/反家庭暴力法(2015-12-27).md')).toEqual({
      path: '社会法/反家庭暴力法(2015-12-27).md',
      category: '社会法',
      level: '法律',
      versionDate: '2015-12-27',
      baseName: '反家庭暴力法',
      isIndexFile: false,
    });
  });

  it.each([
    ['宪法/宪法.md', '宪法', '宪法', undefined],
    ['民法典/婚姻家庭编.md', '法律', '民法典', undefined],
    ['案例/民法典/徐某某诉张某某婚姻家庭案.md', '指导性案例', '案例/民法典', undefined],
    ['山东地方性法规/济南市优化营商环境条例(2022-01-21).md', '地方性法规', '山东地方性法规', '2022-01-21'],
    ['部门规章/公安部/交通警察道路执勤执法工作规范(2018-01-25).md', '部门规章', '部门规章/公安部', '2018-01-25'],
    ['行政法规/电信条例(2016-02-06).md', '行政法规', '行政法规', '2016-02-06'],
    ['司法解释/x(2021-01-26).md', '司法解释', '司法解释', '2021-01-26'],
    ['其他/劳动仲裁和劳动诉讼的攻略.md', '其他', '其他', undefined],
    ['新文件夹/x.md', '其他', '新文件夹', undefined],
    ['x(2020-02-30).md', '其他', '', undefined],
  ])('%s → %s', (p, level, category, date) => {
    const info = parseCorpusPath(p);
    expect(info.level).toBe(level);
    expect(info.category).toBe(category);
    expect(info.versionDate).toBe(date);
  });

  it('maps every national-law folder to 法律', () => {
    for (const f of ['宪法相关法', '民法典', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法']) {
      expect(parseCorpusPath(`${f}/x.md`).level).toBe('法律');
    }
  });

  it('normalizes separators and flags index files', () => {
    const info = parseCorpusPath('.\\案例\\民法典\\_index.md');
    expect(info.path).toBe('案例/民法典/_index.md');
    expect(info.isIndexFile).toBe(true);
    expect(info.category).toBe('案例/民法典');
  });
});

describe('lawSlug', () => {
  it.each([
    ['中华人民共和国民法典', '民法典'],
    ['中华人民共和国行政处罚法', '行政处罚法'],
    ['  济南市优化营商环境条例 ', '济南市优化营商环境条例'],
    ['最高人民法院  最高人民检察院关于办理强奸案件的解释', '最高人民法院-最高人民检察院关于办理强奸案件的解释'],
    ['a/b\\c?d#e%f', 'abcdef'],
    ['中华人民共和国', '中华人民共和国'],
  ])('%s → %s', (title, slug) => {
    expect(lawSlug(title)).toBe(slug);
  });
});
