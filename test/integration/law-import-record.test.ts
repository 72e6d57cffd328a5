/**
 * The background import's progress record (law-imports): a run records its progress and outcome,
 * a run left `running` by a dead process is marked interrupted by the next, which resumes (laws
 * already stored are skipped by content hash); and the background import of `npm start` stores a
 * corpus on the server's Payload instance while the server keeps writing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundLawImport } from '../../cms/importer/background-import';
import { importLaws } from '../../cms/importer/import-laws';
import { publishRegistry } from '../../cms/publish/registry';
import type { PublishLoop } from '../../core/publish/loop';
import type { ChangedRecord } from '../../core/publish/scheduler';
import { startImportRecord } from '../../cms/importer/import-record';
import { CORPUS_DIR } from '../helpers/corpus';
import { testPayload, unique } from '../helpers/payload';

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

  it('runs beside the server’s own writes on its Payload instance, none refused, and asks for one site build', async () => {
    // Two real laws not in the demo set, large enough that storing one takes a while.
    const dir = mkdtempSync(path.join(tmpdir(), 'pufa-background-'));
    for (const rel of ['诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md', '司法解释/最高人民法院关于适用《刑事诉讼法》的解释(2021-01-26).md']) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      copyFileSync(path.join(CORPUS_DIR, rel), path.join(dir, rel));
    }
    process.env.PUFA_CORPUS_DIR = dir;
    // A publish loop as the server runs one: the import must ask it for one build, at the end.
    const changed: ChangedRecord[][] = [];
    publishRegistry().loop = { change: (records: ChangedRecord[]) => void changed.push(records) } as unknown as PublishLoop;
    const run = startBackgroundLawImport({ payload });
    delete process.env.PUFA_CORPUS_DIR;
    expect(run).not.toBeNull();
    const writes = Array.from({ length: 20 }, (_, i) =>
      new Promise((r) => setTimeout(r, i * 150)).then(() => payload.create({ collection: 'key-dates', data: { name: `后台导入期间${unique()}`, month: 3, day: 15 } })),
    );
    const [report, ...written] = await Promise.all([run, ...writes]);
    delete publishRegistry().loop;
    expect(written).toHaveLength(20);
    const lawChanges = changed.flat().filter((r) => r.collection.startsWith('law'));
    expect(lawChanges).toEqual([expect.objectContaining({ collection: 'law-imports' })]);
    expect(report).toMatchObject({ files: 2, versions: 2, outcomes: { failed: 0 } });
    expect(report?.articles).toBe(308 + 655);
    const last = (await payload.find({ collection: 'law-imports', sort: '-startedAt', limit: 1, depth: 0 })).docs[0];
    expect(last).toMatchObject({ status: 'finished', source: dir, files: 2, versionsDone: 2, articles: 963 });
    rmSync(dir, { recursive: true, force: true });
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
