import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collectPostings, encodeShards, quantizeTf } from '../../../core/search/build-postings';
import { ByteWriter, gunzip, Shard } from '../../../core/search/codec';
import { LruCache } from '../../../core/search/lru';
import { normalize } from '../../../core/search/tokenize';

const prepare = (title: string, body: string) => ({ title: normalize(title), body: normalize(body), titleLength: title.length, bodyLength: body.length });

describe('codec', () => {
  it('writes unsigned LEB128 varints', () => {
    const w = new ByteWriter();
    for (const v of [0, 127, 128, 300, 2 ** 28]) w.varint(v);
    expect([...w.result()]).toEqual([0, 127, 0x80, 1, 0xac, 2, 0x80, 0x80, 0x80, 0x80, 1]);
  });

  it('round-trips postings, values and position masks through a shard', () => {
    const docs = [prepare('民法典', '民法典规定'), prepare('刑法', '无'), prepare('婚姻', '民法典第一千零四十二条，民法典')];
    const table = collectPostings(docs);
    const { counts, shards } = encodeShards(table, 1, 1);
    expect(counts).toEqual([1, 1, 1]);
    const trigrams = new Shard(shards[2]![0]!);
    const p = trigrams.postings('民法典')!;
    expect([...p.docs]).toEqual([0, 2]);
    expect(p.values[0]! >> 4).toBeGreaterThan(0); // in the title of doc 0
    expect(p.values[1]! >> 4).toBe(0); // body only in doc 2
    expect(p.masks![1]).toBe((1 << 0) | (1 << 12)); // offsets 0 and 12 in doc 2's body
    expect(trigrams.postings('不存在')).toBeNull();
    const bigrams = new Shard(shards[1]![0]!);
    expect(bigrams.postings('刑法')!.masks).toBeUndefined();
    expect(bigrams.df('民法')).toBe(2);
  });

  it('quantizes lunr BM25 term-frequency factors to 1..15 and 0 for absent', () => {
    expect(quantizeTf(0, 10, 10)).toBe(0);
    expect(quantizeTf(1, 10, 10)).toBe(7);
    expect(quantizeTf(100, 10, 10)).toBe(15);
    expect(quantizeTf(1, 1000, 10)).toBe(1);
  });

  it('decompresses gzip and passes through bytes already decompressed', async () => {
    const raw = new TextEncoder().encode('民法典');
    expect(await gunzip(new Uint8Array(gzipSync(raw)))).toEqual(raw);
    expect(await gunzip(raw)).toBe(raw);
  });
});

describe('LruCache', () => {
  it('evicts least recently used entries beyond its budget', () => {
    const cache = new LruCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    cache.get('a');
    cache.set('c', 'C', 4);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.size).toBe(8);
    cache.resize('a', 'A', 20);
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
  });
});
