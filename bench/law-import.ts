/**
 * Full-corpus law import into a fresh SQLite database, then an idempotent re-import.
 * Run alone: `npx tsx bench/law-import.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function benchLawImport(corpusDir: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bench-import-'));
  process.env.PUFA_DATA_DIR = dir;
  process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`;
  const { openPayload } = await import('../cms/local-api');
  const { importLaws } = await import('../cms/importer/import-laws');
  const payload = await openPayload();
  const first = await importLaws({
    payload,
    dir: corpusDir,
    onProgress: (done, total) => {
      if (done % 200 === 0 || done === total) process.stdout.write(`\r  导入 ${done}/${total}\u001b[K`);
    },
  });
  process.stdout.write('\n');
  const second = await importLaws({ payload, dir: corpusDir });
  console.log(
    `law-import files=${first.files} versions=${first.versions} articles=${first.articles} ` +
      `failed=${first.outcomes.failed} rejected=${first.rejected.length} issues=${first.issues.length} ` +
      `first_s=${first.seconds.toFixed(1)} articles_per_s=${Math.round(first.articles / first.seconds)} ` +
      `reimport_s=${second.seconds.toFixed(1)} reimport_unchanged=${second.outcomes.unchanged}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLawImport(path.resolve(process.env.PUFA_CORPUS_DIR ?? '../shared/corpus/laws'));
  process.exit(0);
}
