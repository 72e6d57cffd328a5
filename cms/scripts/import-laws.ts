/**
 * `npm run import:laws -- <folder> [--only <substring>]… [--record]`
 * Imports a folder of Markdown laws in the corpus format; safe to run again (updates in place,
 * unchanged laws skipped by content hash). `--record` keeps a `law-imports` record of the run's
 * progress for the admin (法规导入记录) and prints only the summary. Stop the server first: a
 * second process writing the same SQLite file makes the server's writes fail with SQLITE_BUSY.
 */
import path from 'node:path';
import { importLaws, importSummary, type ImportReport } from '../importer/import-laws';
import { importWithRecord } from '../importer/import-record';
import { openPayload } from '../local-api';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const record = args.includes('--record');
if (!dir || (record && only.length)) {
  console.error('用法：npm run import:laws -- <法律文件夹> [--only 路径片段]… 或 npm run import:laws -- <法律文件夹> --record');
  process.exit(2);
}

const payload = await openPayload();
let report: ImportReport;
try {
  report = record
    ? await importWithRecord(payload, path.resolve(dir))
    : await importLaws({
        payload,
        dir: path.resolve(dir),
        only: only.length ? (rel) => only.some((o) => rel.includes(o)) : undefined,
        onProgress: (done, total, label) => {
          if (done % 25 === 0 || done === total) process.stdout.write(`\r导入中 ${done}/${total} ${label}\u001b[K`);
        },
      });
} catch (error) {
  console.error(`法规导入失败：${(error as Error).message}`);
  process.exit(1);
}
if (!record) {
  process.stdout.write('\n');
  for (const issue of report.issues) console.warn(`⚠ ${issue.file}:${issue.line} ${issue.message}`);
}
console.log(importSummary(report));
process.exit(report.outcomes.failed || report.rejected.length ? 1 : 0);
