import { describe, expect, it } from 'vitest';
import { facetPages, facetsOf, formLabel, itemsIn, mediaUrl, valuesOf } from '../../../site/components/media/library';
import { lvju, pingshu } from './media-fixture';

const names = {
  law: (slug: string) => (slug === '民法典' || slug === '反电信网络诈骗法' ? `《${slug}》` : undefined),
  campaign: (id: string) => (id === '12' ? '婚俗改革进乡村' : undefined),
};

describe('media library browsing', () => {
  const items = [lvju, pingshu, { ...lvju, slug: 'jingju', operaKind: '京剧', campaignIds: ['99'] }];

  it('puts an opera work under 戏曲 and under its kind', () => {
    expect(valuesOf(lvju, 'form')).toEqual(['戏曲', '吕剧']);
    expect(itemsIn(items, 'form', '戏曲').map((m) => m.slug)).toEqual(['lvju-hunyin-ziyou', 'jingju']);
    expect(itemsIn(items, 'form', '吕剧').map((m) => m.slug)).toEqual(['lvju-hunyin-ziyou']);
    expect(itemsIn(items, 'form', '评书').map((m) => m.slug)).toEqual(['pingshu-fangzha']);
    expect(formLabel(lvju)).toBe('戏曲·吕剧');
    expect(formLabel(pingshu)).toBe('评书');
  });

  it('counts facet values, kinds nested under 戏曲, unnamed campaigns left out', () => {
    const facets = facetsOf(items, names);
    const form = facets.find((f) => f.key === 'form')!;
    expect(form.values.map((v) => [v.label, v.count])).toEqual([['戏曲', 2], ['评书', 1]]);
    expect(form.values[0]!.children!.map((v) => [v.label, v.count, v.url])).toEqual([
      ['京剧', 1, '/media/form/%E4%BA%AC%E5%89%A7/'],
      ['吕剧', 1, '/media/form/%E5%90%95%E5%89%A7/'],
    ]);
    const audience = facets.find((f) => f.key === 'audience')!;
    expect(audience.values.map((v) => [v.label, v.count])).toEqual([['法律明白人', 3], ['国家工作人员', 2]]);
    const campaign = facets.find((f) => f.key === 'campaign')!;
    expect(campaign.values.map((v) => v.label)).toEqual(['婚俗改革进乡村']);
    expect(facets.find((f) => f.key === 'law')!.values.map((v) => v.label)).toEqual(['《民法典》', '《反电信网络诈骗法》']);
  });

  it('builds one page per facet value that holds an item', () => {
    const pages = facetPages(items).map((p) => `${p.key}/${p.value}`);
    expect(pages).toEqual(['form/戏曲', 'form/吕剧', 'form/评书', 'form/京剧', 'law/民法典', 'law/反电信网络诈骗法', 'audience/village', 'audience/officials', 'campaign/12', 'campaign/99']);
    expect(facetsOf([], names)).toEqual([]);
  });

  it('links items by slug', () => {
    expect(mediaUrl({ slug: 'lvju-hunyin-ziyou' })).toBe('/media/lvju-hunyin-ziyou/');
  });
});
