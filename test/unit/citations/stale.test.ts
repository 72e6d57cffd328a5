import { describe, expect, it } from 'vitest';
import { flagNotice } from '../../../core/citations/notice';
import { citationsToCheck, effectivePin, type PinnedCitation, staleCitation } from '../../../core/citations/stale';
import { compareVersions } from '../../../core/law/compare';
import { citationsInMdx } from '../../../core/quiz/citation';
import { parseQuizFile } from '../../../core/quiz/schema';

const art = (number: number, text: string) => ({ number, numberText: `第${number}条`, text });
// v1 → v2: 1 kept, 2 reworded, 3 deleted, 4 moved to 5 word for word, 5 moved to 4 and reworded.
const v1 = [art(1, '公司是企业法人，有独立的法人财产。'), art(2, '股东会由全体股东组成，是公司的权力机构。'), art(3, '本条在新法中不再保留，内容全部删去了。'), art(4, '公司以其主要办事机构所在地为住所。'), art(5, '公司为他人提供担保，必须经股东会或者股东大会决议。')];
const v2 = [art(1, '公司是企业法人，有独立的法人财产。'), art(2, '股东会由全体股东组成，是公司的最高权力机构。'), art(4, '公司为他人提供担保，应当经股东会决议。'), art(5, '公司以其主要办事机构所在地为住所。'), art(6, '新增的条文，与旧法任何条文都不相同。')];
const changes = compareVersions(v1, v2);

describe('staleCitation', () => {
  it('raises nothing for an unchanged article or one the old version lacks', () => {
    expect(staleCitation(changes, 1)).toBeNull();
    expect(staleCitation(changes, 9)).toBeNull();
  });
  it('flags a reworded article with its diff, and a moved one with its new number', () => {
    expect(staleCitation(changes, 2)).toMatchObject({ changeKind: 'modified', diff: expect.arrayContaining([{ op: 'insert', text: expect.stringContaining('最高') }]) });
    expect(staleCitation(changes, 2)!.newArticle).toBeUndefined();
    expect(staleCitation(changes, 5)).toMatchObject({ changeKind: 'modified', newArticle: 4 });
  });
  it('flags a deleted article, and a word-for-word move as 条号变更 without a diff', () => {
    expect(staleCitation(changes, 3)).toMatchObject({ changeKind: 'deleted' });
    expect(staleCitation(changes, 4)).toEqual({ changeKind: 'renumbered', newArticle: 5, diff: [] });
  });
});

describe('pins', () => {
  it('counts a citation as checked against the later of its pin and an accepted review, else the previous version', () => {
    expect(effectivePin('2018-10-26', ['2023-12-29'], '2018-10-26')).toBe('2023-12-29');
    expect(effectivePin('2023-12-29', [], '2018-10-26')).toBe('2023-12-29');
    expect(effectivePin(undefined, [], '2018-10-26')).toBe('2018-10-26');
  });
  it('checks each cited article of the law once, skipping pins at or after the new version', () => {
    const c = (sourceId: string, article: number, version?: string, law = '公司法'): PinnedCitation => ({ kind: 'lesson', sourceId, law, article, ...(version ? { version } : {}) });
    const got = citationsToCheck([c('a', 1, '2018-10-26'), c('a', 1, '2018-10-26'), c('a', 2), c('b', 1, '2023-12-29'), c('c', 1, undefined, '民法典')], '公司法', '2023-12-29');
    expect(got.map((x) => `${x.sourceId}:${x.article}`)).toEqual(['a:1', 'a:2']);
  });
  it('reads the version attribute of <Cite> and the version of a quiz citation', () => {
    expect(citationsInMdx('见<Cite law="公司法" article={16} version="2018-10-26" />与<Cite law="民法典" article={1042} />')).toEqual([
      { law: '公司法', article: 16, version: '2018-10-26' },
      { law: '民法典', article: 1042 },
    ]);
    const quiz = (version: unknown) => ({ id: 'q', title: '测验', questions: [{ id: 'q-1', type: 'truefalse', stem: '判断这道题', answer: true, explanation: '依据此条。', cite: { law: '公司法', article: 1, version } }] });
    expect(parseQuizFile(quiz('2023-12-29')).ok).toBe(true);
    expect(parseQuizFile(quiz('2023年')).ok).toBe(false);
  });
});

describe('flagNotice', () => {
  const flag = { kind: 'lesson' as const, law: '公司法', article: 16, changeKind: 'modified' as const, newVersion: '2023-12-29' };
  it('names the citation, the date and what happened, in Chinese', () => {
    expect(flagNotice('本课', flag)).toBe('本课引用的《公司法》第十六条已于2023年12月29日修改，内容正在复核。');
    expect(flagNotice('本课', { ...flag, kind: 'practice' })).toBe('本课练习题引用的《公司法》第十六条已于2023年12月29日修改，内容正在复核。');
    expect(flagNotice('本测验', { ...flag, kind: 'practice', changeKind: 'deleted', article: 13 })).toBe('本测验引用的《公司法》第十三条已于2023年12月29日删除，内容正在复核。');
    expect(flagNotice('本课', { ...flag, changeKind: 'renumbered', article: 10, newArticle: 8 })).toBe('本课引用的《公司法》第十条已于2023年12月29日改为第八条，内容正在复核。');
  });
});
