import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload';
import { groupLawVersions, type LawVersionInput } from '../../core/law/group-versions';
import type { LawParseIssue } from '../../core/law/types';
import { listLawFiles, readLawFolder } from './read-law-folder';
import { yieldToServer } from './yield';
import { type StoreOutcome, storeLawVersion } from './store-law-version';
import { flagStaleCitations } from '../collections/CitationReviews/flag-stale';

export interface ImportReport {
  files: number;
  versions: number;
  articles: number;
  outcomes: Record<StoreOutcome | 'failed', number>;
  /** Laws left out whole because one of their files has a blocking problem. */
  rejected: string[];
  issues: LawParseIssue[];
  seconds: number;
}

export interface ImportOptions {
  payload: Payload;
  dir: string;
  /** Keep only some corpus-relative paths (the demo seed imports a subset). */
  only?: (relPath: string) => boolean;
  /** `req.context` of every write (e.g. SKIP_PUBLISH when the caller announces the import itself). */
  context?: Record<string, unknown>;
  /** Once the folder is read and grouped: how many files, and how many versions will be stored. */
  onStart?: (files: number, versions: number) => void;
  /** After each version: how many are done, of how many, which one, and the outcomes so far. */
  onProgress?: (done: number, total: number, label: string, outcomes: Readonly<Record<StoreOutcome | 'failed', number>>) => void;
}

/**
 * Imports a folder in the corpus format. Each law version is written in its own transaction:
 * a failure rolls that version back whole, is reported, and the import goes on.
 */
export async function importLaws({ payload, dir, only, context, onStart, onProgress }: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const files = await listLawFiles(dir, only);
  const { parsed, issues, rejectedSlugs } = await readLawFolder(dir, files);
  // A law with one broken file (e.g. one 编 of 民法典) is left out whole, never stored in part.
  const grouped = groupLawVersions(parsed.filter((p) => !rejectedSlugs.has(p.law.slug)));
  issues.push(...grouped.issues);
  onStart?.(files.length, grouped.versions.length);
  const stored = await storeVersions(payload, grouped.versions, onProgress, context);
  return {
    files: files.length,
    versions: grouped.versions.length,
    ...stored,
    rejected: [...rejectedSlugs].sort(),
    issues: [...issues, ...stored.issues],
    seconds: (performance.now() - started) / 1000,
  };
}

/** Stores versions one transaction each; a failing version is rolled back and reported. */
export async function storeVersions(
  payload: Payload,
  versions: LawVersionInput[],
  onProgress?: ImportOptions['onProgress'],
  context: Record<string, unknown> = {},
): Promise<Pick<ImportReport, 'articles' | 'outcomes' | 'issues'>> {
  const outcomes = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const issues: LawParseIssue[] = [];
  let articles = 0;
  for (const [i, version] of versions.entries()) {
    const req = await createLocalReq({ context }, payload);
    await initTransaction(req);
    try {
      const outcome = await storeLawVersion(payload, req, version);
      if (outcome !== 'unchanged') await flagStaleCitations(payload, req, version);
      outcomes[outcome] += 1;
      await commitTransaction(req);
      articles += version.articles.length;
    } catch (error) {
      await killTransaction(req);
      outcomes.failed += 1;
      issues.push({ file: version.sourceFiles.join(', '), line: 0, message: `导入失败，已回滚：${(error as Error).message}` });
    }
    onProgress?.(i + 1, versions.length, `${version.slug}（${version.versionDate}）`, outcomes);
    await yieldToServer();
  }
  return { articles, outcomes, issues };
}

/** One line saying what a run did, as the import command and the background import print it. */
export const importSummary = (report: ImportReport): string =>
  `法规导入完成：${report.files} 个文件，${report.versions} 个版本，${report.articles} 条；` +
  `新增 ${report.outcomes.created}，更新 ${report.outcomes.updated}，未变 ${report.outcomes.unchanged}，` +
  `失败 ${report.outcomes.failed}，因文件错误未导入 ${report.rejected.length} 部；问题 ${report.issues.length} 个；用时 ${report.seconds.toFixed(1)} 秒`;
