/**
 * The background import's progress record (law-imports): a run records its progress and outcome,
 * a run left `running` by a dead process is marked interrupted by the next, which resumes (laws
 * already stored are skipped by content hash); and the real child process of `npm start` does it.
 */
import path from 'node:path';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundLawImport } from '../../cms/importer/background-import';
import { importLaws } from '../../cms/importer/import-laws';
import { startImportRecord } from '../../cms/importer/import-record';
import { testPayload } from '../helpers/payload';

const DIR = path.resolve('test/fixtures/provincial-laws');
let payload: Payload;
const runOf = async (id: number) => payload.findByID({ collection: 'law-imports', id, depth: 0 });

beforeAll(async () => {
  payload = await testPayload();
});

describe('law import record', () => {
  it('records progress and outcome; an abandoned run is marked interrupted and the next one resumes', async () => {
    const abandoned = await payload.create({ collection: 'law-imports', data: { status: 'running', startedAt: new Date().toISOString(), versionsTotal: 9, versionsDone: 3 } });
    const recorder = await startImportRecord(payload, DIR);
    expect((await runOf(abandoned.id)).status).toBe('interrupted');
    expect((await runOf(recorder.id)).status).toBe('running');

    const seen: number[] = [];
    const report = await importLaws({ payload, dir: DIR, onStart: recorder.onStart, onProgress: (done, total, label, outcomes) => {
      seen.push(done);
      recorder.onProgress(done, total, label, outcomes);
    } });
    await recorder.finish(report);
    expect(seen.at(-1)).toBe(report.versions);
    const run = await runOf(recorder.id);
    expect(run).toMatchObject({ status: 'finished', files: 4, versionsTotal: report.versions, versionsDone: report.versions, rejected: 2 });
    expect((run.created ?? 0) + (run.updated ?? 0) + (run.unchanged ?? 0)).toBe(report.versions);
    expect(run.issues).toContain('乌鲁木齐市物业管理条例(2019-03-01).md:11');
    expect(run.finishedAt).toBeTruthy();

    const again = await startImportRecord(payload, DIR);
    await again.finish(await importLaws({ payload, dir: DIR, onProgress: again.onProgress }));
    expect(await runOf(again.id)).toMatchObject({ status: 'finished', created: 0, updated: 0, unchanged: report.versions });
  });

  it('runs in a child process after the server is up, and reports when done', async () => {
    process.env.PUFA_CORPUS_DIR = DIR;
    const before = (await payload.count({ collection: 'law-imports' })).totalDocs;
    const code = await new Promise<number | null>((resolve) => {
      const child = startBackgroundLawImport({ onDone: resolve });
      expect(child).not.toBeNull();
    });
    delete process.env.PUFA_CORPUS_DIR;
    expect(code).toBe(1); // two fixture files are refused on purpose
    const runs = await payload.find({ collection: 'law-imports', sort: '-startedAt', limit: 1, depth: 0 });
    expect((await payload.count({ collection: 'law-imports' })).totalDocs).toBe(before + 1);
    expect(runs.docs[0]).toMatchObject({ status: 'finished', source: DIR, files: 4, rejected: 2 });
  }, 120_000);

  it('stays off without a corpus or with PUFA_BACKGROUND_IMPORT=off', () => {
    process.env.PUFA_CORPUS_DIR = path.join(DIR, 'no-such-folder');
    expect(startBackgroundLawImport({ onDone: () => {} })).toBeNull();
    process.env.PUFA_CORPUS_DIR = DIR;
    process.env.PUFA_BACKGROUND_IMPORT = 'off';
    expect(startBackgroundLawImport({ onDone: () => {} })).toBeNull();
    delete process.env.PUFA_BACKGROUND_IMPORT;
    delete process.env.PUFA_CORPUS_DIR;
  });
});
