/**
 * The rest of the corpus, imported after the server is up so that `npm start` stays quick. It
 * runs inside the server process on the server's own Payload instance, so its transactions queue
 * with the server's on one connection (cms/database-serial.ts): a second process writing the same
 * SQLite file made the server's writes fail with SQLITE_BUSY while a large law was being stored.
 * Admins follow it in 法规导入记录 (law-imports). Unchanged laws are skipped by content hash, so
 * a run cut short resumes on the next start. Off with PUFA_BACKGROUND_IMPORT=off, or without a corpus.
 */
import type { Payload } from 'payload';
import { SKIP_PUBLISH } from '../publish/hook';
import { publishRegistry, wakeServerPayload } from '../publish/registry';
import { corpusDirOrNull } from './corpus-dir';
import { importSummary, type ImportReport } from './import-laws';
import { importWithRecord } from './import-record';

/** True unless PUFA_BACKGROUND_IMPORT=off. */
export const backgroundImportEnabled = (): boolean => process.env.PUFA_BACKGROUND_IMPORT !== 'off';

export interface BackgroundImportOptions {
  /** The server's port: one request there makes Next initialise the server's Payload instance. */
  port?: number;
  /** The Payload instance to import with (tests); default: the server's. */
  payload?: Payload;
  /** Called after a run; by default asks the publish loop (if any) for a build when laws were stored. */
  onDone?: (report: ImportReport) => void | Promise<void>;
}

/** Asks the publish loop of this process, if any, to rebuild the site with newly stored laws. */
function publishImportedLaws(report: ImportReport): void {
  if (report.outcomes.created + report.outcomes.updated === 0) return;
  publishRegistry().loop?.change([{ collection: 'law-imports', id: 'corpus', title: `法律语料库后台导入（新增或更新 ${report.outcomes.created + report.outcomes.updated} 个版本）` }]);
}

/**
 * Starts the background import of the full corpus and returns its run (resolving with the report,
 * or null when it failed; it never rejects), or null when disabled or no corpus is found.
 */
export function startBackgroundLawImport({ port, payload, onDone = publishImportedLaws }: BackgroundImportOptions = {}): Promise<ImportReport | null> | null {
  const dir = corpusDirOrNull();
  if (!backgroundImportEnabled() || !dir) return null;
  console.log(`后台导入完整法律语料库：${dir}（进度见管理后台“法规导入记录”；PUFA_BACKGROUND_IMPORT=off 可关闭）`);
  return (async () => {
    try {
      // One site build after the run (onDone), not one every 30 s while ~2,000 laws are stored.
      const report = await importWithRecord(payload ?? (await wakeServerPayload(port)), dir, { [SKIP_PUBLISH]: true });
      console.log(`后台${importSummary(report)}`);
      await onDone(report);
      return report;
    } catch (error) {
      console.error(`后台法规导入失败：${(error as Error).message}`);
      return null;
    }
  })();
}
