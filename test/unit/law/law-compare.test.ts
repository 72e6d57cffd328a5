import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  diffText,
  fateOfOldArticle,
  toComparable,
  type ArticleChange,
  type ComparableArticle,
} from '../../../core/law/compare';
import { parseLawMarkdown } from '../../../core/law/parse-law-markdown';
import { readCorpusFile } from '../../helpers/corpus';

const load = (file: string): ComparableArticle[] =>
  parseLawMarkdown({ text: readCorpusFile(file), path: file }).law!.articles.map(toComparable);

const art = (number: number, text: string, subNumber?: number): ComparableArticle => ({
  number,
  subNumber: subNumber ?? null,
  numberText: `第${number}条`,
  text,
});

const pairs = (changes: ArticleChange[]) =>
  changes.map((c) => `${c.kind}:${c.from?.number ?? '-'}→${c.to?.number ?? '-'}`);

describe('compareVersions on 公司法 2018 → 2023 (real corpus)', () => {
  const from = load('民法商法/公司法(2018-10-26).md');
  const to = load('民法商法/公司法(2023-12-29).md');
  const changes = compareVersions(from, to);
  const fate = (n: number) => fateOfOldArticle(changes, n)!;

  it('lists every article of both versions exactly once', () => {
    expect(from).toHaveLength(218);
    expect(to).toHaveLength(266);
    expect(changes.filter((c) => c.from).map((c) => c.from!.number).sort((a, b) => a - b)).toEqual(from.map((a) => a.number));
    expect(changes.filter((c) => c.to).map((c) => c.to!.number)).toEqual(to.map((a) => a.number));
  });

  it('matches an unchanged article that moved: 第十条 住所 → 第八条, 第三十六条 股东会 → 第五十八条', () => {
    expect(fate(10)).toMatchObject({ changed: false, now: { number: 8 }, change: { kind: 'renumbered', textChanged: false } });
    expect(fate(36)).toMatchObject({ changed: false, now: { number: 58 }, change: { kind: 'renumbered', similarity: 1 } });
  });

  it('finds modified text in place (第一条 adds 职工) and after a move (第五条 → 第十九条, 社会责任 moved out)', () => {
    expect(fate(1)).toMatchObject({ changed: true, now: { number: 1 }, change: { kind: 'modified' } });
    expect(fate(5)).toMatchObject({ changed: true, now: { number: 19 }, change: { kind: 'renumbered', textChanged: true } });
    // 第三十五条 grew a second paragraph as 第五十三条: matched by containment, not dropped.
    expect(fate(35)).toMatchObject({ changed: true, now: { number: 53 } });
  });

  it('reports the deleted 一人有限责任公司 and 无记名股票 articles and the added 名称权 article', () => {
    expect(fate(58)).toMatchObject({ changed: true, change: { kind: 'deleted' } });
    expect(fate(58).now).toBeUndefined();
    expect(fate(129).change.kind).toBe('deleted');
    const added = changes.find((c) => c.to?.number === 6)!;
    expect(added).toMatchObject({ kind: 'added', textChanged: true });
    expect(added.from).toBeUndefined();
  });

  it('lists changes in the order of the new version, deleted articles after their survivor', () => {
    const newNumbers = changes.filter((c) => c.to).map((c) => c.to!.number);
    expect(newNumbers).toEqual([...newNumbers].sort((a, b) => a - b));
    expect(fateOfOldArticle(changes, 999)).toBeUndefined();
  });
});

describe('compareVersions (synthetic)', () => {
  it('tells unchanged, modified, added and deleted apart when nothing moved', () => {
    const from = [art(1, '为了保护甲乙丙的合法权益，制定本法。'), art(2, '本法所称甲，是指乙。'), art(3, '丙应当依法登记。'), art(4, '本法自公布之日起施行。')];
    const to = [art(1, '为了保护甲乙丙的合法权益，制定本法。'), art(2, '本法所称甲，是指乙和丁。'), art(3, '完全不同的新规定，涉及戊己庚辛。'), art(4, '本法自公布之日起施行。'), art(5, '新增的附则条款文字。')];
    expect(pairs(compareVersions(from, to))).toEqual(['unchanged:1→1', 'modified:2→2', 'modified:3→3', 'unchanged:4→4', 'added:-→5']);
  });

  it('matches an inserted article and the shift after it as renumbered, with 之一 numbers kept apart', () => {
    const body = ['甲方应当履行合同约定的全部义务', '乙方有权要求甲方赔偿全部损失', '双方发生争议的可以申请仲裁解决'];
    const from = body.map((t, i) => art(i + 1, t));
    const to = [art(1, body[0]!), art(1, '新插入的一条关于电子合同的规定', 1), art(2, '全新的第二条关于数据保护的规定'), art(3, body[1]!), art(4, body[2]! + '或者诉讼')];
    const changes = compareVersions(from, to);
    expect(pairs(changes)).toEqual(['unchanged:1→1', 'added:-→1', 'added:-→2', 'renumbered:2→3', 'renumbered:3→4']);
    expect(changes[1]!.to!.subNumber).toBe(1);
    expect(changes[3]!.textChanged).toBe(false);
    expect(changes[4]!.textChanged).toBe(true);
    expect(changes[4]!.similarity).toBeGreaterThan(0.8);
  });

  it('treats a punctuation-only change as modified with similarity 1, and empty inputs as all added or deleted', () => {
    const [c] = compareVersions([art(1, '甲，乙。')], [art(1, '甲；乙。')]);
    expect(c).toMatchObject({ kind: 'modified', textChanged: true, similarity: 1 });
    expect(pairs(compareVersions([], [art(1, '甲乙')]))).toEqual(['added:-→1']);
    expect(pairs(compareVersions([art(1, '甲乙')], []))).toEqual(['deleted:1→-']);
  });
});

describe('diffText', () => {
  it('marks inserted and deleted characters and keeps the rest', () => {
    expect(diffText('保护公司、股东和债权人', '保护公司、股东、职工和债权人')).toEqual([
      { op: 'equal', text: '保护公司、股东' },
      { op: 'insert', text: '、职工' },
      { op: 'equal', text: '和债权人' },
    ]);
  });

  it('reads as old text → new text, with no one-character equal scraps between edits', () => {
    const parts = diffText('由董事长、执行董事或者经理担任', '由代表公司执行公司事务的董事或者经理担任');
    const rebuilt = (op: 'insert' | 'delete') => parts.filter((p) => p.op !== op).map((p) => p.text).join('');
    expect(rebuilt('insert')).toBe('由董事长、执行董事或者经理担任');
    expect(rebuilt('delete')).toBe('由代表公司执行公司事务的董事或者经理担任');
    parts.forEach((p, i) => {
      if (p.op === 'equal' && i > 0 && i < parts.length - 1) expect([...p.text].length).toBeGreaterThan(2);
    });
    expect(diffText('相同', '相同')).toEqual([{ op: 'equal', text: '相同' }]);
  });
});
