import { describe, it, expect } from 'vitest';
import { normalize, tokenize, tokenizeQuery } from '../../../core/search';

describe('tokenize', () => {
  it('emits overlapping bigrams for ideographic runs', () => {
    expect(tokenize('民法典')).toEqual(['民法', '法典']);
    expect(tokenize('法律援助')).toEqual(['法律', '律援', '援助']);
  });

  it('emits the unigram for a one-character run', () => {
    expect(tokenize('法')).toEqual(['法']);
    expect(tokenize('第12条')).toEqual(['第', '12', '条']);
  });

  it('lower-cases Latin words and keeps digit runs whole', () => {
    expect(tokenize('The Civil CODE 2020')).toEqual(['the', 'civil', 'code', '2020']);
  });

  it('NFKC-normalizes full-width digits and letters', () => {
    expect(tokenize('１２３４８热线')).toEqual(['12348', '热线']);
    expect(tokenize('ＡＢＣ')).toEqual(['abc']);
    expect(normalize('１２３４８，ＰＲＣ')).toBe('12348,prc');
  });

  it('drops punctuation and whitespace, which also end runs', () => {
    expect(tokenize('《民法典》，婚姻！\n 家庭')).toEqual(['民法', '法典', '婚姻', '家庭']);
    expect(tokenize('  ，。、——  ')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('treats supplementary-plane ideographs as single characters', () => {
    expect(tokenize('𠀋𠀌𠀍')).toEqual(['𠀋𠀌', '𠀌𠀍']);
  });
});

describe('tokenizeQuery', () => {
  const plain = (q: string) => tokenizeQuery(q).terms.map((t) => t.term);

  it('uses the same bigrams as the index for ideographic queries', () => {
    for (const q of ['民法典', '法律援助', '社区矫正', '营商环境', '婚姻家庭编']) {
      expect(plain(q)).toEqual(tokenize(q));
      expect(tokenizeQuery(q).terms.every((t) => !t.leading && !t.trailing)).toBe(true);
    }
  });

  it('turns a single character into a wildcard term on the bigrams', () => {
    expect(tokenizeQuery('法')).toEqual({ parts: ['法'], terms: [{ term: '法', leading: true, trailing: true }] });
  });

  it('marks only the runs at part boundaries as possibly partial', () => {
    expect(tokenizeQuery('第12条').terms).toEqual([
      { term: '第', leading: true, trailing: false },
      { term: '12', leading: false, trailing: false },
      { term: '条', leading: false, trailing: true },
    ]);
    expect(tokenizeQuery('热线１２３４８').terms).toEqual([
      { term: '热线', leading: false, trailing: false },
      { term: '12348', leading: false, trailing: true },
    ]);
  });

  it('splits parts on whitespace and punctuation and dedupes terms', () => {
    const q = tokenizeQuery('《民法典》 婚姻，民法典');
    expect(q.parts).toEqual(['民法典', '婚姻', '民法典']);
    expect(q.terms.map((t) => t.term)).toEqual(['民法', '法典', '婚姻']);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    expect(tokenizeQuery('')).toEqual({ parts: [], terms: [] });
    expect(tokenizeQuery(' ，。！ ')).toEqual({ parts: [], terms: [] });
  });
});
