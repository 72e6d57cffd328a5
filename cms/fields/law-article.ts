/**
 * Validator factory for a cited article number: the sibling `law` must have an article with this
 * number in its current version (the text the site shows and the search index holds).
 */
import type { NumberFieldSingleValidation } from 'payload';
import { toChineseNumeral } from '../../core/law/chinese-numerals';

/** The article number exists in the current version of the sibling `law` (e.g. an alias target). */
export const existingLawArticle = (): NumberFieldSingleValidation => async (value, { req, siblingData }) => {
  if (value == null) return '请填写条号';
  if (!Number.isInteger(value) || value < 1) return '条号须为正整数（如 1077 表示第一千零七十七条）';
  const law = (siblingData as { law?: unknown }).law;
  const lawId = typeof law === 'object' && law !== null ? (law as { id: unknown }).id : law;
  if (lawId == null || lawId === '') return true; // the law field reports its own absence
  const found = await req.payload.find({
    collection: 'law-articles',
    where: { law: { equals: lawId }, number: { equals: value }, 'version.isCurrent': { equals: true } },
    limit: 1,
    depth: 0,
    req,
  });
  if (found.docs.length > 0) return true;
  const title = await req.payload
    .findByID({ collection: 'laws', id: lawId as number, depth: 0, req, disableErrors: true })
    .then((l) => l?.title);
  return title ? `《${title}》现行版本中没有第${toChineseNumeral(value)}条` : '所选法律法规不存在';
};
