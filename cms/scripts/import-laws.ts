/**
 * `npm run import:laws -- <folder> [--only <substring>]…`
 * Imports a folder of Markdown laws in the corpus format; safe to run again (updates in place).
 */
import path from 'node:path';
import { importLaws } from '../importer/import-laws';
import { openPayload } from '../local-api';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
if (!dir) {
  console.error('用法：npm run import:laws -- <法律文件夹> [--only 路径片段]…');
  process.exit(2);
}

const payload = await openPayload();
const report = await importLaws({
  payload,
  dir: path.resolve(dir),
  only: only.length ? (rel) => only.some((o) => rel.includes(o)) : undefined,
  onProgress: (done, total, label) => {
    if (done % 25 === 0 || done === total) process.stdout.write(`\r导入中 ${done}/${total} ${label}\u001b[K`);
  },
});
process.stdout.write('\n');
for (const issue of report.issues) console.warn(`⚠ ${issue.file}:${issue.line} ${issue.message}`);
console.log(
  `完成：${report.files} 个文件，${report.versions} 个版本，${report.articles} 条；` +
    `新增 ${report.outcomes.created}，更新 ${report.outcomes.updated}，未变 ${report.outcomes.unchanged}，` +
    `失败 ${report.outcomes.failed}，因文件错误未导入 ${report.rejected.length} 部；问题 ${report.issues.length} 个；用时 ${report.seconds.toFixed(1)} 秒`,
);
process.exit(report.outcomes.failed || report.rejected.length ? 1 : 0);
