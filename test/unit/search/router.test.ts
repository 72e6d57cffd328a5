import { describe, expect, it } from 'vitest';
import { buildSegment } from '../../../core/search/build-segment';
import { gunzipSync } from 'node:zlib';
import { Shard } from '../../../core/search/codec';
import { coverOf, queryParts, tokenize } from '../../../core/search';
import { fnv1a, gramLength, shardOf, shardPath } from '../../../core/search/router';
import { FIXTURE } from './fixture';

describe('fnv1a and shard routing', () => {
  it('is 32-bit FNV-1a over UTF-16 code units', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('routes by gram length to a family and by hash to a shard', () => {
    expect(gramLength('民法典')).toBe(3);
    expect(gramLength('𠀋法')).toBe(2);
    expect(shardOf('民法', [4, 8, 16])).toEqual({ family: 2, index: fnv1a('民法') % 8 });
    expect(() => shardOf('民法典第', [4, 8, 16])).toThrow(RangeError);
  });

  const built = buildSegment('fixture', FIXTURE, { postingsPerShard: 20 });
  const shardAt = (family: number, index: number) => new Shard(new Uint8Array(gunzipSync(built.files.get(shardPath(family, index))!)));

  it('finds every indexed term in the shard the query side computes', () => {
    expect(built.info.shards.every((n) => n > 1)).toBe(true);
    for (const doc of FIXTURE) {
      for (const term of tokenize(`${doc.title} ${doc.text}`)) {
        const { family, index } = shardOf(term, built.info.shards);
        expect(shardAt(family, index).df(term), term).toBeGreaterThan(0);
      }
    }
  });

  it('routes query grams to the same shards as the index', () => {
    for (const query of ['民法典', '社区矫正 报告', '12348热线', '法律援助机构', '矫']) {
      for (const part of queryParts(query)) {
        for (const { gram } of coverOf(part)) {
          const { family, index } = shardOf(gram, built.info.shards);
          expect(shardAt(family, index).postings(gram), gram).not.toBeNull();
        }
      }
    }
  });
});
