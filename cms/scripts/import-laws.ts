/**
 * `npm run import:laws -- <folder> [--only <substring>]… [--record]`
 * Imports a folder of Markdown laws in the corpus format; safe to run again (updates in place,
 * unchanged laws skipped by content hash). `--record` keeps a `law-imports` record of the run's
 * progress for the admin and prints only the summary (the background import of `npm start`).
 */
import path from 'node:path';
import { importLaws, type ImportOptions } from '../importer/import-laws';
import { type ImportRecorder, startImportRecord } from '../importer/import-record';
import { openPayload } from '../local-api';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const record = args.includes('--record');
if (!dir) {
  console.error('用法：npm run import:laws -- <法律文件夹> [--only 路径片段]… [--record]');
  process.exit(2);
}

const payload = await openPayload();
const recorder: ImportRecorder | null = record ? await startImportRecord(payload, path.resolve(dir)) : null;
const onProgress: ImportOptions['onProgress'] =
  recorder?.onProgress ??
  ((done, total, label) => {
    if (done % 25 === 0 || done === total) process.stdout.write(`\r导入中 ${done}/${total} ${label}\u001b[K`);
  });
let report: Awaited<ReturnType<typeof importLaws>>;
try {
  report = await importLaws({
    payload,
    dir: path.resolve(dir),
    only: only.length ? (rel) => only.some((o) => rel.includes(o)) : undefined,
    onStart: recorder?.onStart,
    onProgress,
  });
} catch (error) {
  await recorder?.fail(error);
  console.error(`法规导入失败：${(error as Error).message}`);
  process.exit(1);
}
await recorder?.finish(report);
if (!recorder) {
  process.stdout.write('\n');
  for (const issue of report.issues) console.warn(`⚠ ${issue.file}:${issue.line} ${issue.message}`);
}
console.log(
  `法规导入完成：${report.files} 个文件，${report.versions} 个版本，${report.articles} 条；` +
    `新增 ${report.outcomes.created}，更新 ${report.outcomes.updated}，未变 ${report.outcomes.unchanged}，` +
    `失败 ${report.outcomes.failed}，因文件错误未导入 ${report.rejected.length} 部；问题 ${report.issues.length} 个；用时 ${report.seconds.toFixed(1)} 秒`,
);
process.exit(report.outcomes.failed || report.rejected.length ? 1 : 0);
