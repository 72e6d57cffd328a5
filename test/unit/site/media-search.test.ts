import { describe, expect, it } from 'vitest';
import { mediaSearchDocs } from '../../../site/components/media/search-docs';
import { timeFromHash } from '../../../site/components/media/player-logic';
import { buildMemoryIndex, memoryEngine } from '../search/helpers';
import { lvju, pingshu } from './media-fixture';

const docs = mediaSearchDocs([lvju, pingshu]);
const { engine } = memoryEngine(buildMemoryIndex({ media: docs }));
const urls = async (query: string) => (await engine.search(query, { limit: 50 })).results.map((r) => decodeURI(r.url));

describe('media search documents', () => {
  it('makes one document per work and one per transcript line', () => {
    expect(docs.map((d) => d.id)).toEqual(['lvju-hunyin-ziyou', 'lvju-hunyin-ziyou/0000', 'lvju-hunyin-ziyou/0001', 'lvju-hunyin-ziyou/0002', 'pingshu-fangzha', 'pingshu-fangzha/0000']);
    expect(docs.every((d) => d.kind === 'media')).toBe(true);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('finds works by art form, the 戏曲 family, performer and law', async () => {
    expect(await urls('吕剧')).toContain('/media/lvju-hunyin-ziyou/');
    expect(await urls('戏曲')).toEqual(['/media/lvju-hunyin-ziyou/']);
    expect(await urls('评书')).toContain('/media/pingshu-fangzha/');
    expect(await urls('评书')).not.toContain('/media/lvju-hunyin-ziyou/');
    expect(await urls('吕剧团')).toEqual(['/media/lvju-hunyin-ziyou/']);
    expect(await urls('反电信网络诈骗法')).toEqual(['/media/pingshu-fangzha/']);
  });

  it('lands a transcript line on its moment', async () => {
    const hits = await urls('婚姻大事我做主');
    expect(hits).toEqual(['/media/lvju-hunyin-ziyou/#t=4']);
    expect(timeFromHash(new URL(hits[0]!, 'https://x.test').hash)).toBe(4);
    expect(await urls('彩礼八万')).toEqual(['/media/lvju-hunyin-ziyou/#t=12']);
  });
});
