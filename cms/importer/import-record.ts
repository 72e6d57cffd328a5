/**
 * The `law-imports` record of one import run: created when the run starts, updated with its
 * progress at most every few seconds, closed with the report or the error. Admins watch it in
 * the admin (法规导入记录). A run left `running` by a process that died is marked `interrupted`
 * when the next run starts; that run resumes, since unchanged laws are skipped by content hash.
 */
import type { Payload } from 'payload';
import type { LawImport } from '../payload-types';
import { importLaws, type ImportOptions, type ImportReport } from './import-laws';

const PROGRESS_EVERY_MS = 2_000;
const LISTED_ISSUES = 200;

export interface ImportRecorder {
  id: LawImport['id'];
  onStart: NonNullable<ImportOptions['onStart']>;
  onProgress: NonNullable<ImportOptions['onProgress']>;
  finish: (report: ImportReport) => Promise<void>;
  fail: (error: unknown) => Promise<void>;
}

/** Opens the record of a run over `source`; earlier runs still marked running become interrupted. */
export async function startImportRecord(payload: Payload, source: string): Promise<ImportRecorder> {
  const now = () => new Date().toISOString();
  await payload.update({ collection: 'law-imports', where: { status: { equals: 'running' } }, data: { status: 'interrupted' }, depth: 0 });
  const record = await payload.create({ collection: 'law-imports', data: { status: 'running', source, startedAt: now(), heartbeatAt: now() }, depth: 0 });
  const update = (data: Partial<LawImport>) => payload.update({ collection: 'law-imports', id: record.id, data, depth: 0 });
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  return {
    id: record.id,
    onStart: (files, versionsTotal) => {
      pending = pending.then(() => update({ files, versionsTotal, heartbeatAt: now() })).catch(() => {});
    },
    onProgress: (done, total, current, outcomes) => {
      if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return;
      last = Date.now();
      // Progress writes run one after another, never two at once.
      pending = pending.then(() => update({ versionsDone: done, versionsTotal: total, current, ...outcomes, heartbeatAt: now() })).catch(() => {});
    },
    finish: async (report) => {
      await pending;
      await update({
        status: 'finished',
        finishedAt: now(),
        heartbeatAt: now(),
        files: report.files,
        versionsTotal: report.versions,
        versionsDone: report.versions,
        articles: report.articles,
        ...report.outcomes,
        rejected: report.rejected.length,
        current: '',
        issues: report.issues.slice(0, LISTED_ISSUES).map((i) => `${i.file}:${i.line} ${i.message}`).join('\n'),
      });
    },
    fail: async (error) => {
      await pending;
      await update({ status: 'failed', finishedAt: now(), error: error instanceof Error ? error.message : String(error) });
    },
  };
}

/** Imports `dir` with a record of the run: its progress while it runs, then its report or its error (rethrown). */
export async function importWithRecord(payload: Payload, dir: string, context?: Record<string, unknown>): Promise<ImportReport> {
  const recorder = await startImportRecord(payload, dir);
  try {
    const report = await importLaws({ payload, dir, context, onStart: recorder.onStart, onProgress: recorder.onProgress });
    await recorder.finish(report);
    return report;
  } catch (error) {
    await recorder.fail(error);
    throw error;
  }
}
