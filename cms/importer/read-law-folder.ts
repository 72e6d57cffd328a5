import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isBlockingIssue } from '../../core/law/issue-severity';
import { parseLawMarkdown } from '../../core/law/parse-law-markdown';
import type { LawParseIssue, ParsedLawFile } from '../../core/law/types';

/** All Markdown law files below `dir`, as corpus-relative paths in a stable order. */
export async function listLawFiles(dir: string, only?: (relPath: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== '_index.md')
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !only || only(rel))
    .sort();
}

/**
 * Reads and parses the files. A file that cannot be read or parsed becomes an issue naming the
 * file and line; the other files go on.
 */
export async function readLawFolder(
  dir: string,
  files: string[],
): Promise<{ parsed: { file: string; law: ParsedLawFile }[]; issues: LawParseIssue[]; rejectedSlugs: Set<string> }> {
  const parsed: { file: string; law: ParsedLawFile }[] = [];
  const issues: LawParseIssue[] = [];
  const rejectedSlugs = new Set<string>();
  for (const file of files) {
    try {
      const text = await readFile(path.join(dir, file), 'utf8');
      const result = parseLawMarkdown({ text, path: file });
      issues.push(...result.issues);
      const blocking = result.issues.filter(isBlockingIssue);
      if (blocking.length) {
        if (result.law) rejectedSlugs.add(result.law.slug);
        issues.push({ file, line: blocking[0]!.line, message: '文件有错误，未导入（同一法律的其他文件也不导入）', kind: 'unusable' });
      } else if (result.law) parsed.push({ file, law: result.law });
    } catch (error) {
      issues.push({ file, line: 0, message: `无法读取或解析：${(error as Error).message}` });
    }
  }
  return { parsed, issues, rejectedSlugs };
}
