import type { CollectionConfig } from 'payload';
import { anyone, contentCurators } from '../access/rules';
import { existingLawArticle } from '../fields/law-article';
import { existingRelation } from '../fields/validators';

/**
 * The search thesaurus (检索同义词): what people call a rule (离婚冷静期, 高空抛物) → the articles
 * that state it. The site build exports every entry into the search data; a query naming a term
 * shows its articles first. Read by anyone: the entries are published with the search index.
 */
export const SearchAliases: CollectionConfig = {
  slug: 'search-aliases',
  labels: { singular: '检索同义词', plural: '检索同义词' },
  admin: { group: '法律法规库', useAsTitle: 'term', defaultColumns: ['term', 'variants', 'articles'], listSearchableFields: ['term'] },
  access: { read: anyone, create: contentCurators, update: contentCurators, delete: contentCurators },
  fields: [
    { name: 'term', label: '常用说法', type: 'text', required: true, unique: true, admin: { description: '群众的日常说法，如“离婚冷静期”。' } },
    { name: 'variants', label: '其他说法', type: 'text', hasMany: true, admin: { description: '同一意思的其他叫法，检索时同样命中。' } },
    {
      name: 'articles',
      label: '对应条文',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: '条文', plural: '条文' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'law',
              label: '法律法规',
              type: 'relationship',
              relationTo: 'laws',
              required: true,
              validate: existingRelation('laws', { invalid: '法律法规编号无效', missing: '所选法律法规不存在' }),
            },
            {
              name: 'article',
              label: '条号',
              type: 'number',
              required: true,
              validate: existingLawArticle(),
              admin: { description: '阿拉伯数字，如 1077 表示第一千零七十七条。' },
            },
          ],
        },
      ],
    },
    { name: 'related', label: '相关说法', type: 'text', hasMany: true, admin: { description: '可以一并了解的其他常用说法。' } },
  ],
};
