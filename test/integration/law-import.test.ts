/**
 * The law importer on real corpus files copied into a temporary folder: import, idempotent
 * re-import, edits become updates, a new dated file becomes a new version, broken files are
 * reported with file and line while the rest goes on, and a failing law is rolled back whole.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload, Where } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LawVersionInput } from '../../core/law/group-versions';
import { importLaws, storeVersions } from '../../cms/importer/import-laws';
import { CORPUS_DIR } from '../helpers/corpus';

// This file deletes and re-imports real laws, so it gets a database of its own: other files'
// questions cite those laws. Set before Payload's config is first imported (files are isolated).
if (!process.env.DATABASE_URI?.startsWith('mongodb')) {
  process.env.DATABASE_URI = `file:${path.join(process.env.PUFA_DATA_DIR ?? tmpdir(), 'law-import.db')}`;
}
const { testPayload } = await import('../helpers/payload');

const FILES = ['宪法/宪法.md', '行政法/行政处罚法(2021-01-22).md', '民法典/婚姻家庭编.md', '民法典/继承编.md'];
let payload: Payload;
let dir: string;

const put = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const lawBySlug = async (slug: string) =>
  (await payload.find({ collection: 'laws', where: { slug: { equals: slug } }, depth: 0 })).docs[0];
const articlesOf = async (slug: string, versionDate?: string) => {
  const law = await lawBySlug(slug);
  const where: Where = versionDate
    ? { and: [{ law: { equals: law!.id } }, { 'version.versionDate': { equals: versionDate } }] }
    : { and: [{ law: { equals: law!.id } }, { 'version.isCurrent': { equals: true } }] };
  return (await payload.find({ collection: 'law-articles', where, pagination: false, sort: 'number', depth: 0 })).docs;
};

beforeAll(async () => {
  payload = await testPayload();
  // Start from a clean slate for the laws this file imports (re-runs against a kept database).
  const slugs = ['宪法', '行政处罚法', '民法典', '坏文件法', '回滚测试法'];
  const laws = (await payload.find({ collection: 'laws', where: { slug: { in: slugs } }, pagination: false })).docs;
  const ids = laws.map((l) => l.id);
  await payload.delete({ collection: 'law-articles', where: { law: { in: ids } } });
  await payload.delete({ collection: 'law-versions', where: { law: { in: ids } } });
  await payload.delete({ collection: 'laws', where: { id: { in: ids } } });
  dir = mkdtempSync(path.join(tmpdir(), 'pufa-laws-'));
  for (const rel of FILES) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(path.join(CORPUS_DIR, rel), path.join(dir, rel));
  }
  put('行政法/坏文件(2020-01-01).md', '# 中华人民共和国坏文件法\n\n<!-- INFO END -->\n\n第一条 甲。\n\n第二条 乙。\n\n第二条 重复的条号。\n');
  put('其他/_index.md', '---\nbookCollapseSection: true\n---');
});

describe('importLaws', () => {
  it('imports the folder, merges 民法典 编 files into one law, and reports broken files', async () => {
    const report = await importLaws({ payload, dir });
    expect(report.files).toBe(5);
    expect(report.outcomes).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(report.rejected).toEqual(['坏文件法']);
    const bad = report.issues.filter((i) => i.file === '行政法/坏文件(2020-01-01).md');
    expect(bad.map((i) => i.line)).toContain(9);
    expect(await lawBySlug('坏文件法')).toBeUndefined();

    const civil = await lawBySlug('民法典');
    expect(civil).toMatchObject({ title: '中华人民共和国民法典', level: '法律', currentVersionDate: '2020-05-28' });
    const civilArticles = await articlesOf('民法典');
    expect(civilArticles.length).toBe(79 + 45);
    const a1042 = civilArticles.find((a) => a.number === 1042)!;
    expect(a1042.text.split('\n')).toHaveLength(3);
    expect(a1042.chapterPath).toBe('婚姻家庭编 / 第一章 一般规定');

    const constitution = await lawBySlug('宪法');
    expect(constitution).toMatchObject({ level: '宪法', articleCount: 143 });
    const version = (await payload.find({ collection: 'law-versions', where: { law: { equals: constitution!.id } } })).docs[0]!;
    expect((version.sections as { heading: string }[]).map((s) => s.heading)).toContain('序言');
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await payload.count({ collection: 'law-articles' });
    const report = await importLaws({ payload, dir });
    expect(report.outcomes).toEqual({ created: 0, updated: 0, unchanged: 3, failed: 0 });
    expect(await payload.count({ collection: 'law-articles' })).toEqual(before);
    const slugs = ['宪法', '行政处罚法', '民法典'];
    expect((await payload.count({ collection: 'laws', where: { slug: { in: slugs } } })).totalDocs).toBe(3);
    expect((await payload.count({ collection: 'law-versions', where: { 'law.slug': { in: slugs } } })).totalDocs).toBe(3);
  });

  it('re-imports an edited file as an update of the same version', async () => {
    const rel = '行政法/行政处罚法(2021-01-22).md';
    const original = readFileSync(path.join(dir, rel), 'utf8');
    put(rel, original.replace('第五条 行政处罚遵循公正、公开的原则。', '第五条 行政处罚遵循公正、公开的原则（测试修改）。'));
    const report = await importLaws({ payload, dir, only: (p) => p === rel });
    expect(report.outcomes.updated).toBe(1);
    const articles = await articlesOf('行政处罚法');
    expect(articles).toHaveLength(86);
    expect(articles.find((a) => a.number === 5)!.text).toContain('（测试修改）');
  });

  it('imports a new dated file as a new version that becomes current', async () => {
    const text = readFileSync(path.join(dir, '行政法/行政处罚法(2021-01-22).md'), 'utf8');
    put('行政法/行政处罚法(2030-01-01).md', text.replace(/\n第八十六条 [^\n]*(\n|$)/, '\n'));
    const report = await importLaws({ payload, dir, only: (p) => p.includes('行政处罚法') });
    expect(report.outcomes).toMatchObject({ created: 1, unchanged: 1 });
    const law = await lawBySlug('行政处罚法');
    expect(law).toMatchObject({ currentVersionDate: '2030-01-01', articleCount: 85 });
    const versions = await payload.find({ collection: 'law-versions', where: { law: { equals: law!.id } }, sort: 'versionDate' });
    expect(versions.docs.map((v) => [v.versionDate, v.isCurrent])).toEqual([
      ['2021-01-22', false],
      ['2030-01-01', true],
    ]);
    expect(await articlesOf('行政处罚法', '2021-01-22')).toHaveLength(86);
  });

  it('rolls a law back whole when storing fails part-way', async () => {
    const good = { number: 1, numberText: '第一条', chapterPath: [], paragraphs: ['第一条内容。'], line: 5 };
    const broken: LawVersionInput = {
      slug: '回滚测试法',
      title: '回滚测试法',
      level: '法律',
      category: '测试',
      versionDate: '2024-01-01',
      history: [],
      sections: [],
      // The second article has no text: the database rejects it after the law, the version
      // and the first article were already written inside the transaction.
      articles: [good, { ...good, number: 2, numberText: '第二条', paragraphs: null as never }],
      sourceFiles: ['测试/回滚测试法(2024-01-01).md'],
      contentHash: 'x',
    };
    const result = await storeVersions(payload, [broken]);
    expect(result.outcomes.failed).toBe(1);
    expect(result.issues[0]!.message).toContain('已回滚');
    expect(await lawBySlug('回滚测试法')).toBeUndefined();
    expect((await payload.count({ collection: 'law-versions', where: { title: { equals: '回滚测试法' } } })).totalDocs).toBe(0);
  });
});
