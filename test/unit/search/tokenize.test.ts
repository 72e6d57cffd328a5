import { describe, expect, it } from 'vitest';
import { GramDictionary } from '../../../core/search/build-grams';
import { containsAll, coverOf, normalize, queryParts, tokenize } from '../../../core/search';
import { fieldLength, forEachGram, gramCounts, runsOf } from '../../../core/search/tokenize';

describe('normalize and runs', () => {
  it('NFKC-normalizes and lower-cases', () => {
    expect(normalize('１２３４８，ＰＲＣ Civil')).toBe('12348,prc civil');
  });

  it('cuts text into runs of letters and digits of any script', () => {
    expect(runsOf(normalize('《民法典》第12条，The Civil Code！'))).toEqual([
      ['民', '法', '典'],
      ['第', '1', '2', '条'],
      ['t', 'h', 'e'],
      ['c', 'i', 'v', 'i', 'l'],
      ['c', 'o', 'd', 'e'],
    ]);
    expect(fieldLength(normalize('民法典，第十条'))).toBe(6);
  });

  it('treats supplementary-plane ideographs as single characters', () => {
    expect(runsOf('𠀋𠀌')).toEqual([['𠀋', '𠀌']]);
  });
});

describe('index grams', () => {
  it('emits every gram of length 1 to 3 inside each run, never across a separator', () => {
    expect(tokenize('民法典').sort()).toEqual(['民', '民法', '民法典', '法', '法典', '典'].sort());
    expect(tokenize('民法，典')).not.toContain('法典');
    expect(tokenize('第12条')).toEqual(expect.arrayContaining(['第12', '12条', '2条', '第1']));
  });

  it('reports UTF-16 offsets, also after surrogate pairs', () => {
    const seen: [string, number][] = [];
    forEachGram('𠀋法 典', (g, o) => seen.push([g, o]));
    expect(seen).toEqual([
      ['𠀋', 0],
      ['𠀋法', 0],
      ['法', 2],
      ['典', 4],
    ]);
  });

  it('counts term frequencies', () => {
    expect(gramCounts('社区矫正社区').get('社区')).toBe(2);
  });

  it('has a fast dictionary that yields exactly the same grams and offsets', () => {
    const texts = ['民法典第十条规定', 'abc 12348热线，abc', '𠀋𠀌法𠀍 民法', '法𠀋法 法', ''];
    for (const text of texts) {
      const expected: [string, number][] = [];
      forEachGram(text, (g, o) => expected.push([g, o]));
      const dictionary = new GramDictionary();
      const actual: [string, number][] = [];
      dictionary.scan(text, (id, o) => actual.push([dictionary.terms[id]!, o]));
      expect(actual).toEqual(expected);
    }
  });

  it('gives one id per gram whichever path saw it first', () => {
    const dictionary = new GramDictionary();
    const ids = new Map<string, Set<number>>();
    for (const text of ['法𠀋', '民法', '法']) {
      dictionary.scan(text, (id) => {
        const gram = dictionary.terms[id]!;
        ids.set(gram, (ids.get(gram) ?? new Set()).add(id));
      });
    }
    expect([...ids.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set(dictionary.terms).size).toBe(dictionary.terms.length);
  });
});

describe('query parts and covers', () => {
  it('splits a query into normalized, deduplicated parts', () => {
    expect(queryParts('《民法典》 婚姻，民法典 ＡＢＣ')).toEqual(['民法典', '婚姻', 'abc']);
    expect(queryParts(' ，。！ ')).toEqual([]);
  });

  it('looks up short parts by themselves', () => {
    expect(coverOf('法')).toEqual([{ gram: '法', offset: 0 }]);
    expect(coverOf('民法')).toEqual([{ gram: '民法', offset: 0 }]);
    expect(coverOf('民法典')).toEqual([{ gram: '民法典', offset: 0 }]);
  });

  it('looks up longer parts by every trigram with its offset', () => {
    expect(coverOf('人民法院')).toEqual([
      { gram: '人民法', offset: 0 },
      { gram: '民法院', offset: 1 },
    ]);
    expect(coverOf('𠀋法典a')).toEqual([
      { gram: '𠀋法典', offset: 0 },
      { gram: '法典a', offset: 2 },
    ]);
  });

  it('uses only grams the index holds for any text containing the part', () => {
    const text = '依照《中华人民共和国民法典》第十条，12348热线';
    const indexed = new Set(tokenize(text));
    for (const part of ['民法典第十条'.slice(0, 3), '人民共和国民', '12348热线', '8热']) {
      if (!normalize(text).includes(part)) continue;
      for (const { gram } of coverOf(part)) expect(indexed).toContain(gram);
    }
  });

  it('defines a match as every part occurring verbatim', () => {
    expect(containsAll('民法典\n婚姻家庭', ['民法典', '婚姻'])).toBe(true);
    expect(containsAll('民法典\n婚姻家庭', ['民法典婚姻'])).toBe(false);
  });
});
