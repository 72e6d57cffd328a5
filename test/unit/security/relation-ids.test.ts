/** Ids a write names in relationship fields (cms/security/relation-ids.ts). */
import type { FlattenedField } from 'payload';
import { describe, expect, it } from 'vitest';
import { relationIds } from '../../../cms/security/relation-ids';

const fields = [
  { name: 'agency', label: '单位', type: 'relationship', relationTo: 'agencies' },
  { name: 'media', type: 'upload', relationTo: 'media', hasMany: true },
  { name: 'about', label: '关联', type: 'relationship', relationTo: ['laws', 'campaigns'] },
  { name: 'title', type: 'text' },
  { name: 'items', type: 'array', flattenedFields: [{ name: 'law', label: '法律', type: 'relationship', relationTo: 'laws' }] },
  { name: 'meta', type: 'group', flattenedFields: [{ name: 'owner', type: 'relationship', relationTo: 'users' }] },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'cite', flattenedFields: [{ name: 'article', type: 'relationship', relationTo: 'law-articles' }] }],
  },
] as unknown as FlattenedField[];

describe('relationIds', () => {
  it('finds ids at the top level and inside arrays, groups, blocks and polymorphic values', () => {
    const named = relationIds(fields, {
      agency: 3,
      media: ['4', { id: 5 }],
      about: { relationTo: 'campaigns', value: 6 },
      title: '12',
      items: [{ law: 7 }, { law: null }],
      meta: { owner: 8 },
      layout: [{ blockType: 'cite', article: 9 }, { blockType: 'unknown', article: 10 }],
    });
    expect(named).toEqual([
      { collection: 'agencies', id: 3, label: '单位' },
      { collection: 'media', id: 4, label: 'media' },
      { collection: 'media', id: 5, label: 'media' },
      { collection: 'campaigns', id: 6, label: '关联' },
      { collection: 'laws', id: 7, label: '法律' },
      { collection: 'users', id: 8, label: 'owner' },
      { collection: 'law-articles', id: 9, label: 'article' },
    ]);
  });

  it('ignores values Payload validates itself and data that is not a document', () => {
    expect(relationIds(fields, { agency: 'abc', about: { relationTo: 'other', value: 1 } })).toEqual([]);
    expect(relationIds(fields, null)).toEqual([]);
    expect(relationIds(fields, [1, 2])).toEqual([]);
  });
});
