/** Where the full law corpus is, if anywhere: PUFA_CORPUS_DIR, else ../shared/corpus/laws beside the repository. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../paths';

/** The folder the full corpus is looked for in. */
export const corpusDirWanted = (): string =>
  path.resolve(process.env.PUFA_CORPUS_DIR || path.join(ROOT_DIR, '..', 'shared', 'corpus', 'laws'));

/** The full corpus folder when it exists, else null (a clone on its own has only content/laws). */
export function corpusDirOrNull(): string | null {
  const dir = corpusDirWanted();
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** What to do without a full corpus: said once, in Chinese, instead of a stack trace. */
export function corpusHelp(): string {
  const where = process.env.PUFA_CORPUS_DIR ? `PUFA_CORPUS_DIR=${process.env.PUFA_CORPUS_DIR}` : '../shared/corpus/laws';
  return [
    `未找到完整的法律语料库（${where} 不存在）。`,
    '演示所需的法律已随仓库提供（content/laws），演示照常运行。如需全部约 2,000 部法律法规：',
    '  git clone --depth 1 https://github.com/LawRefBook/Laws.git ../LawRefBook-Laws',
    '  再设置 PUFA_CORPUS_DIR 指向其中存放法律 Markdown 的文件夹，例如',
    '  PUFA_CORPUS_DIR=../LawRefBook-Laws npm start',
  ].join('\n');
}
